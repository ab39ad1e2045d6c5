/**
 * Politeness strategies of one sentence (Danescu-Niculescu-Mizil et al., "A computational approach to
 * politeness", ACL 2013), as a bit mask: cheap enough to run on every sentence at every typing pause, and a
 * message's strategies are the OR of its sentences' masks. Word lists and cut-offs are ours, after the paper.
 */
import { NEGATIVE_WORDS, POSITIVE_WORDS } from './opinion-lexicon';

export const STRATEGIES = [
  'gratitude',
  'deference',
  'greeting',
  'apologising',
  'please',
  'please-start',
  'by-the-way',
  'hedge',
  'factuality',
  'direct-question',
  'why',
  'direct-start',
  'could-you',
  'can-you',
  'indirect-request',
  'negation',
  'first-person-start',
  'first-person',
  'first-person-plural',
  'second-person-start',
  'second-person',
  'positive-word',
  'negative-word',
  'polar-question',
  'short-question',
  'conditional',
  'emoticon',
  'shouting',
  'challenge',
  'stress',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

const BIT = Object.fromEntries(STRATEGIES.map((s, i) => [s, 1 << i])) as Record<Strategy, number>;
const words = (list: string) => new Set(list.trim().split(/\s+/));

const POSITIVE = words(POSITIVE_WORDS);
const CHALLENGE = words('exactly really even actually seriously ever possibly surely');
/** Words stressed in markup ("*your* work", "_now_") or stacked question marks: the writer raising their voice. */
const STRESS =
  /(?<![\w*])\*(?!\s)[^*\n]{1,40}(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)[^_\n]{1,40}(?<!\s)_(?![\w_])|\?{2,}/;
const NEGATIVE = words(NEGATIVE_WORDS);
/** Hedges soften a claim or a request ("I think", "maybe", "it seems"); single words, after the paper's list. */
const HEDGES =
  words(`think thought thinking believe guess suppose supposed assume assuming suspect maybe perhaps possibly
  probably presumably apparently likely unlikely seem seems seemed appear appears appeared might somewhat rather fairly
  quite roughly approximately generally usually typically mostly mainly largely often sometimes suggest suggests suggested
  wonder wondering wondered unclear unsure doubt estimate may feel feels felt almost around essentially relatively tend
  tends`);
const GREETINGS = words('hi hello hey dear greetings hiya howdy');
/** "Good morning," and "Morning all", not "Morning shift starts at 6". */
const GREETING =
  /^\W*(?:good )?(?:morning|afternoon|evening)(?:[,!.]|\s*$|\s+(?:all|team|everyone|everybody|folks|guys)\b)/;
/** First words of a compliment that opens a sentence ("Great answer, …", "Nice work on …"). */
const PRAISE_START = words(
  'great good nice interesting cool excellent awesome brilliant wonderful fantastic impressive',
);
const QUESTION_WORDS = words('what why who how');
const CONJUNCTIONS = words('so then and but or');
const FIRST = words('i my mine myself me');
const FIRST_PLURAL = words('we our ours us ourselves');
const SECOND = words('you your yours yourself yourselves');

const GRATITUDE = /\b(?:thank|thanks|thx|ty|appreciated?|appreciates|appreciating|grateful|gratitude)\b/;
const APOLOGY =
  /\b(?:sorry|apologi[sz]e[ds]?|apologies|oops|whoops|woops|excuse me|forgive me|pardon me|my bad)\b/;
const BTW = /\b(?:by the way|btw|incidentally)\b/;
const FACTUALITY =
  /\b(?:in fact|actually|really|honestly|surely|obviously|clearly|the (?:point|reality|truth) is)\b/;
const COULD_YOU = /\b(?:could|would) (?:you|u)\b/;
const CAN_YOU = /\b(?:can|will) (?:you|u)\b/;
/** Requests that leave the reader a way out: "would you mind", "if you get a chance", "I was wondering if". */
const INDIRECT = new RegExp(
  `\\b(?:${[
    'would you mind',
    'do you mind',
    "if you (?:don't|do not|wouldn't) mind",
    '(?:if|when) you (?:get|have|find) (?:a|the|some) (?:chance|time|moment|minute)',
    'i was wondering',
    "i(?:'m)? wonder(?:ed|ing)? (?:if|whether)",
    '(?:is|would) it (?:be )?possible',
    'any chance',
  ].join('|')})\\b`,
);
const NEGATION = /\b(?:not|no|never|nothing|nobody|none|cannot|[a-z]+n't)\b/;
/**
 * Auxiliaries and modals that open a yes/no question ("Is there a way…?", "Can you…?", "Does it…?"): a polar
 * question leaves the reader a yes or a no, where a wh-question demands an account. A negated opener ("Don't
 * you…?", "Isn't it…?") leans on the answer instead, so it is not one.
 */
const POLAR_OPENERS = words(
  'do does did have has had am are is was were will would can could shall should may might must',
);
/** A question at the end of the sentence (closing quotes and brackets allowed). */
const ENDS_IN_QUESTION = /\?[!?\s"')\]]*$/;

/** A smiley or laugh face softens what it follows (":)", ";-)", ":D", "🙂"); ":P" too. */
const EMOTICON = /(?:^|\s)[:;=]-?[)D\]pP](?=$|[\s.,!?])|[\u{1F600}-\u{1F64F}\u{1F642}\u{263A}]/u;
/** Shouting: two words in capitals running together ("DO NOT", "NO LATE SUBMISSIONS"), not one acronym. */
const SHOUTING = /\b[A-Z]{2,}[,!]?\s+[A-Z]{2,}\b/;

/** The strategies a sentence uses, as a bit mask over STRATEGIES. */
export function sentenceStrategies(sentence: string): number {
  const s = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const tokens = s.match(/[a-z0-9+]+(?:'[a-z]+)?/g);
  if (!tokens) return 0;
  let mask = 0;
  const set = (name: Strategy, on: boolean) => {
    if (on) mask |= BIT[name];
  };
  const first = tokens[0]!;
  const rest = tokens.slice(1);
  set('gratitude', GRATITUDE.test(s));
  const greeting = GREETINGS.has(first) || GREETING.test(s);
  set('deference', PRAISE_START.has(first) && !greeting);
  set('greeting', greeting);
  set('apologising', APOLOGY.test(s));
  set('please', rest.includes('please') || rest.includes('pls') || rest.includes('plz'));
  set('please-start', first === 'please' || first === 'pls' || first === 'plz' || first === 'kindly');
  set('by-the-way', BTW.test(s));
  set('hedge', tokens.some((t) => HEDGES.has(t)) || /\b(?:sort of|kind of|in my (?:view|opinion))\b/.test(s));
  set('factuality', FACTUALITY.test(s));
  set('direct-question', QUESTION_WORDS.has(first) || (tokens.length > 1 && QUESTION_WORDS.has(tokens[1]!)));
  set('why', tokens.includes('why'));
  set('direct-start', CONJUNCTIONS.has(first));
  set('could-you', COULD_YOU.test(s));
  set('can-you', CAN_YOU.test(s));
  set('indirect-request', INDIRECT.test(s));
  set('negation', NEGATION.test(s));
  set('first-person-start', FIRST.has(first) || first.startsWith("i'"));
  set(
    'first-person',
    rest.some((t) => FIRST.has(t) || /^i'(?:m|d|ll|ve)$/.test(t)),
  );
  set(
    'first-person-plural',
    tokens.some((t) => FIRST_PLURAL.has(t) || /^we'(?:re|ll|ve|d)$/.test(t) || t === "let's"),
  );
  set('second-person-start', SECOND.has(first) || /^you'(?:re|ll|ve|d)$/.test(first));
  set(
    'second-person',
    rest.some((t) => SECOND.has(t) || /^you'(?:re|ll|ve|d)$/.test(t)),
  );
  set(
    'positive-word',
    tokens.some((t) => POSITIVE.has(t)),
  );
  set(
    'negative-word',
    tokens.some((t) => NEGATIVE.has(t)),
  );
  const question = ENDS_IN_QUESTION.test(s);
  set('polar-question', question && POLAR_OPENERS.has(first));
  set('short-question', question && tokens.length <= 3);
  set('conditional', tokens.includes('if'));
  set('emoticon', EMOTICON.test(sentence));
  set('shouting', SHOUTING.test(sentence));
  // "What exactly do you want?", "Do you really need it?": an intensifier makes a question a challenge.
  set('challenge', question && tokens.some((t) => CHALLENGE.has(t)));
  set('stress', STRESS.test(sentence));
  return mask;
}

/** The names of the strategies in a mask (for tests, the CLI and the training script's printout). */
export function strategyNames(mask: number): Strategy[] {
  return STRATEGIES.filter((s) => (mask & BIT[s]) !== 0);
}

export function hasStrategy(mask: number, name: Strategy): boolean {
  return (mask & BIT[name]) !== 0;
}
