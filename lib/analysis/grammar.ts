/**
 * The grammar the rules need, from compromise's tagger with a cheap lexicon pre-check so most
 * clauses are decided without tagging: is this clause an imperative, is this word a verb.
 */
import nlp from './nlp';

// Verbs compromise does not know, or knows only as nouns, in workplace requests.
nlp.addWords({
  proofread: 'Infinitive',
  restack: 'Infinitive',
  restock: 'Infinitive',
  reorganise: 'Infinitive',
  reorganize: 'Infinitive',
  prioritise: 'Infinitive',
  prioritize: 'Infinitive',
  reschedule: 'Infinitive',
  resubmit: 'Infinitive',
  redo: 'Infinitive',
  rerun: 'Infinitive',
  recheck: 'Infinitive',
  upload: 'Infinitive',
  cc: 'Infinitive',
  loop: 'Infinitive',
  ping: 'Infinitive',
  slack: 'Infinitive',
  dm: 'Infinitive',
});

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one
  .lexicon;

/** Words that never start an imperative clause. */
const NEVER_IMPERATIVE = new Set(
  `i we you he she they it me us him them my our your his her their its this that these those there here the a an
  is are was were am be been being will would should could can may might must shall do does did has had
  and but or if when as at in on for with from by to of about after before while since because so than
  what who whom whose how why where which thanks thank hi hello hey dear yes no not ok okay sure great good
  nice well all everyone everybody someone somebody anyone anybody nobody none each every both either neither
  just also still already only even really very too then now today tomorrow yesterday tonight effective mon tue tues wed thu thur
  thurs fri sat sun`.split(/\s+/),
);

/** Bare verbs that, first in a chat line, are a statement with "I" dropped ("need to finish…"), not an order. */
const SUBJECT_ELIDED = new Set(
  'need want wanted hope think guess wish love hate know wonder feel believe mean appreciate saw heading going got gotta had was am sound seem'.split(
    ' ',
  ),
);

/** Verbs that are as often nouns; after "to" they are verbs ("to review", "to check"). */
const NOUN_VERBS = new Set(
  (
    'review help check close support cover plan test fix update finish walk talk catch stop ask learn ' +
    'roll brief hand deal head log pass hold turn drop pick fill lock shut wrap sort post park pin save ' +
    'store share bag box reset restart upgrade install patch start prepare process ship book file call ' +
    'email text schedule access confirm answer show look work run sign clean count order print sort ' +
    'share balance budget chase contact visit audit approve draft host lead train staff print copy list ' +
    'log note respond reply'
  ).split(' '),
);

const OBJECT_START = new RegExp(
  '^(?:what|whatever|the|a|an|my|your|our|their|his|her|this|these|those|that|me|him|her|them|us|' +
    'it|all|every|each|some|any|everything|everyone|something|anything)$',
);
/** "Print 200 flyers", not "Truck 12 is loaded". */
const COUNTED_OBJECT = (a = '', b = '') =>
  /^\d[\d,.]*$/.test(a) && /^[a-z]+s$/.test(b) && !/^(?:is|was|has|does)$/.test(b);

/** Adjectives that are also verbs at the start of an order ("Clear the aisle", "Open a ticket"). */
const ADJECTIVE_VERBS = new Set(
  (
    'close clear open free empty clean dry warm cool calm slow secure tidy level quiet double triple ' +
    'lower slim round complete finalise finalize separate correct brief'
  ).split(' '),
);
/** A word that cannot follow an imperative verb: the first word was a subject or a noun. */
const NOT_AFTER_VERB =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|of|'s|does|did|do)$/;

const TALLY =
  /^(?:week|day|month|year|quarter|night|weekend|shift|high|low|numbers|sales|turnout|crowd|sellout)$/;
const PRONOUN = /^(?:i|you|he|she|we|they|it|that|what|who|which|whether|if|when)$/;
const FINITE = new RegExp(
  '^(?:is|was|are|were|has|had|have|will|would|can|could|should|shall|must|may|might|needs|does|' +
    'did|requires|remains|means|applies|includes|starts|ends|begins|closes|opens)$',
);
const PARTICLE = /^(?:back|up|out|off|down|over|in|on|through|away|around)$/;
const SUBORDINATE =
  /^(?:that|which|who|whom|whose|when|where|if|because|so|since|before|after|until|till|while|once|as|and|but|or|than|i|you|he|she|we|they|it|there)$/;

/**
 * "Ship date for the Halden order is confirmed": a finite verb later in the clause with nothing that
 * starts a new clause before it means the first words are the subject, not an order.
 */
function subjectBeforeVerb(words: readonly string[]): boolean {
  if (OBJECT_START.test(words[1] ?? '') || PARTICLE.test(words[1] ?? '')) return false;
  for (const w of words.slice(1, 10)) {
    if (SUBORDINATE.test(w)) return false;
    if (FINITE.test(w)) return true;
  }
  return false;
}

const cache = new Map<string, boolean>();

/**
 * Is `word` (lowercase) a base-form verb, given the word after it? Used for "to VERB" purpose clauses:
 * "to walk them through" is a verb, "to lunch with" is not.
 */
export function isBaseVerb(word: string, next = ''): boolean {
  if (NOUN_VERBS.has(word)) return true;
  const tags = tagsOf(word);
  if (tags.includes('Infinitive')) return true;
  return (
    (tags.includes('Singular') || ADJECTIVE_VERBS.has(word)) &&
    (OBJECT_START.test(next) ||
      /^(?:on|up|out|through|off|down|over|back|forward|ahead|along|away|around)$/.test(next))
  );
}

/** Lexicon tags of a lowercase word (empty when unknown). */
export function tagsOf(word: string): string[] {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/**
 * Does this clause start with an imperative verb? `words` are the clause's first words, lowercase,
 * softeners ("please", "just") already stripped.
 */
export function startsImperative(words: readonly string[]): boolean {
  if (/'s$/.test(words[0] ?? '')) return false;
  // "write-up coming tomorrow", "sign-off is Friday": a compound noun.
  if (/^[a-z]+-(?:up|out|in|off|over|down|through)$/.test(words[0] ?? '')) return false; // "truck's late": a noun and "is", or a possessive
  const first = words[0]?.replace(/'(?:re|ll|ve|d|m)$/, '');
  // "Do it now", "Be here at 8": aux verbs that are orders when an object or place follows.
  if (first === 'do' && /^(?:it|this|that|the|your|them|something|so|not)$/.test(words[1] ?? '')) return true;
  if (
    first === 'be' &&
    /^(?:here|there|on|at|in|ready|back|careful|quiet|more|specific|clear|clearer|precise|concise)$/.test(
      words[1] ?? '',
    )
  )
    return true;
  // A run of x's is masked code or a link (text/mask.ts): a thing, never the verb of an order.
  if (/^x{2,}$/.test(first ?? '')) return false;
  if (!first || NEVER_IMPERATIVE.has(first) || SUBJECT_ELIDED.has(first) || !/^[a-z]/.test(first))
    return false;
  // "Time to register", "Way to go": a noun and its purpose, said for "it's time to…", not the verb "time".
  if (/^(?:time|way|high time|about time)$/.test(first) && words[1] === 'to') return false;
  // "Post you linked to has a fix", "Report I sent": a noun, then a clause about it (a subject and a past verb).
  // An order's object is never its own addressee or writer ("Send you…" is no order).
  if (/^(?:you|i|we|they|he|she)$/.test(words[1] ?? '') && tagsOf(words[2] ?? '').includes('PastTense'))
    return false;
  const tags = tagsOf(first);
  // Names that are verbs too ("Chase", "Mark", "Bill") count as verbs here: a clause rarely starts with a bare name.
  const verbish = ADJECTIVE_VERBS.has(first) || NOUN_VERBS.has(first);
  if (tags.length && !verbish && !tags.some((t) => t === 'Infinitive' || t === 'Singular')) return false;
  // Unknown inflected words ("perched", "emailing") and noun subjects ("Email is down") are not orders.
  if (!tags.length && /(?:ed|ing|ly|s)$/.test(first) && !/(?:ss|us)$/.test(first)) return false;
  if (NOT_AFTER_VERB.test(words[1] ?? '')) return false;
  // "Report card comments are due": a noun phrase then its verb, so the first word is a noun.
  const aux = words.slice(1, 4).findIndex((w) => FINITE.test(w));
  if (aux > 0 && !words.slice(1, aux + 1).some((w) => OBJECT_START.test(w) || PRONOUN.test(w))) return false;
  if (subjectBeforeVerb(words)) return false;
  // "crash reports already down 80%": a compound noun, then a predicate.
  if (
    /^[a-z]{3,}s$/.test(words[1] ?? '') &&
    (/^(?:already|still|now|just|also|are|were|is|down|up|look|looks|seem|seems)$/.test(words[2] ?? '') ||
      tagsOf(words[2] ?? '').join() === 'Infinitive')
  )
    return false;
  // "Finance approved the budget", "Ops moved two people": a noun, then its past-tense verb and an object.
  // An imperative before a participle ("Review attached documents") has no determiner after it.
  if (
    /^[a-z]{3,}ed$/.test(words[1] ?? '') &&
    tagsOf(words[1] ?? '').includes('PastTense') &&
    /^(?:extra|more|two|three|several|\d+|the|a|an|our|your|their|his|her|its|this|that|these|those|it|them)$/.test(
      words[2] ?? '',
    )
  )
    return false;
  // "Question asked and answered by the same person": a noun, then a participle and its agent.
  if (/^[a-z]{3,}ed$/.test(words[1] ?? '') && words.slice(2, 5).includes('by')) return false;
  // "Staff start at 6am": a noun then its verb. (Only a few verbs take a bare verb after them: "help fix".)
  const second = words[1] ?? '';
  if (!/^(?:go|come|help|let|make|try)$/.test(first) && tagsOf(second).join() === 'Infinitive') return false;
  // "bag up bay 2", "clear out the van": a verb and its particle.
  if (
    (verbish || tags.includes('Infinitive') || tags.includes('Singular')) &&
    /^(?:up|out|away|back)$/.test(second) &&
    !/^(?:sick|today|again|now|late|early|\d.*)$/.test(words[2] ?? '')
  )
    return true;
  // "cake in the staff room": a plain noun, then a place.
  if (!verbish && !tags.includes('Infinitive') && /^(?:in|on|at|for|from|with|by)$/.test(second))
    return false;
  // "Call facilities", "print flyers": a verb with a plural object.
  if (
    (verbish || tags.includes('Infinitive')) &&
    /^[a-z]{3,}s$/.test(second) &&
    !FINITE.test(second) &&
    !/^(?:already|still|now|just|also|are|were|down|up|look|looks|seem|seems)$/.test(words[2] ?? '')
  )
    return true;
  if (verbish && (OBJECT_START.test(second) || PARTICLE.test(second))) return true;
  // "print tmrw's call sheets", "check yesterday's sheets": a possessive object.
  if ((verbish || tags.includes('Infinitive')) && /^[a-z]+'s$/.test(second)) return true;
  // "record week", "best day": an adjective-like first word before a time or tally noun.
  if (TALLY.test(words[1] ?? '') && /^(?:record|best|top|big|huge|great|bumper|peak)$/.test(first))
    return false;
  // Unambiguous base verbs are imperatives at a clause start: no tagging needed.
  if (tags.length === 1 && tags[0] === 'Infinitive') return true;
  // "Roll back the release": a verb with its particle and object.
  if (
    verbish || tags.includes('Infinitive')
      ? PARTICLE.test(second) && OBJECT_START.test(words[2] ?? '')
      : false
  )
    return true;
  // A noun/verb word followed by an object ("Print 200 flyers", "Prep the rib") is a verb here.
  if (
    (!tags.length || tags.some((t) => t === 'Infinitive' || t === 'Singular')) &&
    (OBJECT_START.test(words[1] ?? '') || COUNTED_OBJECT(words[1], words[2]))
  )
    return true;
  const prefix = words.slice(0, 6).join(' ');
  const hit = cache.get(prefix);
  if (hit !== undefined) return hit;
  const term = nlp(prefix).json({ terms: { tags: true } })[0]?.terms?.[0] as { tags?: string[] } | undefined;
  const verdict =
    !!term?.tags?.includes('Verb') && !!term.tags.some((t) => t === 'Imperative' || t === 'Infinitive');
  if (cache.size > 5000) cache.clear();
  cache.set(prefix, verdict);
  return verdict;
}

/** Words as often the head of a noun compound as the verb of an order ("Transport protocol…?"). */
const NOUN_FIRST = new Set(
  (
    'transport design model source cache format structure request route query object type function ' +
    'link map test report process access update review file print memory data network time cost change ' +
    'release build deploy merge commit branch code stock order delivery rota shift'
  ).split(' '),
);
/** Can the first word be a noun? Listed, tagged as a noun, or unknown to the lexicon. */
const nounFirst = (w: string) =>
  NOUN_VERBS.has(w) ||
  NOUN_FIRST.has(w) ||
  tagsOf(w).length === 0 ||
  tagsOf(w).some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Noun');

const VERB_TAGS = new Set([
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Copula',
  'Modal',
  'Auxiliary',
  'Verb',
  'Imperative',
]);
// "fill preallocated blocks": an -ed word after the first may be a participle, so the first may be a verb.
const isVerbWord = (w: string) =>
  FINITE.test(w) ||
  /[a-z]ed$/.test(w) ||
  /'(?:s|re|ll|ve|d|t)$/.test(w) ||
  tagsOf(w).some((t) => VERB_TAGS.has(t));

const DETERMINER = /^(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its)$/;
const FINITE_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);
const isFiniteWord = (w: string) =>
  FINITE.test(w) || /'(?:s|re|ll|ve|d|t)$/.test(w) || tagsOf(w).some((t) => FINITE_TAGS.has(t));

/**
 * "Transport protocol right above the link layer?": a noun compound asked about, not an order. The first
 * word is followed by a bare singular noun (no determiner, no object pronoun, no particle) and no other word
 * of the clause can be a verb. Lexicon look-ups only, no tagging: it runs on every question-shaped clause.
 */
export function nounPhraseQuestion(words: readonly string[]): boolean {
  const [first = '', second = ''] = words;
  if (!nounFirst(first)) return false;
  if (!/^[a-z]{2,}$/.test(second) || /s$/.test(second)) return false;
  if (OBJECT_START.test(second) || PARTICLE.test(second) || PRONOUN.test(second) || SUBORDINATE.test(second))
    return false;
  // After a preposition's determiner ("above the link layer") a word tagged as a base verb or -ing form is
  // part of the noun phrase ("the new onboarding flow"); only a finite verb would start a clause there.
  const np = words.findIndex((w, i) => i > 1 && DETERMINER.test(w));
  const tail = np < 0 ? [] : words.slice(np + 1);
  return !words.slice(1, np < 0 ? undefined : np).some(isVerbWord) && !tail.some(isFiniteWord);
}

/** Regex source: a label of up to three capitalised words (or a number) before a colon, stress markers allowed. */
export const LABEL_BEFORE_COLON = String.raw`[\W_]*\p{Lu}[\w-]*(?:\s+(?:\p{Lu}[\w-]*|\d+)){0,2}[*_]*:[*_]*`;
