// The progress form on the SYNTHETIC large plan, for npm run bench: `progress form --all` for a
// period no progress file covers yet, and 120 of those forms filled with seeded synthetic answers
// (written by exceljs here: what is timed is the import, not who filled them).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const FORMS_PERIOD = '2030-H2';
const STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Tạm dừng'];

export function formCommand(bin, root, out, asOf) {
  return ['node', bin, '--root', root, 'progress', 'form', '--all', '--period', FORMS_PERIOD, '--out', out, '--force', '--as-of', asOf];
}

/** Every unit's form, made once and filled with seeded answers; the paths of the filled files. */
export async function filledForms(bin, root, dir, asOf) {
  const done = join(dir, '.filled');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    const made = spawnSync('node', formCommand(bin, root, join(dir, 'blank'), asOf).slice(1), { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    if (made.status !== 0) throw new Error(`progress form --all failed: ${made.stderr}`);
    let seed = 20301231;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (const name of readdirSync(join(dir, 'blank')).sort()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'blank', name));
      const ws = wb.getWorksheet('Báo cáo');
      ws.getCell('C7').value = new Date(Date.UTC(2030, 11, 20));
      ws.getCell('C8').value = `${1 + Math.floor(rand() * 300)}/BC-TN`;
      for (let r = 11; ws.getCell(`B${r}`).value; r++) {
        const status = STATUSES[Math.floor(rand() * STATUSES.length)];
        ws.getCell(`G${r}`).value = status;
        if (status === 'Đang thực hiện') ws.getCell(`H${r}`).value = Math.floor(rand() * 100);
        if (status === 'Đã hoàn thành') ws.getCell(`I${r}`).value = new Date(Date.UTC(2030, 6 + Math.floor(rand() * 5), 1 + Math.floor(rand() * 28)));
        ws.getCell(`J${r}`).value = `Kết quả thử nghiệm ${r}`;
      }
      await wb.xlsx.writeFile(join(dir, name));
    }
    writeFileSync(done, '');
  }
  return readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort().map((n) => join(dir, n));
}

/** What an import wrote, removed before the next timed run. */
export function removeImported(root) {
  for (const unit of readdirSync(join(root, 'plan', 'progress'))) rmSync(join(root, 'plan', 'progress', unit, `${FORMS_PERIOD}.yaml`), { force: true });
}
