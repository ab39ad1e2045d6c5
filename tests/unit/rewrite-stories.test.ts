// The two stories Leadwell was built from (coaching-model.md): the manager's drafts are flagged and
// rewritten as the model describes; the leader's drafts get no finding at all.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analysis';
import { composeRewrites } from '../../lib/analysis/rewrite/compose';
import { rewriteMessage } from '../../lib/analysis/rewrite/message';
import type { Finding } from '../../lib/analysis/types';

const rulesOf = (text: string) => [...new Set(analyse(text).findings.map((f) => f.rule))].sort();
const rewrite = (text: string) => rewriteMessage(text, analyse(text));

describe('the office move', () => {
  const manager = "I'm relocating your office to the third floor on Monday.";
  const offered =
    'We need to move your office to the third floor on Monday, because [reason]. What would make the move easier for you?';

  it('rewrites the announcement as the model offers it', () => {
    // The rewrite layer on its own, given the decision finding (detection's part is checked below).
    const finding: Finding = {
      rule: 'decision-without-input',
      start: 0,
      end: manager.length,
      severity: 'warning',
      message: '',
      rewrites: [],
      text: manager,
    };
    const [f] = composeRewrites([finding], {
      text: manager,
      sentences: [{ start: 0, end: manager.length, frame: false }],
    });
    expect(f!.rewrites[0]).toBe(offered);
  });

  it('flags the manager and offers the rewrite', () => {
    expect(rulesOf(manager)).toEqual(['decision-without-input']);
    expect(rewrite(manager)).toBe(offered);
  });

  it('leaves the leader alone', () => {
    const leader =
      'We need to move your office to the third floor on Monday, because the lease on this floor ends. What would make the move easier for you?';
    expect(analyse(leader).findings).toEqual([]);
  });
});

describe('the anniversary and the crisis', () => {
  const manager = "I'm sorry, but you've got to be here today.";

  it('flags the pressure and the brushed-aside circumstance', () => {
    expect(rulesOf(manager)).toContain('obligation');
  });

  it('honours the day, gives the purpose, asks rather than orders, and makes it up to them', () => {
    const out = rewrite(manager)!;
    expect(out).toMatch(/^I know .*, and I'm sorry to ask\./);
    expect(out).toContain("I can't see a way through without you.");
    expect(out).toContain('Is there any way you could be here today?');
    expect(out).toMatch(/I'll make it up to you\.$/);
    // One blank, for what is at stake; filled, the message has nothing left to coach above a hint.
    expect(out.match(/\[[^\]]+\]/g)).toHaveLength(1);
    const filled = out.replace(/\[[^\]]+\]/, 'the Halden launch fails if the servers are not back by six');
    expect(analyse(filled).findings.filter((f) => f.severity !== 'hint')).toEqual([]);
  });

  it("leaves the leader's message without a finding", () => {
    expect(analyse("Enjoy your anniversary, Dana, take the whole day, we'll manage here.").findings).toEqual(
      [],
    );
  });
});
