import { describe, expect, it } from 'vitest';
import { hasReason } from './cues';

// "since" is a cause when a verb follows it, a time when a date or event does. The auxiliary shortcut (no
// tagger) and the tagger must agree on both sides.
describe('hasReason: since-clauses', () => {
  it.each([
    ['Send the deck tonight, since the auditors arrive at nine.', true],
    ['Please update the forecast, since costs are rising fast.', true],
    ['Move the review, since the client has asked twice.', true],
    ["Book the room, since Priya can't join on Monday.", true],
    ['Use the new template, since our old one was retired.', true],
    ['Nothing has changed since Monday.', false],
    ['Send me the numbers since the 2pm deploy.', false],
    ['Send me every ticket since the March release.', false],
  ])('%s → %s', (text, expected) => {
    expect(hasReason(text)).toBe(expected);
  });
});

// A problem reported is the reason for the fix asked next to it; a neutral report is none.
describe('hasReason: problems reported', () => {
  it.each([
    ['I noticed a few data points that differ from the latest forecast.', true],
    ['The SQL export is broken AGAIN!!', false],
    ["There's a typo in the client's name on slide 3.", true],
    ['There are two errors in the staging build.', true],
    ['I noticed you stayed late on Tuesday.', false],
    ['There is a team lunch on Friday.', false],
  ])('%s → %s', (text, expected) => {
    expect(hasReason(text)).toBe(expected);
  });
});
