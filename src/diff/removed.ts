// Where a removal is authorised. A removed task cannot carry its own `amended_by`, so the section
// file that held it keeps a record of it:
//
//   removed:
//     - {id: III.2.6, amended_by: "Văn bản số 1234/UBND-KSTT ngày 02/9/2026"}
//
// The record stays in the file (the plan's history of what was dropped and on whose authority),
// and a section whose tasks are all removed keeps its file with `tasks: []`.

import type { PlanModel } from '../plan/model.js';

export interface RemovalRecord {
  id: string;
  amended_by?: string;
  file: string;
  pointer: string;
}

/** Removal records of every section file, by task id (the first record wins). */
export function removalRecords(model: PlanModel): Map<string, RemovalRecord> {
  const records = new Map<string, RemovalRecord>();
  for (const file of model.files) {
    if (file.kind !== 'tasks' || !isObject(file.data) || !Array.isArray(file.data.removed)) continue;
    file.data.removed.forEach((entry: unknown, i: number) => {
      if (!isObject(entry) || typeof entry.id !== 'string' || records.has(entry.id)) return;
      const amendedBy = typeof entry.amended_by === 'string' && entry.amended_by.trim() !== '' ? entry.amended_by : undefined;
      records.set(entry.id, { id: entry.id, ...(amendedBy ? { amended_by: amendedBy } : {}), file: file.path, pointer: `/removed/${i}` });
    });
  }
  return records;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
