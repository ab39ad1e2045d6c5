import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { fillSlots } from '../rewrite/slots';
import { RULE_EXAMPLES } from './examples';
import { RULES } from './index';

// Every rule carries its own examples (as Just Not Sorry does): each `flag` sentence must fire the
// rule, each `pass` sentence must not, and applying the first rewrite (its slots filled with a plain reason, as
// the writer would) must clear the finding.
describe.each(RULES.map((r) => [r.id, r, RULE_EXAMPLES[r.id]] as const))('%s', (id, rule, examples) => {
  it('has a source, a message and examples', () => {
    expect(rule.source.length).toBeGreaterThan(10);
    expect(rule.message.length).toBeGreaterThan(10);
    expect(examples.flag.length).toBeGreaterThan(2);
    expect(examples.pass.length).toBeGreaterThan(2);
  });

  it.each(examples.flag)('flags %j', (text) => {
    const found = analyse(text).findings.filter((f) => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.rewrites.length).toBeGreaterThan(0);
      const filled = fillSlots(f.rewrites[0]!, 'the client review moved to Monday');
      const fixed = text.slice(0, f.start) + filled + text.slice(f.end);
      const again = analyse(fixed).findings.filter(
        (g) => g.rule === id && g.start < f.start + filled.length && g.end > f.start,
      );
      expect(again, `rewrite "${fixed}" still fires`).toEqual([]);
    }
  });

  it.each(examples.pass)('does not flag %j', (text) => {
    expect(analyse(text).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});
