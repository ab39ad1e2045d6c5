import { TABLES } from '../patterns';
import { stripEnd, toRequest } from '../rewrite/transforms';
import { toSentenceEnd, type Rule } from './rule';

const HELP = "If something is in the way, tell me early and we'll sort it out together.";
/** Where the demand ends and the consequence starts: ", or you're off…", "or else", "and we will…". */
const CONSEQUENCE =
  /\s*(?:,\s*|\s)(?:or else|or|otherwise|and)\b(?=[^,]*$)|\s*[,;:—–-]+\s*(?=(?:if|one more)\b)/i;

/**
 * A sanction held over a condition in the same sentence. A sanction on a group with its cause given
 * ("…will be sent home, because falling debris…") is a safety or legal rule, stated plainly.
 */
/** The threat in a sentence, if any: one said outright, or a sanction held over a condition. */
export const threatIn = (text: string, explains: boolean) =>
  TABLES['threat/alone'].first(text) ?? conditionalSanction(text, explains);

function conditionalSanction(text: string, explains: boolean) {
  const sanction = TABLES['threat/sanction'].first(text);
  if (!sanction) return undefined;
  const conditions = TABLES['threat/condition'].all(text);
  if (!conditions.length) return undefined;
  return explains && conditions.every((c) => c.id === 'whoever') ? undefined : sanction;
}

/** The demand part of an ultimatum, as a request with a reason slot; or nothing when it is all threat. */
function demandOf(raw: string, hitStart: number): string | undefined {
  const before = raw.slice(0, hitStart);
  const cut = CONSEQUENCE.exec(before);
  const demand = stripEnd((cut ? before.slice(0, cut.index) : before).trim());
  if (demand.split(/\s+/).length < 2 || /^(?:if|one more|anyone|this|that)\b/i.test(demand)) return undefined;
  return toRequest(demand, { hasReason: false }).replace(/, so that \[reason\]\?$/, ', because [reason]?');
}

export const threat: Rule = {
  id: 'threat',
  severity: 'alert',
  message:
    'A consequence held over someone gets compliance once and costs trust for good; say what is at stake and offer help.',
  source: 'coaching-model.md, threat; data/threats.ts lists each shape with its source',
  asks: true,
  examples: {
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
  },
  detect(s) {
    if (s.frame) return [];
    const hit = threatIn(s.text, s.explains);
    if (!hit) return [];
    const [start, end] = toSentenceEnd(s, 0);
    const demand = demandOf(s.raw.slice(start, end), hit.start - start);
    return [
      {
        rule: 'threat',
        start,
        end,
        severity: 'alert',
        rewrites: [demand ? `${demand} ${HELP}` : `I'm worried about how this is going. ${HELP}`],
      },
    ];
  },
};
