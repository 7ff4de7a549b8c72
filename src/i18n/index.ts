// Message catalogs. Each area keeps its messages in one file, Vietnamese and English side by side
// (src/i18n/<area>.ts); this module merges them. Vietnamese is the default: the users are
// Vietnamese civil servants. Placeholders are written {name}.

import { lintMessages } from './lint.js';
import { cliMessages } from './cli.js';
import { formatMessages } from './format.js';
import { statusMessages } from './status.js';
import { reportMessages } from './report.js';
import { diffMessages } from './diff.js';
import { planDataMessages } from './plan-data.js';
import { remindMessages } from './remind.js';
import { siteMessages } from './site.js';
import { adoptionMessages } from './adoption.js';
import { formMessages } from './forms.js';

export type Lang = 'vi' | 'en';

export interface Entry {
  message: string;
  /** how to fix it; shown under the message by the stylish formatter */
  fix?: string;
}

export type Catalog = Record<string, { vi: Entry; en: Entry }>;

const catalog: Catalog = {
  ...lintMessages,
  ...cliMessages,
  ...formatMessages,
  ...statusMessages,
  ...reportMessages,
  ...diffMessages,
  ...planDataMessages,
  ...remindMessages,
  ...siteMessages,
  ...adoptionMessages,
  ...formMessages,
};

/** A parameter is a value, or `{ id }`: a word from the catalogs, put in the same language. */
export type Param = string | number | { id: string };
export type Params = Record<string, Param>;

function fill(lang: Lang, template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? translate(lang, value.id).message : String(value);
  });
}

/** The message and fix for `id` in `lang`, with parameters filled in. An unknown id is a bug. */
export function translate(lang: Lang, id: string, params?: Params): Entry {
  const entry = catalog[id];
  if (!entry) throw new Error(`no message "${id}" in the catalogs`);
  const e = entry[lang];
  return { message: fill(lang, e.message, params), ...(e.fix ? { fix: fill(lang, e.fix, params) } : {}) };
}

/** Shorthand for a message without a fix. */
export function t(lang: Lang, id: string, params?: Params): string {
  return translate(lang, id, params).message;
}

export function messageIds(): string[] {
  return Object.keys(catalog);
}

export function langFrom(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'vi';
}
