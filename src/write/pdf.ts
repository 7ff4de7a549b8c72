// PDF through LibreOffice headless (DESIGN §4 `report --format pdf`): the .docx de06 rendered is
// written to a private temporary folder, converted there with its own LibreOffice profile (so two
// runs, or a LibreOffice the user has open, never share one), and the PDF read back; nothing is
// left behind. LibreOffice stamps each PDF with the time and a random document id; those are set
// from the inputs, in place and at the same length, so the same .docx gives the same PDF bytes.

import { createHash } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execa } from 'execa';

/** The `soffice` program on PATH, or undefined when LibreOffice is not installed. */
export function findSoffice(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Converts one .docx; `day` (YYYY-MM-DD) is the creation date the PDF carries. */
export async function docxToPdf(soffice: string, docx: Uint8Array, day: string): Promise<PdfResult> {
  const dir = mkdtempSync(join(tmpdir(), 'de06-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = await execa(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
      reject: false,
      timeout: 180_000,
      env: { HOME: dir },
    });
    let pdf: Buffer;
    try {
      pdf = readFileSync(join(dir, 'document.pdf'));
    } catch {
      const said = `${run.stderr}`.trim().split('\n').filter(Boolean).pop() ?? '';
      return { ok: false, reason: said || `exit ${run.exitCode ?? run.signal ?? '?'}` };
    }
    return { ok: true, bytes: fixPdfStamps(pdf, docx, day) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The creation date becomes `day` at 00:00 UTC; the document id and checksum become digests of
 * the .docx. Each is replaced by text of the same length, so the cross-reference offsets hold.
 */
export function fixPdfStamps(pdf: Buffer, docx: Uint8Array, day: string): Uint8Array {
  const digest = createHash('md5').update(docx).digest('hex').toUpperCase();
  const stamp = `D:${day.replaceAll('-', '')}000000`;
  const text = pdf.toString('latin1')
    .replace(/\/CreationDate\(D:\d{14}/g, `/CreationDate(${stamp}`)
    .replace(/\/ModDate\(D:\d{14}/g, `/ModDate(${stamp}`)
    .replace(/\/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]/g, (ids) => ids.replace(/<[0-9A-F]{32}>/g, `<${digest}>`))
    .replace(/\/DocChecksum \/[0-9A-F]{32}/g, `/DocChecksum /${digest}`);
  return Buffer.from(text, 'latin1');
}
