import { DISMISSIVE, type DismissiveFamily } from '../data/dismissive';
import { TABLES } from '../patterns';
import { phraseTable } from '../patterns/phrases';
import { lowerFirst, stripEnd } from '../rewrite/transforms';
import { trimSpan, type Candidate, type Rule, type RuleExamples } from './rule';

/** Each family's reply: `say` turns the matched phrase into what to say instead. */
const SAY: Record<DismissiveFamily, (phrase: string) => string[]> = {
  'dont-care': (p) => {
    const rest = p.replace(/^.*?care\s+/i, '');
    return /^what\b/i.test(rest)
      ? [`I know this clashes with ${stripEnd(rest)}`, `I'm sorry this clashes with ${stripEnd(rest)}`]
      : ['I hear you, and I know this is a lot to ask'];
  },
  'not-my-problem': (p) => {
    const that = /not my \w+ that (.*)$/i.exec(p)?.[1];
    if (that)
      return [
        `I know it's tough that ${stripEnd(that)}`,
        `I'm sorry that ${stripEnd(that)} — how can I help?`,
      ];
    const subject = /^(.*?) (?:is|are) not my/i.exec(p)?.[1];
    return subject && !/^(?:that|it|this)$/i.test(subject)
      ? [`I know ${lowerFirst(subject)} makes this hard — what would help?`]
      : ['I know this makes things hard — what would help?'];
  },
  'no-excuses': () => ['Let me know if anything gets in the way'],
  // "You better deal with it soon": the urging stays, the pressure in front goes.
  'deal-with-it': (p) => [
    /\bbetter\b/i.test(p) ? 'please take care of it' : 'let me know if you need help with it',
  ],
  'figure-it-out': () => ["let's figure it out together"],
  'not-a-debate': () => ["I'm open to concerns before we go ahead"],
  'stop-the-excuses': () => ['Tell me what is getting in the way'],
  'on-your-own': () => ['let me know if you need help with it'],
  'your-business': () => ['I know this affects your plans — what would make it workable?'],
  'how-it-is': () => ['I know this is hard — tell me what would help'],
  'brush-aside': () => ['I hear you — tell me what would help'],
  'not-up-for-discussion': () => ["something I'd like to talk through with you"],
  'non-negotiable': () => ["I know it's a big ask — let me know if that's a problem"],
  'end-of-discussion': () => ["but I'm happy to talk it through"],
  'because-i-said-so': () => ['because [reason]'],
  'sorry-but-you-have-to': () => ['I know this is a big ask — could you'],
  'dont-want-excuses': () => ["Tell me if something's in the way"],
  'stop-complaining': () => ['I hear you'],
  'like-it-or-not': () => ['let me know what you think'],
  'not-revisiting': () => ["I'm happy to hear concerns before we move on"],
  'work-it-out-yourselves': () => ["let's work it out together"],
  final: () => ["this is the plan for now, but I'm open to concerns"],
  'no-need-to-explain': () => ['The reason is [reason]'],
  'thats-your-problem': () => ["let's work out what would help"],
};

/**
 * One table per family, in data order: an earlier family's span wins over an overlapping later one.
 * The whole table (TABLES.dismissive) screens each sentence first, so most sentences cost one scan.
 */
const FAMILIES = (Object.keys(DISMISSIVE) as DismissiveFamily[]).map((family) => ({
  table: phraseTable(DISMISSIVE[family]),
  say: SAY[family],
}));

export const dismissive: Rule = {
  id: 'dismissive',
  severity: 'alert',
  message: "Brushing off someone's feelings, circumstances or input tells them they don't count.",
  source: 'coaching-model.md; dismissive language in psychological-safety research (Edmondson)',
  asks: false,
  detect(s) {
    if (!TABLES.dismissive.test(s.text)) return [];
    const out: Candidate[] = [];
    for (const { table, say } of FAMILIES) {
      for (const hit of table.all(s.text)) {
        const [start, end] = trimSpan(s.text, hit.start, hit.end);
        if (out.some((c) => c.start < end && start < c.end)) continue;
        const atStart = !/[\p{L}\p{N}]/u.test(s.text.slice(0, start));
        const rewrites = say(s.raw.slice(start, end)).map((r) =>
          atStart ? r.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : lowerFirst(r),
        );
        out.push({ rule: 'dismissive', start, end, severity: 'alert', rewrites });
      }
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    "I don't care what you had planned for Saturday.",
    'No excuses this time.',
    'not my problem that marco called out.',
    'Your bus schedule is not my problem.',
    'Deal with it.',
    'figure it out and get the patio open by 5',
    "It's not up for discussion.",
    "it's non-negotiable",
    'The decision is final, end of discussion.',
    'Because I said so.',
    "This isn't a debate.",
    'Stop making excuses about the early start.',
    'sort it out yourself and reconcile the invoices',
    'Your weekend plans are your business, not mine.',
    'Spare me the excuses.',
    "I can't worry about your childcare.",
    "Your feelings about the rota don't change anything.",
    "I'm not having this conversation again.",
    "That's just how it is this month.",
    "I'm sorry, but you have to work the double.",
  ],
  pass: [
    "I'll deal with it.",
    "Let's figure it out together.",
    'We can figure it out on Monday.',
    "Nothing is final yet, and it's all up for discussion.",
    "I don't care which one you pick.",
  ],
};
