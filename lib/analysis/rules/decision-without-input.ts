import { TABLES } from '../patterns';
import { threatIn } from './threat';
import { toSentenceEnd, type Rule, type RuleExamples } from './rule';

/**
 * Announcement shapes that hang on a capitalised name or word, so they need case; the rest are data
 * (data/decisions.ts, tables decision/announce and decision/memo).
 */
const NAMED_ANNOUNCE = [
  /\b(?:[Tt]he|[Oo]ur|[Yy]our)\s+[\w\s'-]{1,30}?\b(?:drops|adds|loses|gains|cuts)\s+(?:[A-Z]\w+|\w+\s+(?:nights?|days?|shifts?|slots?|dates?|stops?))\b/,
  /\b(?:now|will|must|all [\w\s]{1,20}?)\s+go(?:es)? through (?:me|[A-Z][a-z]+)\b/,
  // Reassignments: "Jamie takes the Friday close", "Priya moves to nights".
  /\b[A-Z][a-z]+\s+(?:takes|will take|is taking|'s taking)\s+(?:the|your)\b/,
  /\b[A-Z][a-z]+\s+(?:moves|is moving|will move|is being moved|goes back)\s+to\b/,
];
const announces = (text: string) =>
  TABLES['decision/announce'].test(text) ||
  TABLES['decision/memo'].test(text) ||
  NAMED_ANNOUNCE.some((re) => re.test(text));

/** The writer's own schedule ("From Monday I'll be out") is news, not a decision about the reader. */
/** What the writer did or saw ("I listened to your calls from Tuesday") is a report, not a decision. */
const WORK_LANDED =
  /\b(?:merged|closed|shipped|deployed|released|approved) (?:your|the|their) (?:PR|pull request|branch|fix|commit|changes|patch|ticket)\b/i;
const OWN_REPORT =
  /^\W*I\s+(?:just\s+)?(?:listened|noticed|saw|heard|read|watched|looked|reviewed|checked|spoke|talked|met|visited|observed|tasted|went through)\b/i;
const OWN_NEWS =
  /\b(?:I|I'll|I'm|I will|I am)\s+(?:be\s+)?(?:out|away|off|on leave|back|available|in the office|working from home|travel+ing)\b|\bI(?:'ve| have) \w+ed my\b/i;

export const decisionWithoutInput: Rule = {
  id: 'decision-without-input',
  severity: 'warning',
  message: 'A change that affects people, announced with no reason and no way to respond, costs their trust.',
  source: 'coaching-model.md; procedural justice research (Kim & Mauborgne, "Fair Process", HBR 1997)',
  asks: true,
  detect(s) {
    // A question about a change ("Is the review moving?") is not an announcement, nor a rule quoted back in
    // doubt ('"Loops are forbidden"?').
    if (
      s.frame ||
      /^\W*["“][^"”]+["”]\W*\?\W*$/.test(s.text) ||
      /^\W*(?:is|are|was|will|would|should|can|could|do|does|did|what|when|how|why|who|which|has|have)\b/i.test(
        s.text,
      )
    )
      return [];
    if (!announces(s.text) || OWN_NEWS.test(s.text) || OWN_REPORT.test(s.text)) return [];
    // A threat says the change is a sanction; that rule coaches it. Merging someone's PR is their work landing.
    if (threatIn(s.text, s.explains) || WORK_LANDED.test(s.text)) return [];
    // A hedged forecast ("the queue should shrink from next month") is news, not a decision.
    const hedged =
      /\b(?:should|might|hopefully|probably|likely)\b/i.test(s.text) || /\bmay\b(?! \d)/.test(s.text);
    if (hedged && !/\b(?:decided|effective|from now on|going forward)\b/i.test(s.text)) return [];
    const [start, end] = toSentenceEnd(s, 0);
    return [{ rule: 'decision-without-input', start, end, severity: 'warning', gate: 'decision' }];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Effective Monday your team moves to the third floor.',
    "I've decided we're switching vendors.",
    'From now on all reports go through me.',
    'As of Monday, staff meals are cut to one per shift.',
    'The Friday creative review is moving to Monday at 8am.',
    'Your staffing hours drop from 120 to 100 a week.',
    'The Thursday data meetings are cancelled for the rest of the semester.',
    'On Monday we will be imposing a non-email day.',
    'Staff wanting a later shift must apply in writing to their supervisor.',
    'Trainers and hoodies will not be permitted on the shop floor after that date.',
    'Overtime now requires written approval from the site manager.',
  ],
  pass: [
    "From Monday I'll be out of the office.",
    'The client called this morning.',
    'Jordan will send the calendar invites today.',
    'Is the Friday review moving to Monday?',
  ],
};
