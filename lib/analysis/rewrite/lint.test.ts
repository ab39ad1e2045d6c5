import { describe, expect, it } from 'vitest';
import { lintRewrite, withoutComparator, withoutSanction } from './lint';

// What of a threat the rewrite must keep: the demand, never the sanction (principle 12).
describe('withoutSanction', () => {
  it.each([
    ["Finish it by Friday or you're off the project.", 'Finish it by Friday'],
    ['Fix the build tonight or I will escalate it to the CTO.', 'Fix the build tonight'],
    ['keep this up and HR will be hearing from me', 'keep this up'],
    [
      "If it happens one more time, you'll be off the Lawson account for good.",
      'If it happens one more time,',
    ],
    [
      "I'd think very carefully about how you approach the next one, given your review is in June.",
      "I'd think very carefully about how you approach the next one",
    ],
    [
      'Pick rates below 95% this week will be reflected in your shift allocations.',
      'Pick rates below 95% this week',
    ],
    ['Send Priya the 3 forms by 5pm.', 'Send Priya the 3 forms by 5pm.'],
  ])('%j', (threat, demand) => expect(withoutSanction(threat)).toBe(demand));
});

// What of a comparison put-down the rewrite must keep: the work, never the comparator (principle 13).
describe('withoutComparator', () => {
  it.each([
    ['My Year 7s could do better with crayons.', ' could do better with crayons.'],
    ['Even an intern could manage the Q3 report.', ' could manage the Q3 report.'],
    ['Our Year 10 interns could do this in an afternoon.', ' could do this in an afternoon.'],
    ['You could do better than this.', 'You could do better than this.'],
    ['Send Priya the 3 forms by 5pm.', 'Send Priya the 3 forms by 5pm.'],
  ])('%j', (putDown, facts) => expect(withoutComparator(putDown)).toBe(facts));

  it('counts a lost work name in a comparison put-down, not a lost comparator', () => {
    const put = 'Even our Year 7s could manage the Q3 report.';
    expect(lintRewrite(put, "I'm not sure the Q3 report works yet: [concern].", ['put-down'])).toEqual([]);
    expect(lintRewrite(put, "I'm not sure this works yet: [concern].", ['put-down'])).toEqual([
      'lost-number',
      'lost-acronym',
    ]);
  });
});

describe('lintRewrite', () => {
  it.each([
    ['Send it to Priya by 5.', 'Could you send it by 5, so that [reason]?', ['lost-name']],
    ['Send it to Priya by 5.', 'Could you send it to Priya, so that [reason]?', ['lost-number']],
    ['Send the SLA to Priya.', 'Could you send it to Priya, so that [reason]?', ['lost-acronym']],
    ['Send the report.', 'Could you can send the report?', ['stacked-modal']],
    ["Don't be late.", 'Could you try not to be late?', ['try-not-to']],
    ['Send it.', 'Could you send it?, so that [reason]', ['bad-punctuation']],
    ['Send it.', 'Could you send send it?', ['doubled-word']],
    ['Could you, please, send it.', 'Could you, could you send it?', ['doubled-word']],
    ['The rota is final.', 'The rota is final. Does this work for you?', ['invite-after-firm']],
    ['Send it to Priya by 5.', 'Could you send it to Priya by 5, so that [reason]?', []],
    ['Send it.', 'Could you send it, so that [why]?', ['unknown-slot']],
  ])('%j → %j', (flagged, rewrite, defects) => expect(lintRewrite(flagged, rewrite)).toEqual(defects));

  it("drops a threat's sanction without counting its names as lost, but not the demand's", () => {
    const threat = 'Send the figures to Priya by 5 or HR will hear about it.';
    expect(
      lintRewrite(threat, 'Please send the figures to Priya by 5, because [reason].', ['threat']),
    ).toEqual([]);
    expect(lintRewrite(threat, 'Please send the figures, because [reason].', ['threat'])).toEqual([
      'lost-number',
      'lost-name',
    ]);
    expect(lintRewrite(threat, 'Please send the figures to Priya by 5.')).toEqual(['lost-acronym']);
  });
});
