// docs/coaching-model.md is the product's core in words: it cannot drift from the rules the code has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_INFO } from '../../lib/analysis';

const doc = readFileSync(new URL('../../docs/coaching-model.md', import.meta.url), 'utf8');

/** The rule sections: "### `id`" headings, each up to the next heading. */
const sections = new Map(
  [...doc.matchAll(/^### `([\w-]+)`\n([\s\S]*?)(?=^#{1,3} )/gm)].map((m) => [m[1]!, m[2]!] as const),
);
const field = (section: string, name: string) =>
  new RegExp(`^- \\*\\*${name}:\\*\\* (.+)$`, 'm').exec(section)?.[1];

describe('docs/coaching-model.md', () => {
  it('has one section per rule id, and no section for a rule that does not exist', () => {
    expect([...sections.keys()].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS.map((id) => [id]))(
    'gives %s the card title, explanation and severity of RULE_INFO',
    (id) => {
      const section = sections.get(id) ?? '';
      expect(field(section, 'Card title')).toBe(RULE_INFO[id].title);
      expect(field(section, 'Card explanation')).toBe(RULE_INFO[id].why);
      expect(field(section, 'Severity')).toMatch(new RegExp(`^\`${RULE_INFO[id].severity}\``));
      expect(section).toMatch(/\*\*Example:\*\*/);
    },
  );

  it('describes every label, the score, the rewrite principles and the two stories', () => {
    for (const label of ['no-ask', 'people-aware', 'process-only']) expect(doc).toContain(`| \`${label}\``);
    for (const heading of ['### Balance score', '## Rewrites', '## The two stories behind it'])
      expect(doc).toContain(heading);
    expect(doc).toMatch(/The office move/);
    expect(doc).toMatch(/The anniversary and the crisis/);
  });
});
