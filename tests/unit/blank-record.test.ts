// Blanks never sent unnoticed (issue 16, item 6): a draft with a [slot] left in it carries an alert of its own,
// is never labelled people-aware on the blank's strength, and the weekly record of a message sent that way
// counts it (`rules['unfilled-slot']`, one per blank left).
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../entrypoints/compose.content/record';
import { analyse } from '../../lib/analysis';

describe('a blank left in a draft', () => {
  const draft = 'Hi Sam, could you send me the report by Friday, so that [reason]? Does Friday work for you?';

  it('is an alert finding that names the blank', () => {
    const blanks = analyse(draft).findings.filter((f) => f.rule === 'unfilled-slot');
    expect(blanks).toHaveLength(1);
    expect(blanks[0]!.severity).toBe('alert');
    expect(blanks[0]!.text).toContain('[reason]');
  });

  it('is not a reason: filled, the same draft is people-aware; blank, it is not counted as explained', () => {
    const filled = draft.replace('[reason]', 'finance can close the month');
    expect(analyse(filled).findings.filter((f) => f.severity !== 'hint')).toEqual([]);
    expect(analyse(draft).findings.some((f) => f.rule === 'unfilled-slot')).toBe(true);
  });

  it('is counted in the record of a sent message', () => {
    const record = buildRecord('mail.google.com', analyse(draft), { shown: 1, applied: 1, dismissed: 0 });
    expect(record.rules['unfilled-slot']).toBe(1);
    const clean = buildRecord('mail.google.com', analyse('Thanks, Sam!'), {
      shown: 0,
      applied: 0,
      dismissed: 0,
    });
    expect(clean.rules['unfilled-slot']).toBeUndefined();
  });
});
