import { LEADWELL_SLOT, SLOT } from '../rewrite/slots';
import type { Candidate, Rule, RuleExamples } from './rule';

/** The words that lead into a blank (", so that [reason]", ": [concern]"): dropped with it. */
const LEAD_IN = /(?:,?\s+(?:so that|because|since|as|so|for)|\s*[:—–-])?\s*$/i;

/**
 * A `[slot]` left in a draft: a rewrite applied without filling its blank (coaching-model.md, rewrite
 * principle 4). A slot is never a reason, and sent as it is it reads as a form letter, so it is an alert.
 */
export const unfilledSlot: Rule = {
  id: 'unfilled-slot',
  severity: 'alert',
  message: 'A rewrite left a [blank] for you to fill; sent as it is, it reads as a form letter.',
  source: 'coaching-model.md, rewrite principle 4 and testing-contract.md ("A [slot] left in a draft")',
  asks: false,
  detect(s) {
    const out: Candidate[] = [];
    for (const m of s.raw.matchAll(SLOT)) {
      if (!LEADWELL_SLOT.test(m[0])) continue;
      // Dropping the blank keeps the word before it and the closing mark after it: "Friday, so that [reason]?" → "Friday?"
      const lead = LEAD_IN.exec(s.raw.slice(0, m.index))!;
      const word = /[\p{L}\p{N}')"]+$/u.exec(s.raw.slice(0, lead.index));
      const start = word ? word.index : m.index;
      const close = /^[.!?]?/.exec(s.raw.slice(m.index + m[0].length))![0];
      const end = m.index + m[0].length + close.length;
      const kept = (word?.[0] ?? '') + close;
      out.push({ rule: 'unfilled-slot', start, end, severity: 'alert', rewrites: kept.trim() ? [kept] : [] });
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Could you send me the report by Friday, so that [reason]?',
    'Please wear a hard hat on site, because [reason].',
    "I'm not sure this plan works yet: [concern]. What led you to it?",
    'We need to move your office to the third floor on Monday, because [what it is for].',
    "We're in a crisis with [what's at stake]. Is there any way you could come in for [part of the day]?",
  ],
  pass: [
    'See [1] for the figures.',
    'Every [long enough] path is tagged [approximation-hardness].',
    'The spec is in the [design doc](https://example.com/doc).',
    'Could you send me the report by Friday, so that finance can close the month?',
  ],
};
