import { TABLES } from '../patterns';
import { toSentenceEnd, type Candidate, type Rule, type RuleExamples } from './rule';

/** The scolding phrase plus what hangs off it up to its comma ("As I already said at Monday's meeting,"). */
function scoldingPart(text: string): [number, number] | undefined {
  const hit = TABLES['passive-aggressive'].first(text);
  if (!hit) return undefined;
  let end = hit.end;
  const comma = /^[^,.;!?]{0,40},\s*/.exec(text.slice(end));
  if (hit.start === 0 || /^\W*$/.test(text.slice(0, hit.start))) end += comma?.[0].length ?? 0;
  else end += /^,/.test(text.slice(end)) ? 1 : 0;
  return [hit.start, end];
}

export const passiveAggressive: Rule = {
  id: 'passive-aggressive',
  severity: 'warning',
  message: 'Stock phrases like "per my last email" scold; the reader hears the tone, not the request.',
  source: 'coaching-model.md; most-disliked email phrases surveys (e.g. Adobe 2019, Perkbox 2018)',
  asks: false,
  detect(s) {
    const part = scoldingPart(s.text);
    if (!part) return [];
    // "How many times do I have to remind you…?" is a loaded question; that rule coaches it.
    const loaded = TABLES['loaded-question/accusing'].first(s.text);
    if (loaded && loaded.start < part[1] && part[0] < loaded.end) return [];
    const [start, end] = toSentenceEnd(s, 0);
    const candidate: Candidate = {
      rule: 'passive-aggressive',
      start,
      end,
      severity: 'warning',
    };
    return [candidate];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Per my last email, the deadline is Friday.',
    'As I already said, permission slips go to the front office.',
    'as previously stated, discharge orders should be in before 11.',
    'Friendly reminder that timesheets are due today.',
    'For the last time, sign in at the front desk.',
    'once again, pls restock the gloves in bay 3',
    "I shouldn't have to remind you about this.",
    'Not sure why this is so hard.',
    'As mentioned several times already, the fire exit stays clear.',
    "This is the third time I've asked for the receipts.",
    "I'm tired of repeating this: gloves on the floor.",
    'For future reference, invoices go to accounts.',
    "Please make sure this doesn't happen again.",
  ],
  pass: [
    "As I mentioned at Monday's meeting, I'll be at the district training.",
    'Once again, thank you all for a great season.',
    'As we discussed, the launch moves to May.',
  ],
};
