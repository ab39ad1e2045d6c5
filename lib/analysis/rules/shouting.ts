import { isShout } from '../rewrite/transforms';
import type { Candidate, Rule, RuleExamples } from './rule';

const CAPS_RUN = /\b[A-Z][A-Z'’]*\b(?:[\s&/-]+\b[A-Z][A-Z'’]*\b)+/g;
const MARKS = /!{2,}|[!?]*\?![!?]*|!\?+/g;
/** SQL written in capitals ("a query ending with ORDER BY"): code, not a raised voice. */
const SQL = new RegExp(
  '^(?:SELECT(?: DISTINCT)?(?: \\*)?|ORDER BY|GROUP BY|(?:INNER|LEFT|RIGHT|FULL|OUTER|CROSS)(?: OUTER)? JOIN|' +
    'IS(?: NOT)? NULL|NOT NULL|INSERT INTO|DELETE FROM|UNION(?: ALL)?|PRIMARY KEY|FOREIGN KEY)$',
);

export const shouting: Rule = {
  id: 'shouting',
  severity: 'warning',
  message: 'All caps and stacked punctuation read as shouting, even when you mean excitement.',
  source:
    'coaching-model.md; netiquette (RFC 1855: "use mixed case; UPPER CASE LOOKS AS IF YOU\'RE SHOUTING")',
  asks: false,
  detect(s) {
    const out: Candidate[] = [];
    for (const m of s.text.matchAll(CAPS_RUN)) {
      if (SQL.test(m[0])) continue;
      // "PATH-TO-OPENJPA.jar", "MAX_RETRY": a placeholder or a name in code, joined to a file extension or an
      // underscore.
      const [before, after] = [s.text[m.index - 1] ?? '', s.text.slice(m.index + m[0].length)];
      if (/[_$/\\.]/.test(before) || /^(?:_|\.[a-z0-9])/i.test(after)) continue;
      const words = m[0].split(/[\s,&/-]+/).filter(Boolean);
      const loud = words.filter(isShout);
      if (loud.length < 2 && !(loud.length === 1 && words.length >= 3)) continue;
      out.push({ rule: 'shouting', start: m.index, end: m.index + m[0].length, severity: 'warning' });
    }
    for (const m of s.text.matchAll(MARKS)) {
      out.push({ rule: 'shouting', start: m.index, end: m.index + m[0].length, severity: 'warning' });
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: ['PLEASE CHECK every logo.', 'NO LATE SUBMISSIONS.', 'This is amazing!!', 'you did what?!'],
  pass: [
    'Send the KPI report to HR ASAP.',
    'The Q3 PDF is on the EHR.',
    'I think so!',
    'Is it done?',
    'The query ends with ORDER BY and a limit.',
  ],
};
