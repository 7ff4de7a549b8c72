// A unit's progress file, drafted (DESIGN §4 `progress new`): its open lead items as of a day,
// each with the status it last reported, and comments that tell the clerk what to fill in. The
// draft must pass `lint` as written: only fields the schema knows, `done` never pre-filled
// (it needs done_on), and no `submitted`: that day is the unit's to write when it sends the
// report, and until then the file is a draft that meets no obligation (DESIGN §3). Lint warns
// about it (progress-draft) and finds no error.

import { stringify } from 'yaml';
import { t, type Lang } from '../i18n/index.js';
import type { IsoDate, PeriodId } from '../plan/model.js';
import { vnShortDate as vnDate } from '../time/vn-date.js';
import type { StatusItem } from './types.js';

export interface DraftInput {
  unit: string;
  unitName: string;
  period: PeriodId;
  periodLabel: string;
  planNumber: string;
  /** when the report falls due, if `reporting` owes one for this period */
  reportDue: IsoDate | null;
  /** the unit's lead items; done ones are left out here */
  items: StatusItem[];
  lang: Lang;
}

export const PROGRESS_MODELINE = '# yaml-language-server: $schema=../../../schemas/progress.schema.json';

export function draftProgress(input: DraftInput): string {
  const say = (id: string, params?: Record<string, string>) => t(input.lang, id, params);
  const open = input.items.filter((i) => i.status !== 'done_on_time' && i.status !== 'done_late');
  const lines = [
    PROGRESS_MODELINE,
    `# ${say('progress.draft.heading', { unit: oneLine(input.unitName), period: input.periodLabel, plan: input.planNumber })}`,
    ...(input.reportDue ? [`# ${say('progress.draft.due', { due: vnDate(input.reportDue) })}`] : []),
    `# ${say('progress.draft.statuses')}`,
    `unit: ${scalar(input.unit)}`,
    `period: ${scalar(input.period)}`,
    `# submitted: YYYY-MM-DD  # ${say('progress.draft.submitted')}`,
    `# document: 123/BC-XXX  # ${say('progress.draft.document')}`,
  ];
  if (open.length === 0) {
    lines.push(`updates: []  # ${say('progress.draft.none')}`);
  } else {
    lines.push('updates:');
    for (const item of open) lines.push(...updateLines(item, say));
  }
  lines.push(`indicators: []  # ${say('progress.draft.indicators')}`, `proposals: []  # ${say('progress.draft.proposals')}`);
  return lines.join('\n') + '\n';
}

function updateLines(item: StatusItem, say: (id: string, params?: Record<string, string>) => string): string[] {
  const due = item.due ? ` (${say('progress.draft.item-due', { due: vnDate(item.due) })})` : '';
  const lines = [`  # ${item.task.id}: ${oneLine(item.task.title)}${due}`, `  - task: ${scalar(item.task.id)}`, `    status: ${item.reported}`];
  if (item.percent !== null) lines.push(`    percent: ${item.percent}`);
  if (item.occurrence?.startsWith('event:')) lines.push(`    event_on: ${scalar(item.occurrence.slice('event:'.length))}`);
  else if (item.occurrence !== null) lines.push(`    occurrence: ${scalar(item.occurrence)}`);
  lines.push(
    `    # done_on: YYYY-MM-DD  # ${say('progress.draft.done-on')}`,
    `    # note: "…"  # ${say('progress.draft.note')}`,
    `    # problems: "…"  # ${say('progress.draft.problems')}`,
  );
  return lines;
}

/** A YAML scalar that reads back as the same string ("2026" stays a string, not a number). */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
