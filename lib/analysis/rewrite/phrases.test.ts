// Every phrase entry carries its own examples (knowledge as data): each is run through the rewrite layer.
import { describe, expect, it } from 'vitest';
import { clean } from './clean';
import { BRUSH_OFFS, JABS, OPEN_QUESTIONS } from './phrases';
import { rewriteSentence } from './sentence';
import { upperFirst } from './transforms';

describe.each([
  ['jabs', JABS],
  ['brush-offs', BRUSH_OFFS],
] as const)('%s', (_name, entries) => {
  it.each(entries.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(e.source.length).toBeGreaterThan(5);
    expect(e.examples.length).toBeGreaterThan(0);
    for (const [draft, said] of e.examples) {
      expect(e.re.test(draft), draft).toBe(true);
      expect(upperFirst(clean(draft, { whole: true }).text)).toBe(said);
    }
  });
});

describe('open questions', () => {
  it.each(OPEN_QUESTIONS.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    for (const [draft, said] of e.examples) {
      const parts = [{ rule: 'loaded-question' as const, start: 0, end: draft.length }];
      expect(rewriteSentence({ text: draft, parts, reasonNear: false, firm: false }).text).toBe(said);
    }
  });
});
