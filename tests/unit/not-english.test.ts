// Input that is not text, and drafts that are not English: told apart, and kept out of the weekly averages.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../entrypoints/compose.content/record';
import { analyse } from '../../lib/analysis';
import { notTextReason } from '../../lib/analysis/language';
import { tally } from '../../lib/stats/week';

const SPANISH = 'Hola equipo, necesito que terminen el informe para el viernes sin falta, por favor.';

describe('notTextReason', () => {
  it.each([
    ['an English draft', 'Send me the report by Friday.\n\tThanks,\r\nAlex'],
    ['a Spanish draft', SPANISH],
    ['a draft with one stray control character', `Send me the report\u0007 by Friday, please.`],
    ['an empty draft', ''],
  ])('takes %s as text', (_what, text) => expect(notTextReason(text)).toBeNull());

  it.each([
    ['NUL bytes', 'PK\u0003\u0004\u0000\u0000 some words'],
    ['invalid UTF-8', Buffer.from(Array.from({ length: 512 }, (_, i) => 128 + (i % 128))).toString('utf8')],
    ['terminal escapes', '\u001b[2J\u001b[H\u001b[31m'.repeat(20)],
  ])('says %s are not text', (_what, text) => expect(notTextReason(text)).toMatch(/NUL|control|UTF-8/));
});

describe('a draft that is not English', () => {
  it('is not coached and stays out of the weekly averages', () => {
    const other = analyse(SPANISH);
    expect(other).toMatchObject({ language: 'other', findings: [] });
    const asking = analyse('Send me the report by Friday.');
    const counts = { shown: 0, applied: 0, dismissed: 0 };
    const week = tally(
      [buildRecord('mail.google.com', asking, counts), buildRecord('mail.google.com', other, counts)],
      '2026-12-07',
    );
    expect(week.messages).toBe(2);
    expect(week.asking).toBe(1);
    expect(week.averageScore).toBe(asking.score);
  });
});
