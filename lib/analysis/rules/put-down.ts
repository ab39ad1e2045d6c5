import { TABLES } from '../patterns';
import { toSentenceEnd, type Rule, type RuleExamples } from './rule';

/** Critique of the work, with the blank for what exactly is wrong, and an open question. */

/** Verdicts with no contempt in their words ("This makes no sense.", "No question here."): a warning. */
const VERDICTS = /^(?:makes-no-sense|sounds-like-homework|no-question-here|homework-handed-over)$/;

export const putDown: Rule = {
  id: 'put-down',
  severity: 'alert',
  message:
    'Contempt for the person or their work shuts them down; specific critique of the work gets it fixed.',
  source: 'coaching-model.md, put-down; data/put-downs.ts lists each shape with its source',
  asks: false,
  detect(s) {
    if (s.frame) return [];
    const hit = TABLES['put-down'].first(s.text);
    if (!hit) return [];
    // "Are we doing your homework for you?" is the loaded question's to coach, once.
    if (hit.id === 'homework-handed-over' && /\?\W*$/.test(s.text)) return [];
    // "my drafting was sloppy" judges the writer's own work; "if the sheet is a mess, don't worry" is kind.
    const before = s.text
      .slice(0, hit.start)
      .split(/[,;:—–]/)
      .pop()!;
    const aboutWorkHit =
      /^(?:work-is-harsh|the-worst|this-is-garbage|a-dumb-question|worst-ever-seen|out-of-your-league|makes-no-sense)$/.test(
        hit.id,
      );
    if (
      aboutWorkHit &&
      /\b(?:my|I|I'm|I've|our|if|even if|whether)\b/i.test(before) &&
      !/\byou/i.test(before)
    )
      return [];
    const [start, end] = toSentenceEnd(s, 0);
    return [{ rule: 'put-down', start, end, severity: VERDICTS.test(hit.id) ? 'warning' : 'alert' }];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'That plan is idiotic.',
    'Leave the thinking to me.',
    'Plenty of people would love your job.',
    'Honestly, the slides were awful.',
    "You're completely useless.",
    'you are a cost, you are demanding and exhausting',
    'Your plan makes no sense.',
  ],
  pass: [
    "The totals in section 2 don't match the forecast.",
    "I'm an idiot, I forgot the attachment.",
    'Apologies, my drafting on the Keller memo was sloppy.',
    "If the spreadsheet is a mess, don't worry, I can tidy it.",
    'Ugh, the server is down again, what a day.',
    'The traffic was awful this morning.',
    "If this makes no sense, ask me and I'll explain.",
  ],
};
