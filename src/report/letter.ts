// A letter's particulars under NĐ 30/2020/NĐ-CP (Phụ lục I, ô 2–9): letterhead, number and
// ký hiệu, place and date, recipients and signer, from a template's wording with its
// {placeholders} filled. Shared by the reports and the reminder letter. Pure.

import type { IsoDate, Unit } from '../plan/model.js';
import { dateParts, vnDayPhrase, vnTextDate } from '../time/index.js';
import type { LetterGaps, ReportDocument, ReportPeriod, ReportSigner, UnitRef } from './types.js';

/** Where the records clerk writes by hand: the number, and a ký hiệu part the plan does not know. */
export const BLANK = '      ';

/** What a template's {placeholders} are filled from. */
export interface PlaceholderSource {
  plan: { number: string; title: string; issued: IsoDate; issuer?: { name: string } };
  period: ReportPeriod;
  asOf: IsoDate;
  dueDate: IsoDate;
  /** a unit's own report: that unit */
  unit?: UnitRef;
  /** the unit whose letter it is: its `short` and `drafting` feed the ký hiệu and "Lưu: VT, …" */
  issuingUnit?: Pick<Unit, 'short' | 'drafting'>;
  /** the period after the report's */
  following?: ReportPeriod;
  /** more values (the reminder's reply-by day, the reporting rule) */
  extra?: Record<string, string>;
}

export function placeholderValues(src: PlaceholderSource): Record<string, string> {
  const title = src.plan.title;
  const short = src.issuingUnit?.short ?? src.unit?.short;
  return {
    period_label: src.period.label,
    next_label: src.following?.label ?? '',
    plan_number: src.plan.number,
    plan_issued: vnTextDate(src.plan.issued),
    // the plan's title follows "Kế hoạch số … của UBND tỉnh" in running text
    plan_title: title.charAt(0).toLocaleLowerCase('vi') + title.slice(1),
    as_of: vnTextDate(src.asOf),
    due_date: vnTextDate(src.dueDate),
    year: src.period.start.slice(0, 4),
    issuer: src.plan.issuer?.name ?? '',
    unit_name: src.unit?.name ?? '',
    // units.yaml `short` is the unit's own ký hiệu (NĐ 30/2020 Phụ lục III); without one the
    // clerk writes it by hand, as the number: never guessed from the id
    short: short ?? BLANK,
    drafting: src.issuingUnit?.drafting ?? '',
    ...src.extra,
  };
}

/** Replaces {name} by its value; an unknown placeholder stays as written so that it shows. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The wording of a letter that its particulars come from (report and reminder templates alike). */
export interface LetterWording {
  letterhead?: { parent?: string; issuer?: string };
  place?: string;
  code: string;
  title?: string;
  subject: string;
  kinh_gui?: string[];
  noi_nhan: string[];
  signer: { authority?: string; title: string; name?: string };
}

export interface LetterContext extends PlaceholderSource {
  plan: PlaceholderSource['plan'] & { place: string; issuer: { parent: string; name: string } };
  /** the day in the date line; null leaves "ngày    tháng    năm …" for the clerk */
  date: IsoDate | null;
  /** the year a blank date line prints */
  year: number;
  /** the unit's own signer (units.yaml `signer`, or what the plan says its head is) */
  signer?: { authority?: string; title: string };
  /** the issuing unit's id, for naming what it lacks */
  issuingUnitId?: string;
}

export interface Letter {
  document: ReportDocument;
  issuer: { parent: string; name: string };
  recipients: { kinhGui: string[]; noiNhan: string[] };
  signer: ReportSigner;
  /** what the letter could not fill from the plan, for a warning */
  gaps?: LetterGaps;
}

/** "ngày 05 tháng 8 năm 2026", or blanks for the clerk: "ngày    tháng    năm 2026". */
export function dayPhrase(date: IsoDate | null, year: number): string {
  return date === null ? `ngày    tháng    năm ${year}` : vnDayPhrase(date);
}

/**
 * The letter's particulars: template wording with placeholders filled, the letterhead defaulting
 * to plan.yaml's issuer, the place to plan.yaml's place. A "Lưu: VT, {drafting}" line loses its
 * comma when the drafting unit is not known.
 */
export function resolveLetter(template: LetterWording, ctx: LetterContext): Letter {
  const values = placeholderValues(ctx);
  const fill = (text: string): string => fillPlaceholders(text, values);
  const place = fill(template.place ?? ctx.plan.place);
  const phrase = dayPhrase(ctx.date, ctx.year);
  const gaps = new Set<LetterGaps['fields'][number]>();
  const uses = (name: string, ...texts: string[]) => texts.some((text) => text.includes(`{${name}}`));
  if (uses('short', template.code) && values.short === BLANK) gaps.add('short');
  if (uses('drafting', template.code, ...template.noi_nhan) && values.drafting === '') gaps.add('drafting');
  const signer = ctx.signer ?? template.signer;
  if (ctx.unit && !ctx.signer) gaps.add('signer');
  return {
    document: {
      number: `${BLANK}/${fill(template.code).replace(/-$/, '')}`,
      place,
      date: ctx.date,
      dayPhrase: phrase,
      dateLine: `${place}, ${phrase}`,
      title: fill(template.title ?? ''),
      subject: fill(template.subject),
    },
    issuer: {
      parent: fill(template.letterhead?.parent ?? ctx.plan.issuer.parent),
      name: fill(template.letterhead?.issuer ?? ctx.plan.issuer.name),
    },
    recipients: {
      kinhGui: (template.kinh_gui ?? []).map(fill),
      noiNhan: template.noi_nhan.map((line) => fill(line).replace(/,\s*$/, '')),
    },
    signer: {
      authority: fill(signer.authority ?? ''),
      title: fill(signer.title),
      ...(template.signer.name ? { name: fill(template.signer.name) } : {}),
    },
    ...(gaps.size > 0 ? { gaps: { unit: ctx.issuingUnitId ?? ctx.unit?.id ?? '', fields: [...gaps] } } : {}),
  };
}

/**
 * Who signs a unit's own report when units.yaml gives no `signer`: Kế hoạch 208, V.4 names the
 * heads "Giám đốc, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường". A sở
 * is signed by its Giám đốc, a xã or phường by its Chủ tịch on behalf of the Ủy ban; for any other
 * unit the plan does not say, and the template's wording stands (with a warning).
 */
export function unitSigner(unit: Pick<Unit, 'name' | 'kind' | 'signer'>): { authority?: string; title: string } | undefined {
  if (unit.signer) return unit.signer;
  if (/^Sở\s/u.test(unit.name)) return { title: 'GIÁM ĐỐC' };
  if (unit.kind === 'commune' || /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(xã|phường)\s/iu.test(unit.name)) {
    return { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
  }
  return undefined;
}

/** The year of a day, for a blank date line. */
export function yearOf(date: IsoDate): number {
  return dateParts(date).year;
}
