// When a progress file counts as a report (DESIGN §3): only once it has `submitted:`, and only
// from that day on. A file without it is a draft (a `progress new` scaffold, an unfilled form):
// it meets no obligation and none of its updates is a reported status.

import type { IsoDate, Progress, SentProgress } from './model.js';

export function isSent(file: Progress): file is SentProgress {
  return file.submitted !== undefined;
}

/** The day the file was sent, when that is on or before `asOf`; null for a draft or a file sent later. */
export function sentBy(file: Progress, asOf: IsoDate): IsoDate | null {
  return file.submitted !== undefined && file.submitted <= asOf ? file.submitted : null;
}
