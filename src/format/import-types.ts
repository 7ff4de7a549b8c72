// What `progress import` hands to its formatters: each form with what became of it, and every
// problem at its cell, worded.

import type { CellProblem } from '../forms/import.js';

export type FormAction = 'written' | 'unchanged' | 'would-write' | 'refused';

/** A form's problem, worded: the message and its fix in the user's language. */
export interface ImportProblem extends Omit<CellProblem, 'params'> {
  fix?: string;
}

export interface ImportReport {
  forms: { file: string; unit?: string; period?: string; path?: string; action: FormAction; yaml?: string;
    /** with --force over an existing file: what changes, in the words of `de06 diff` */
    changes?: string[] }[];
  problems: ImportProblem[];
  errorCount: number;
  warningCount: number;
}

/** "so-yt.xlsx!Báo cáo!G7", or the file alone for a problem with the file itself. */
export function cellName(p: Pick<ImportProblem, 'file' | 'sheet' | 'cell'>): string {
  return [p.file, p.sheet, p.cell].filter((part) => part !== undefined).join('!');
}
