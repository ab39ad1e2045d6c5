/** The person's records as downloadable files: CSV (one row per message) and JSON. */
import { RULE_IDS } from '../analysis/types';
import type { MessageRecord } from './types';
import { dayKey, type Zone } from './zone';

export const CSV_COLUMNS = [
  'time',
  'day',
  'site',
  'words',
  'label',
  'score',
  ...RULE_IDS,
  'explains',
  'invites',
  'acknowledges',
  'supports',
  'rewrites_shown',
  'rewrites_applied',
  'rewrites_dismissed',
  'trigger',
  'examples',
] as const;

/** Quotes when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per record; a record that cannot be written as a row (not a record at all) is left out, never thrown. */
export function toCsv(records: readonly MessageRecord[], zone: Zone): string {
  const rows = records.flatMap((r) => {
    try {
      return [csvRow(r, zone)];
    } catch {
      return [];
    }
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function csvRow(r: MessageRecord, zone: Zone): string {
  return [
    new Date(r.time).toISOString(),
    dayKey(r.time, zone),
    r.site,
    r.words,
    r.label,
    r.score,
    ...RULE_IDS.map((rule) => r.rules[rule] ?? 0),
    r.cues.explains,
    r.cues.invites,
    r.cues.acknowledges,
    r.cues.supports,
    r.rewrites.shown,
    r.rewrites.applied,
    r.rewrites.dismissed,
    r.trigger,
    r.examples?.length ? JSON.stringify(r.examples) : '',
  ]
    .map(csvCell)
    .join(',');
}

/** JSON export: the records as stored, without store keys, plus what produced them. */
export function toJson(records: readonly MessageRecord[], exportedAt: number): string {
  const clean = records.flatMap((r) => {
    if (typeof r !== 'object' || r === null) return []; // not a record: left out, never thrown
    const copy: MessageRecord & { id?: unknown } = { ...r };
    delete copy.id;
    try {
      JSON.stringify(copy);
      return [copy];
    } catch {
      return []; // (a value JSON cannot write, such as a cycle)
    }
  });
  return JSON.stringify(
    {
      app: 'leadwell',
      kind: 'weekly-summary-records',
      exportedAt: new Date(exportedAt).toISOString(),
      records: clean,
    },
    null,
    2,
  );
}
