import { TABLES } from '../patterns';
import { toSentenceEnd, type Rule, type RuleExamples } from './rule';

/**
 * The threat in a sentence, if any: one said outright, or a sanction held over a condition in the same
 * sentence. A sanction on a group with its cause given ("…will be sent home, because falling debris…") is a
 * safety or legal rule, stated plainly.
 */
export const threatIn = (text: string, explains: boolean) =>
  TABLES['threat/alone'].first(text) ?? conditionalSanction(text, explains);

function conditionalSanction(text: string, explains: boolean) {
  const sanction = TABLES['threat/sanction'].first(text);
  if (!sanction) return undefined;
  const conditions = TABLES['threat/condition'].all(text);
  if (!conditions.length) return undefined;
  return explains && conditions.every((c) => c.id === 'whoever') ? undefined : sanction;
}

export const threat: Rule = {
  id: 'threat',
  severity: 'alert',
  message:
    'A consequence held over someone gets compliance once and costs trust for good; say what is at stake and offer help.',
  source: 'coaching-model.md, threat; data/threats.ts lists each shape with its source',
  asks: true,
  detect(s) {
    if (s.frame) return [];
    const hit = threatIn(s.text, s.explains);
    if (!hit) return [];
    const [start, end] = toSentenceEnd(s, 0);
    return [{ rule: 'threat', start, end, severity: 'alert' }];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    "Finish it by Friday or you're off the project.",
    'Miss another shift and we will replace you.',
    'Anyone who is late again will answer to HR.',
    'Do you want to keep working here?',
    'This will be noted in your review.',
    'In either case, you have a problem and you will fix it or I will replace you.',
  ],
  pass: [
    "Leave by 5 or I'll miss my train.",
    "Reports after Friday miss the board pack, so tell me early if you're stuck.",
    'Results will be reported to the board in May.',
    'You will be reimbursed for the taxi.',
    'Anyone without a hard hat will be sent home, because falling debris is our biggest injury risk.',
  ],
};
