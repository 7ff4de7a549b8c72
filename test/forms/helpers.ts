// The progress form's tests: temporary copies of a plan, the built binary run as a clerk's
// secretariat runs it, and forms filled in-process with exceljs (the subject here is the reader's
// logic; test/office/forms.office.ts fills them with programs that did not write them).

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { execa } from 'execa';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

/**
 * The status fixture (test/fixtures/status): so-yt leads a dated task (II.3), a monthly recurring
 * one (II.7) and a group task (II.5), and has progress files for January to April 2026. On
 * 4 June 2026 (the day the tests' forms are sent: a later sending day would be a mistyped one) its May report is due by 9 June; April's file exists.
 */
export const STATUS_NOW = '2026-06-04T09:00:00+07:00';

const made: string[] = [];

/** A fresh copy of a fixture plan folder (test/fixtures/<name>) in a temporary directory. */
export function planCopy(name: 'status' | 'base' = 'status'): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-forms-'));
  cpSync(join(FIXTURES, name, 'plan'), join(dir, 'plan'), { recursive: true });
  made.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function de06(root: string, args: string[], options: { now?: string; env?: Record<string, string>; node?: string[] } = {}) {
  return execa('node', [...(options.node ?? []), BIN, '--root', root, ...args], {
    cwd: REPO,
    reject: false,
    env: { NO_COLOR: '1', DE06_NOW: options.now ?? STATUS_NOW, ...options.env },
  });
}

/** Every file under plan/progress, with its bytes, to see that a refused import wrote nothing. */
export function progressFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(root, path)] = readFileSync(path, 'latin1');
    }
  };
  walk(join(root, 'plan', 'progress'));
  return out;
}

/** The form's workbook opened, changed by `edit`, and written again. */
export async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Cells of Báo cáo set as a clerk would type them: { C7: '04/06/2026', G11: 'Đang thực hiện' }. */
export function report(cells: Record<string, ExcelJS.CellValue>): (wb: ExcelJS.Workbook) => void {
  return (wb) => {
    const ws = wb.getWorksheet('Báo cáo')!;
    for (const [ref, value] of Object.entries(cells)) ws.getCell(ref).value = value;
  };
}
