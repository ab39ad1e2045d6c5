import { OBJECTIFYING, type ObjectifyingFamily } from '../data/objectifying';
import { TABLES } from '../patterns';
import { phraseTable } from '../patterns/phrases';
import type { Candidate, Rule, RuleExamples } from './rule';

/** Each family's rewrite: `say` names the people as people. */
const SAY: Record<ObjectifyingFamily, (phrase: string) => string> = {
  resource: (p) =>
    p
      .replace(/\ballocat\w*/i, (v) =>
        /ing$/i.test(v) ? 'bringing in' : /ed$/i.test(v) ? 'brought in' : 'bring in',
      )
      .replace(/\b(a|an)\s+((?:\w+\s+)?)resource\b/i, (_, _a: string, adj: string) => `a ${adj}teammate`)
      .replace(/\bresource\b/i, 'teammate')
      .replace(/\bresources\b/i, 'people')
      .replace(/\bheads\b/i, 'people')
      .replace(/\bhead\b/i, 'person'),
  bodies: (p) =>
    p
      .replace(/warm\s+/i, '')
      .replace(/bodies/i, 'people')
      .replace(/body/i, 'person'),
  'warm-body': (p) => (/ies/i.test(p) ? 'people' : 'person'),
  manpower: () => 'people',
  'bums-on-seats': () => 'people in the room',
  headcount: (p) =>
    p
      .replace(/headcounts?|FTEs?/i, (w) =>
        /s$/i.test(w) || !/^(?:a|an|one|another|new)\b/i.test(p) ? 'people' : 'person',
      )
      .replace(/^headcount $/i, 'new teammate '),
};

/**
 * One table per family, in data order: an earlier family's span wins over an overlapping later one.
 * The whole table (TABLES.objectifying) screens each sentence first.
 */
const FAMILIES = (Object.keys(OBJECTIFYING) as ObjectifyingFamily[]).map((family) => ({
  table: phraseTable(OBJECTIFYING[family]),
  say: SAY[family],
}));

export const objectifying: Rule = {
  id: 'objectifying',
  severity: 'hint',
  message: 'Calling people "resources" or "bodies" tells them they are interchangeable.',
  source: 'coaching-model.md; "people are not resources" in people-first management writing',
  asks: false,
  detect(s) {
    if (!TABLES.objectifying.test(s.text)) return [];
    const out: Candidate[] = [];
    for (const { table, say } of FAMILIES) {
      for (const hit of table.all(s.text)) {
        const start = hit.start;
        const end = start + s.text.slice(start, hit.end).trimEnd().length;
        if (out.some((c) => c.start < end && start < c.end)) continue;
        out.push({
          rule: 'objectifying',
          start,
          end,
          severity: 'hint',
          rewrites: [say(s.raw.slice(start, end))],
        });
      }
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    "I'm allocating a resource from receiving to your department.",
    'We need one more warm body in the cafeteria.',
    'The agency is sending us two extra bodies for peak week.',
    "We'll need more manpower on the line.",
    'We are getting a new headcount in March.',
  ],
  pass: [
    'We need more resources for the launch budget.',
    'The resources page has the templates.',
    'Final headcount for the party is 42.',
    'Human resources will send the forms.',
  ],
};
