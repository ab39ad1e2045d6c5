import { TABLES } from '../patterns';
import { insideQuote, trimSpan, type Rule, type RuleExamples } from './rule';

/** Asking out of curiosity turns a "why" into an open question. */
const CURIOUS =
  /\b(?:just curious|out of (?:interest|curiosity)|i'?m (?:just )?curious|i am curious|i wonder|just wondering|help me understand|genuinely asking)\b/i;
export const loadedQuestion: Rule = {
  id: 'loaded-question',
  severity: 'warning',
  message:
    'A question that accuses or demands agreement is not really a question; ask what you want to know.',
  source: 'coaching-model.md, loaded-question; data/loaded-questions.ts lists each shape with its source',
  asks: false,
  detect(s) {
    if (s.frame || CURIOUS.test(s.text)) return [];
    const hit =
      TABLES['loaded-question/control-check'].first(s.text) ??
      TABLES['loaded-question/accusing'].first(s.text);
    if (!hit) return [];
    // 'The best answer is "why did you want to do that?"': a question quoted is mentioned, not asked.
    if (insideQuote(s.text.slice(0, hit.start))) return [];
    // The span is the question itself: from its clause start to the sentence end.
    const clause = Math.max(
      0,
      ...[', ', '; ', ': ', ' — ', ' – '].map((c) => s.text.lastIndexOf(c, hit.start) + c.length),
    );
    const from = /^(?:is-that-clear|got-it)$/.test(hit.id) ? clause : 0;
    const [start, end] = trimSpan(s.text, from, s.text.length);
    return [{ rule: 'loaded-question', start, end, severity: 'warning' }];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Why would you do that?',
    'Who told you that was OK?',
    'How many times do I have to tell you?',
    'What is so hard about this?',
    'Seriously?',
    'Is that clear?',
    'The rota is final, got it?',
    'Did you even read my message?',
    "If you can mail a letter, why can't you e-mail one?",
    'Do you really think throwing code at us will solve your problem?',
    'Skip the tests and expect the build to pass?',
  ],
  pass: [
    'What led you to do it this way?',
    'What would help?',
    'Does that make sense, or is anything unclear?',
    'Why do you think the numbers dipped in March?',
    'Just curious, why did you go with Postgres?',
    'Do you think the client will sign this week?',
    'Should we ship it tonight and hope the fix holds?',
  ],
};
