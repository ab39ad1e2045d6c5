/**
 * One rewrite for one flagged sentence, fixing all of its findings at once (coaching-model.md, rewrite
 * principles 1–4, 9–14): the request clause is read for its form and rebuilt; the words before and after it
 * are kept, with jabs dropped and brush-offs said again; a reason from the sentence or its neighbours is
 * reused, and one `[reason]` slot is added only where there is none.
 */
import { hasReason } from '../cues';
import { LABEL_BEFORE_COLON, tagsOf } from '../grammar';
import { alternation, PERSON_WORDS, WORK_CONTEMPT, WORK_HARSH, WORK_NOUNS } from '../data/judgement-words';
import { COMPARED_TO } from '../data/put-downs';
import { TABLES } from '../patterns';
import { withoutStress } from '../patterns/phrases';
import type { RuleId } from '../types';
import { clean, tidy } from './clean';
import { gerund, infinitive, isImperative, readClause, timeOf, type Clause, type Form } from './forms';
import {
  BRUSH_OFFS,
  HEAT,
  HOMEWORK,
  HOMEWORK_LIMIT,
  WHY_NOT,
  OPEN_QUESTIONS,
  OPEN_QUESTION_FALLBACK,
} from './phrases';
import { contrastQuestion, openForm, pastWhyNot, sarcasticOrder } from './questions';
import { threatDemand } from './threats';
import { hasSlot } from './slots';
import { calm, fixI, isShout, lowerFirst, stripEnd, upperFirst } from './transforms';

export interface Part {
  rule: RuleId;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** The rule's own phrase-level rewrite, used for phrases the rewrite layer has no entry for. */
  rewrite?: string;
}

export interface SentenceIn {
  /** The sentence, trimmed. */
  text: string;
  parts: Part[];
  /** The sentence before or after gives a reason. */
  reasonNear: boolean;
  /** The message says what it asks is fixed or mandatory. */
  firm: boolean;
  /** A plain statement next to the sentence that says why ("The auditors arrive at nine."): tied in with "since". */
  context?: string;
  /** An unflagged statement of the situation comes just before the sentence (not tied in; a reader reads it as why). */
  situation?: boolean;
}

export type AskKind = 'deadline' | 'work' | 'decision' | 'move';

export interface SentenceOut {
  /** The rewrite, or null when there is nothing better to offer. */
  text: string | null;
  form: Form;
  /** The ask this sentence would carry if it were the message's last request. */
  ask?: AskKind;
  when?: string;
  /** It stays firm: no invitation may follow it. */
  firm: boolean;
  /** It already asks for the reader's view or offers help (threat and put-down rewrites do). */
  invites: boolean;
  /** The context sentence was tied in: the finding's span grows to cover it. */
  tied?: boolean;
}

/** Words that make a sentence a rule, kept firm (principle 2). */
const FIRM = new RegExp(
  [
    String.raw`\b(?:must|always|never|at all times|mandatory|compulsory|required|no exceptions|non-?negot`,
    String.raw`iable|not up for (?:discussion|debate)|final|policy|safety|legally|by law)\b`,
  ].join(''),
  'i',
);
/** Pieces of work big enough to ask what the reader would need. */
const WORK_VERB = new RegExp(
  [
    String.raw`^(?:finish|complete|prepare|write|build|fix|update|review|draft|redo|rewrite|revise|reorga`,
    String.raw`ni[sz]e|create|set up|put together|clean up|sort out|get|organi[sz]e|plan|run|cover|handle`,
    String.raw`|take over|lead|deliver|produce|migrate|audit|analy[sz]e)\b`,
  ].join(''),
  'i',
);
const MOVE =
  /\b(?:mov(?:e|es|ed|ing)|relocat\w*)\b.*\b(?:office|desk|floor|building|site|location|room|team|department)s?\b/i;
/** Plainer verbs for a decision said again (principle 10: never longer or grander than needed). */
const PLAIN: Record<string, string> = { relocate: 'move', utilise: 'use', utilize: 'use', commence: 'start' };

const SUPPORT = "If something is in the way, tell me early and we'll sort it out together.";
const REQUEST_FORMS: ReadonlySet<Form> = new Set(['imperative', 'modal-request', 'obligation']);

/** Subordinate lead-ins and vocatives join the rebuilt clause; a full clause before it stands alone. */
const JOINS = new RegExp(
  [
    String.raw`^(?:(?:if|when|whenever|before|after|once|as soon as|while|until|till|since|because|by|for`,
    String.raw`|to|on|in|at|from|with|regarding|re|about)\b|(?:hi|hey|hello|ok|okay|so|oh|btw|fyi|also|an`,
    String.raw`d|then|now|right|well)\b\W*$|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\W*$|(?:team|all|guys|folks`,
    String.raw`|everyone)\W*$)`,
  ].join(''),
  'iu',
);

/** Words that never start an order: the clause is a question or a statement. */
const NOT_A_VERB = new RegExp(
  [
    String.raw`^(?:(?:have|has|had|is|are|was|were|am|do|does|did|should|would|could|can|will)\s+(?:you|u`,
    String.raw`|we|they|i|he|she|anyone|anybody|someone|there)\b|(?:is|are|was|were|does|did)\s+(?:this|that|it)\b`,
    String.raw`|isn't|aren't|wasn't|doesn't`,
    String.raw`|didn't|haven't|hasn't|shouldn't|wouldn't|couldn't|can't|won't|what|why|how|who|where|when`,
    String.raw`|which|i|you|we|they|it|this|that|there|here|the|a|an|my|your|our)\b`,
  ].join(''),
  'i',
);

const end = (s: string, mark: string) => stripEnd(s) + mark;

/** A subordinate or prepositional lead-in typed without its comma: "For solving it you have to…". */
const PHRASE_LEAD =
  /^\W*(?:if|when|whenever|before|after|once|while|until|since|because|for|to|by|in order to)\s+\S+\s+\S/i;
/** "On Monday", "At the meeting": a short time or place phrase leading the clause, with no comma. */
const TIME_PLACE_LEAD =
  /^\W*(?:on|at|in|during|after|before|by|this|next|every|each)\b(?:\s+[^\s,;:]+){1,4}$/i;
/** A hedge before the request ("I think you need to…"): the rebuilt request says it without one. */
const HEDGE =
  /^\W*(?:(?:but|and|so)(?: then)?\s+)?(?:I (?:think|believe|guess|suppose|feel)(?: that)?|maybe|perhaps|probably|IMO|IMHO)\W*$/i;
/** A short frame ending in "that" ("Just a reminder that", "Please note that"): it leads in with a colon. */
const FRAME_THAT = /^\W*((?:\S+\s+){0,4}?(?:reminder|note|remember|notice|heads-up|heads up|fyi))\s+that$/i;
/** A lead that ends mid-phrase: it cannot stand as a sentence of its own. */
const DANGLING =
  /\b(?:to|that|the|a|an|of|for|in|on|at|with|if|when|which|who|where|whether|than|moment|time|is|are|I (?:think|suppose|guess|believe))\W*$/i;

/** Apply the rules' own phrase rewrites for findings inside [from, to), back to front. */
function substitute(text: string, parts: Part[], from: number, to: number): string {
  let out = text.slice(from, to);
  for (const p of [...parts].sort((a, b) => b.start - a.start)) {
    if (p.rewrite === undefined || p.start < from || p.end > to) continue;
    out = out.slice(0, p.start - from) + p.rewrite + out.slice(p.end - from);
  }
  return out;
}

/** Capitalised words that open or close a sentence after a comma without being a name. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:I|Honestly|Seriously|Look|Listen|Well|So|Sorry|Please|Thanks|Okay|Ok|Yes|No|Right|Guys|Team|Folks|All|` +
    String.raw`Ugh|Wow|Yikes|Sheesh|Geez|Jeez|Man|Dude|Oh|Lol|Frankly)$`,
);
/** A name the sentence is addressed to ("…, Ben." or "Dean, …"): kept in front of a rewrite that says it anew. */
function vocative(text: string): string {
  const m = /,\s*(\p{Lu}\p{Ll}+)\W*$/u.exec(text) ?? /^\W*(\p{Lu}\p{Ll}+),/u.exec(text);
  return m && !NOT_A_NAME.test(m[1]!) ? `${m[1]}, ` : '';
}
const withName = (text: string, out: string) => {
  const v = vocative(text);
  return v ? v + lowerFirst(out) : out;
};

const PARTICIPLE: Record<string, string> = {
  find: 'found',
  see: 'seen',
  catch: 'caught',
  hear: 'heard',
  get: 'got',
};
const loaded = (q: string) =>
  TABLES['loaded-question/accusing'].test(q) || TABLES['loaded-question/control-check'].test(q);

const LABEL_LEAD = new RegExp(
  '^\\W*(?:first(?:ly)?|second(?:ly)?|also|side (?:note|comment|question)|(?:just )?(?:a|one) (?:more |quick )?' +
    'question|(?:quick|naive|silly|dumb|stupid|basic|honest|genuine|serious|related) question|btw|by the way|' +
    'to put it another way|put (?:it )?(?:another way|differently)|in other words)\\W*$',
  'i',
);
/** A lead that is only a label ("Note:", "**Update:**", "Action Items:"). */
const LABEL = new RegExp(`^${LABEL_BEFORE_COLON}$`, 'u');
/** A clause that cannot stand alone: "if you want X", "but when it fails". */
const SUBORDINATE =
  /^\W*(?:(?:and|but|so|or)\s+)?(?:even\s+)?(?:if|when|whenever|unless|since|because|although|though|while|once|as long as)\b/i;

/**
 * A word the lexicon does not know, read as a verb: a verb's ending ("tokenize"), a known verb behind a
 * prefix ("uncheck", "re-run"), or an object right after it ("suscribe to this", "grep the logs").
 */
function unknownVerb(w: string, rest: string): boolean {
  const base = /^(?:un|re|de|dis|pre)-?(\w{3,})$/i.exec(w)?.[1]?.toLowerCase();
  return (
    /(?:ing|ed|ise|ize|ify)$/.test(w) ||
    (!!base && tagsOf(base).includes('Verb')) ||
    /^\s+(?:it|them|this|that|these|those|the|a|an|to|up|out|into|onto|your|my|our|its)\b/i.test(rest)
  );
}

/** "Why X, it doesn't seem to help.": a wh-question, then a statement after a comma that stands alone. */
const TAIL_STATEMENT = new RegExp(
  String.raw`^(\W*(?:why|what|how|who)\b[^,;?]*?)[,;]\s+((?:it|this|that|they|there|I|we)` +
    String.raw`(?:'s|'re|'m| is| are| was| does| doesn't| isn't| seems| looks| can't| won't)\b[^?]*?)\s*[.!]*$`,
  'i',
);

/** "Why are you so reluctant to show us your code?": the request under the reproach is group 1. */
const RELUCTANT =
  /^\W*why (?:are|were) (?:you|u) (?:so |still )?(?:reluctant|unwilling|hesitant|afraid|resistant|refusing) to ([a-z][^?!]*?)[\s?!.]*$/i;
/** "Why would you not want to count them?" (read as "wouldn't"): what it argues for is group 1. */
const NOT_WANT = /^\W*why (?:wouldn't|wouldnt) (?:you|u) (?:want|wish) to ([a-z][^?!]*?)[\s?!.]*$/i;
/** "How long can it possibly take to copy a key?": the task is group 1. */
const POSSIBLY_TAKE =
  /^\W*how (?:long|hard|difficult) (?:can|could) (?:it|this|that) possibly (?:be|take) to ([a-z][^?!]*?)[\s?!.]*$/i;

/** "split every job and always run one at a time" → "splitting every job and always running one at a time". */
function gerunds(vp: string): string {
  return gerund(vp).replace(
    /\b(and (?:(?:always|just|also|then|only|never)\s+)?)([a-z]+)\b(?=((?:\s+\S+){0,3}))/gi,
    (m, and: string, v: string, next: string) =>
      !/ing$/i.test(v) && isImperative(`${v}${next}`) ? and + gerund(v) : m,
  );
}

function loadedQuestion(text: string): string | null {
  // "_Why_ do you want this?": the stress goes with the heat.
  text = withoutStress(text);
  // "Why are you using jQuery here, it doesn't seem to help.": the question is opened, the statement stays.
  const tail = TAIL_STATEMENT.exec(text.trim());
  if (tail) {
    const q = loadedQuestion(`${tail[1]}?`);
    return q && `${q} ${end(upperFirst(fixI(tail[2]!)), '.')}`;
  }
  // "If you can mail a letter, why can't you e-mail one?": the two things set against each other are kept.
  // "Skip the tests and expect the build to pass?": the sarcastic order asked as a real question.
  const plain = stripEnd(calm(text)).replace(HEAT, '') + '?';
  const contrast =
    contrastQuestion(plain, gerund) ??
    (TABLES['loaded-question/accusing'].first(text)?.id === 'do-x-and-expect' ? sarcasticOrder(plain) : null);
  if (contrast) return contrast;
  // "HTML handles wrapping, why would you add line breaks?": the statement before the question stays.
  // …and a control check after a statement ("The rota is final, got it?") is split off the same way.
  const found =
    /^(.*?\S)(?:[,;:]|\s*(?:\.{3}|…))\s+(?:(?:so|and|but|then)\s+)?((?:why|what|how|who|shouldn't|shouldnt)\b.*)$/i.exec(
      text.trim(),
    ) ??
    // "if yes then why don't you…": a condition with no comma.
    /^(if (?:yes|so|not))\s+(?:then\s+)?((?:why|what|how|who)\b.*)$/i.exec(text.trim()) ??
    /^(?!.*\b(?:realise|realize|understand)\b)(.*?\S)[,;:]\s+((?:got (?:it|that)|understood|capisce|(?:is )?that clear|clear|ok|okay|right)\W*)$/i.exec(
      text.trim(),
    ) ??
    /^((?:https?:\/\/|www\.)\S+)\s+((?:why|what|how|who)\b.*)$/i.exec(text.trim());
  // Not when the part before is itself the question ("Why would you X, and what does…").
  const split = found && !/^\W*(?:why|what|how|who)\b/i.test(found[1]!) ? found : null;
  // "Nothing wrong with it, but why would you…": the contrast stays when the lead stays joined.
  const butLed = !!split && /\bbut\s*$/i.test(split[0].slice(0, split[0].length - split[2]!.length));
  // "If you don't know what it is, then how come…": a lead that says what the reader can't do is the gotcha.
  const lead =
    split &&
    !/^\W*(?:um+|uh+|so|and|also|but|wait|ok|okay|seriously|honestly)\W*$/i.test(split[1]!) &&
    !/^\W*if (?:you|u) (?:(?:don't|do not|dont|didn't|didnt) (?:even )?(?:know|understand|get)|(?:can't|cannot|cant) even)\b/i.test(
      split[1]!,
    )
      ? split[1]!
      : '';
  const q =
    stripEnd(calm(split ? split[2]! : text))
      .replace(SCORN, '')
      // "…in the first place?" doubts the reader had any reason at all.
      .replace(/,?\s+in the first place\b/i, '') + '?';
  // "And why don't you reroute it?": a leading conjunction only joins it to what came before.
  // "Why would you not post it?" is "why wouldn't you post it?": a suggestion, read the same way.
  const whyQ = q
    .replace(/^\W*(?:and|but|so|also|or)\s+(?=why\b)/i, '')
    .replace(
      /^(\W*why )(would|could|do|does|did|can|are|is) (you|u) not\b/i,
      (_, w, aux: string, you) => `${w}${aux.toLowerCase() === 'can' ? "can't" : `${aux}n't`} ${you}`,
    );
  const why = WHY_NOT.exec(whyQ);
  const words = q.split(/\s+/).length;
  // The question without its heat ("even", "on earth"): sometimes that alone makes it an open one.
  const asked = upperFirst(q.replace(HEAT, '').replace(/^[\s,;:.!?—–-]+/, ''));
  let out: string | null = null;
  // "Why do you want to delete it?" → "What are you hoping to achieve by deleting it?"
  const want = /^\W*why (?:do|would|did) (?:you|u) (?:even )?(?:want|need|wish) to\b([^?!]*?)[\s?!.]*$/i.exec(
    asked,
  );
  const doing = want?.[1]!.trim() ? gerunds(want[1]!.trim().replace(/\s+at all$/i, '')) : '';
  // "Why would you need to remove a newline?" asks what makes it necessary, not what the reader hopes for.
  const needed = want && /\bneed\b/i.test(want[0]) && /^\w+ing\b/.test(doing);
  // "Why are you so reluctant to show us your code?": the request under the reproach, asked plainly.
  const reluctant = RELUCTANT.exec(asked);
  // "How long can it possibly take to copy a key?": the obstacle asked about, with the task it names.
  const task = POSSIBLY_TAKE.exec(asked);
  // "Why would you not want to count them?" argues for doing it: is there a reason not to? ("Why don't you
  // want to…?" asks what the reader prefers, and is asked as it is.)
  const notWant = NOT_WANT.exec(whyQ);
  if (notWant) out = `Is there a reason not to ${notWant[1]}?`;
  else if (reluctant) out = `Could you ${reluctant[1]}?`;
  else if (task) out = `What is getting in the way of ${gerunds(task[1]!)}?`;
  else if (needed) {
    // "…removing a newline to read the statement": the purpose goes after "necessary".
    const purpose = / to ([a-z]+)\b/.exec(doing);
    out =
      purpose &&
      tagsOf(purpose[1]!).includes('Infinitive') &&
      // "being able to distinguish": the "to" belongs to "able", not a purpose.
      !/\b(?:able|about|going|trying|supposed|used|ought|unable|willing)$/i.test(
        doing.slice(0, purpose.index),
      )
        ? `What makes ${doing.slice(0, purpose.index)} necessary${doing.slice(purpose.index)}?`
        : `What makes ${doing} necessary?`;
  } else if (want && !want[1]!.trim()) out = 'What are you hoping to achieve?';
  else if (want && /^\w+ing\b/.test(doing)) out = `What are you hoping to achieve by ${doing}?`;
  // "Why don't you go do your homework?" is the homework jab (phrases.ts), not a suggestion.
  else if (why && !/\bhomework\b/i.test(q))
    out =
      // "Why couldn't you do a patio?" with no time in the past suggests one; "why couldn't you tell me
      // yesterday?" asks what got in the way (pastWhyNot).
      (/^\W*why (?:couldn't|could not|couldnt) (?:you|u) /i.test(whyQ) &&
      !/\b(?:yesterday|earlier|before|last|then|ago|already|at the time)\b/i.test(whyQ)
        ? `Would it work to ${why[1]}?`
        : null) ??
      pastWhyNot(whyQ, gerund) ??
      // "Why can't you store positions?": what stands in the way, since the reader may have said they can't.
      (/^\W*why (?:can't|cant|cannot|can not) /i.test(whyQ)
        ? `What's stopping you from ${gerunds(why[1]!)}?`
        : `Would it work to ${why[1]!.replace(/^([a-z]+(?:ing|ed))\b/i, (v) => infinitive(v))}?`);
  for (const e of OPEN_QUESTIONS) {
    const m = out === null && (e.re.exec(q) ?? e.re.exec(asked));
    if (!m) continue;
    out = e.say
      .replace(/\$(\d)/g, (_, i: string) => fixI(m[Number(i)] ?? ''))
      .replace(/^I've (find|see|catch|hear|get)\b/i, (_, v: string) => `I've ${PARTICIPLE[v.toLowerCase()]}`);
  }
  // Then its grammar (questions.ts); a bare one ("Really?") gets the stock open question; else nothing.
  out ??= openForm(asked) ?? (asked.toLowerCase() !== q.toLowerCase() && !loaded(asked) ? asked : null);
  if (out === null && words < 4) out = OPEN_QUESTION_FALLBACK;
  // "What led you to waste your time…" keeps the verdict the question was asked to deliver.
  if (out !== null && CONTEMPT_VERB.test(out)) out = OPEN_QUESTION_FALLBACK;
  if (out === null) return null;
  // "Why not some other sauce?", "Why not zucchini and a protein?": no verb to try (a determiner, or a word
  // the lexicon does not know, mostly names and nouns), so the thing itself is offered.
  // "What about" fits both readings of "Why not K&R?": a suggestion, and a question about what was left out.
  out = out.replace(
    /^Would it work to ((?:some|a|an|the|any|this|that|these|those|your|my|another)\b[^?]*)\?$/i,
    'What about $1?',
  );
  out = out.replace(
    /^Would it work to (([\w.+#-]+)\b([^?]*))\?$/,
    (m, thing: string, w: string, rest: string) =>
      /^[A-Z0-9]/.test(w) || (!tagsOf(w.toLowerCase()).length && !unknownVerb(w, rest))
        ? `What about ${thing}?`
        : m,
  );
  // "What does subfeatures give us": a plural takes "do".
  out = out.replace(/^What does (\w+[^s\W]s) give us\b/, 'What do $1 give us');
  // "Why don't you do it yourself?" doubts the reader tried; ask, and offer the help.
  if (/^Would it work to [^?]*\byourself\?$/.test(out))
    out = 'Have you had a chance to try it yourself? We can help where you get stuck.';
  out = out.replace(/^Would it work to (\w+ing)\b/, (_, v: string) => `Would it work to ${infinitive(v)}`);
  out = out.replace(/^(What (?:led|leads) you to) (?:ever|even|actually|really|just) /, '$1 ');
  out = out.replace(/^What led you to (\w+ing)\b/, (_, v: string) => `What led you to ${infinitive(v)}`);
  // "Have you tested it at all?" → "Have you had a chance to test it?"
  out = out
    .replace(
      /^(Have you had a chance to) (\w+ed|tried|thought|read)\b/,
      (_, a: string, v: string) => `${a} ${infinitive(v)}`,
    )
    .replace(/\s+\?$/, '?')
    .replace(/ {2,}/g, ' ')
    // "…by putting it in git, what are you doing with it?": two questions, not one spliced with a comma.
    .replace(
      /,\s+(what|how|why|where|who|when)\s+(are|is|do|does|did|were|was|have|has|can|could|would|will)\b/i,
      (_, w: string, a: string) => `? ${upperFirst(w)} ${a}`,
    );
  if (!lead) return upperFirst(out);
  if (/^(?:https?:|www\.)/i.test(lead)) return `${lead} ${out}`;
  // "If you don't know what it is, how come…", "So in this case, why…": a condition or a short lead-in stays
  // joined to the question.
  // "Sounds brute-force :) If that's your proposal": the clause after an emoticon or a full stop is the lead's last.
  const last = lead.split(/[,;:.!?)]\s+|\s[-–—]\s+/).pop()!;
  // "First, why…", "Side comment: why…", "Just a question, why…": a label leads in with a colon.
  if (LABEL_LEAD.test(lead)) return `${upperFirst(calm(lead.replace(/\W+$/, '')))}: ${lowerFirst(out)}`;
  if (
    SUBORDINATE.test(last) ||
    // "…, instead of wrapping the library, why don't you…": the phrase belongs to the question.
    /^\W*(?:instead of|rather than|apart from|besides|other than|unlike)\b/i.test(last) ||
    /^\W*(?:so|and|but|then|also|ok|okay|well|sorry|in|on|at|for|with|given|(?!(?:no|some|any|every)thing\b)\w+ing)\b/i.test(
      lead,
    )
  )
    return `${upperFirst(calm(lead))}, ${butLed ? 'but ' : ''}${lowerFirst(out)}`;
  // "Where did you get the idea, and why not…": a question before stays a question.
  const asks =
    /^\W*(?:where|when|what|which|who|how|do|does|did|is|are|was|were|have|has|can|could|would)\b/i.test(
      lead,
    );
  return `${end(upperFirst(calm(lead.replace(/,?\s+(?:and|but|so)$/i, ''))), asks ? '?' : '.')} ${out}`;
}

/** Verbs that judge what the reader did: an open question built around them still accuses. */
const CONTEMPT_VERB =
  /\b(?:wast(?:e|ed|ing)|ruin(?:ed|ing)?|botch(?:ed|ing)?|(?:mess|screw)(?:ed|ing)? up)\b/i;

/** An order that opens with a jab at the person: "Grow up and…", "Stop being such a baby, …". */
const JAB_LEAD =
  /^\W*(?:grow up|man up|toughen up|get a grip|(?:stop|quit) (?:being|acting) (?:such |so )?(?:an? )?\w+)(?:\s+and|,|\s*[—–-])\s+/i;

/** Threats become the demand with its cause and help (principle 12; the shapes are in threats.ts). */
function threat(text: string): string {
  const t = stripEnd(calm(fixI(text))).replace(/^\W*(?:\p{Lu}\p{Ll}+,\s*)/u, '');
  return withName(
    text,
    `${upperFirst(threatDemand(t) ?? 'I need to see this change')}, because [reason]. ${SUPPORT}`,
  );
}

/** A work noun with up to two words before it ("the ugliest Python code"), and the words that judge it. */
const WORK_IN = new RegExp(`((?:[\\w'-]+\\s+){0,2})(${alternation(WORK_NOUNS)})\\b`, 'i');
const HARSH_MODIFIER = new RegExp(
  `^(?:\\w+est|${[...WORK_CONTEMPT, ...WORK_HARSH, ...PERSON_WORDS, 'pointless', 'silly'].join('|')})$`,
  'i',
);
/** Words before the work noun that the critique drops: the verdict, and the words that lead up to it. */
const LEAD_UP =
  /^(?:the|a|an|your|this|that|these|those|all|such|pretty|really|so|very|quite|most|just|possibly|probably)$/i;
const judging = (w: string) => LEAD_UP.test(w) || HARSH_MODIFIER.test(w);

/** A work noun phrase right after the verb: "the Q3 report", "this code" (up to a preposition). */
const WORK_AFTER = new RegExp(
  String.raw`^(?:the|this|that|these|those|your)\b` +
    String.raw`(?:\s+(?!(?:in|on|at|with|for|by|from|than|and|or|better|faster)\b)[\w'-]+){0,4}`,
  'i',
);

/** "I'm not sure the Q3 report works yet: [concern]. What led you to it?" */
function critique(text: string, work: string, many?: boolean): string {
  const noun = lowerFirst(work)
    .replace(/^(?:that)\s+/i, 'this ')
    .replace(/^(?:those)\s+/i, 'these ');
  // "…all the stupid questions": questions and comments are followed, not worked, as the "asked" path says.
  if (/\b(?:questions?|comments?|posts?|remarks?)$/i.test(noun))
    return withName(text, `I'm not sure I follow ${noun} yet: [concern].`);
  const plural = many ?? (/^these\b/i.test(noun) || (/s$/i.test(noun) && !/(?:ss|us|is)$/i.test(noun)));
  const [works, it] = plural ? ['work', 'them'] : ['works', 'it'];
  return withName(text, `I'm not sure ${noun} ${works} yet: [concern]. What led you to ${it}?`);
}

/** Put-downs become critique of the work with a blank for what is wrong (principle 13). */
function putDown(text: string): string {
  const hit = TABLES['put-down'].first(text);
  // "We don't do people's homework here." keeps its point, with the help on offer.
  if (hit?.id === 'homework-handed-over' && !/\?\W*$/.test(text)) return HOMEWORK_LIMIT;
  const homework = /\bhomework\b/i.test(text);
  // "Looks like homework: what have you tried so far?": the question after the colon is the point.
  const then = /[:—–]\s*((?:what|why|how|where|which|have|did|can)\b[^?]*\?)\s*$/i.exec(text);
  if (then && /\bhomework\b/i.test(text.slice(0, then.index)))
    return `If this is coursework, ${lowerFirst(then[1]!)}`;
  // "How can we answer your homework if you can't even format it well?": the point is what would let us help.
  const cannot = /\bif (?:you|u) (?:can't|cannot|can not|couldn't) (?:even )?([a-z][^?!.]*?)[\s?!.]*$/i.exec(
    text,
  );
  if (cannot && homework) return `Could you ${cannot[1]}? Then we can help.`;
  if (homework) return HOMEWORK;
  if (hit?.id === 'no-question-here')
    return "I'm not sure what you're asking yet. What would you like to know?";
  // "*"I'm building a real-time app"* - good luck with that!": the claim quoted stays; the doubt is said.
  const quoted = /^\W*?([*_]*["“][^"”]+["”][*_]*)\s*[-–—:]\s+/.exec(text);
  if (quoted && hit?.id === 'sneering-asides' && /\bgood luck with that\b/i.test(text))
    return `${quoted[1]} - that's ambitious: [concern].`;
  if (hit?.id === 'sneering-asides' && /^\W*good luck with that\W*$/i.test(text))
    return "That's ambitious: [concern].";
  // "Isn't this program a bit out of your league?": the point is the stretch; say so and offer the way up.
  if (hit?.id === 'out-of-your-league')
    return withName(
      text,
      "This is a big step up from what you've done so far. What would help you get there?",
    );
  // "Your plan makes no sense.": the writer is not following yet, and asks to be walked through.
  if (hit?.id === 'makes-no-sense') {
    const your = /\byour \w+/i.exec(text.slice(hit.start, hit.end))?.[0].toLowerCase() ?? 'this';
    return withName(text, `I'm not following ${your} yet. Could you walk me through it?`);
  }
  const t = calm(fixI(text)).replace(
    /^\W*(?:honestly|frankly|seriously|look|lol|wow|god|jeez|ugh|yikes|sheesh|geez|man|dude)\b[,!.]?\s*/i,
    '',
  );
  // "table 9's plates were the laziest thing…", "this PR is garbage": the thing judged is the subject.
  const subject =
    /^\W*((?:this|that|the|your|these|those|(?:[\w']+\s+)?[\w']+'s)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(is|are|was|were|looks?|reads?)\b/i.exec(
      t,
    );
  // "whoever taught you SQL should ask for their money back": the reader's SQL is what is judged.
  const taught =
    /\bwho(?:ever)? (?:taught|trained|showed) you (?!to\b|how\b)(.+?) (?:should|needs?|wants?|must|ought|deserves?)\b/i.exec(
      t,
    );
  if (taught)
    return withName(text, `I'm not sure your ${taught[1]} works yet: [concern]. What led you to it?`);
  if (subject && !/\b(?:you|guys|people|team)\b/i.test(subject[1]!)) {
    const noun = subject[1]!.replace(/^(?:this|that)\s+/i, 'this ').replace(/^(?:these|those)\s+/i, 'these ');
    return critique(text, noun, /^(?:are|were)$/i.test(subject[2]!));
  }
  // "5 or 6 of you are…": the people it is about stay named; the judgement goes.
  const who =
    /^\W*((?:\d+\s+or\s+\d+|\d+|some|a few|several|most|half|many|all|two|three|four|five)\s+of\s+you)\b/i.exec(
      t,
    );
  if (who)
    return withName(
      text,
      `I'd like to talk with ${who[1]} about how things are going: [concern]. What would help?`,
    );
  // "You couldn't even format your question?": the least effort, asked for plainly.
  const even =
    /^\W*(?:you|u)\s+(?:couldn't|could not|can't|cannot|didn't|did not|won't)\s+even\s+([a-z][^?!.]*?)\W*$/i.exec(
      t,
    );
  if (even) return withName(text, `Could you ${even[1]}?`);
  // "Even an intern could manage the Q3 report": the work named after the verb stays, the comparison goes.
  const compared = COMPARED_TO.exec(t);
  const work0 = compared && WORK_AFTER.exec(compared[2]!);
  const named = work0?.[0].trim().split(/\s+/) ?? [];
  if (named.length > 1 && !named.some((w) => HARSH_MODIFIER.test(w))) return critique(text, named.join(' '));
  // "a trained parrot would get better CSAT scores than you": the reader's results are what is talked about.
  const theirs = compared && /^((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+than\s+(?:you|u)\b/i.exec(compared[2]!);
  if (theirs) return withName(text, `I'd like to talk about your ${theirs[1]}: [concern]. What would help?`);
  if (compared) return critique(text, 'this');
  // "the ugliest Python code I've ever seen", "a pretty dumb question": the work named inside the verdict.
  const work = WORK_IN.exec(t);
  // "the ugliest Python code I've ever seen": a verdict on how it looks; say it is hard to read.
  if (work && /\b(?:ugl(?:y|ier|iest)|mess(?:y|ier|iest)|unreadable)\b/i.test(work[1]!)) {
    const named = work[1]!.split(/\s+/).filter((w) => w && !judging(w) && !/^(?:ugl|mess|unread)/i.test(w));
    return withName(text, `This ${[...named, work[2]!].join(' ')} is hard to read in places: [concern].`);
  }
  if (work && work[1]!.split(/\s+/).some((w) => HARSH_MODIFIER.test(w))) {
    const words = [...work[1]!.split(/\s+/).filter((w) => w && !judging(w)), work[2]!];
    const plural = /s$/i.test(work[2]!) && !/(?:ss|us|is)$/i.test(work[2]!);
    return critique(text, `${plural ? 'these' : 'this'} ${words.join(' ')}`);
  }
  // "This question seems nonsensical as X": a verdict on what the reader asked; say what is hard to follow,
  // with their "as X" when they gave it.
  const asked = /\b(?:this|the|your|ur) (question|post|comment|answer)\b/i.exec(text);
  if (asked) {
    const as = /\b(?:as|because|since) ([^.!?]{8,}?)[\s.!?]*$/i.exec(text);
    const said = as ? `, as ${as[1]}.` : ': [concern].';
    return withName(text, `I'm not sure I follow the ${asked[1]!.toLowerCase()} yet${said}`);
  }
  if (/\b(?:this|that|it)\b/i.test(text))
    return withName(text, "I'm not sure this works yet: [concern]. What led you to it?");
  return withName(text, "I'd like to talk about how this is going: [concern]. What would help?");
}

/** "I'm relocating your office to the third floor" → "We need to move your office to the third floor". */
function announce(text: string): string {
  // "we will be imposing a no-email day": said to the people it lands on, a plan is introduced, not imposed.
  text = text.replace(
    /\b(impos|enforc)(e|es|ed|ing)\b/gi,
    (_, stem: string, end: string) => matchCase(stem, 'introduc') + end,
  );
  const m = /^(?:I'm|I am|I'll be|I will be|we're|we are)\s+([a-z]+ing)\b(.*)$/i.exec(text);
  if (!m || !/^(?:your|the|our|you|all|everyone)\b/i.test(m[2]!.trim())) return text;
  const verb = infinitive(m[1]!);
  return `We need to ${PLAIN[verb] ?? verb}${m[2]}`;
}

const matchCase = (like: string, word: string) => (/^\p{Lu}/u.test(like) ? upperFirst(word) : word);

/** A scornful word before what it judges ("these absurd constraints"): an open question asks without it. */
const SCORN = new RegExp(
  `\\b(?:${[
    ...WORK_CONTEMPT,
    ...WORK_HARSH,
    ...'absurd silly crazy insane pointless nonsensical bizarre'.split(' '),
  ]
    .filter((w) => !/-/.test(w))
    .join('|')})\\s+(?=[a-z])`,
  'gi',
);

/** "I'm sorry, but you've got to…": the person's situation brushed aside for a request. */
const SORRY_BUT = /\b(?:I'm |I am )?sorry,?\s+but\b/i;

/**
 * The anniversary story: honour what the request costs, give the purpose, ask rather than order, and make
 * it up to them.
 */
function sorryBut(clause: string, explained: boolean): Pick<SentenceOut, 'text' | 'form' | 'invites'> {
  const c = readClause(
    clause.replace(/^(?:I'm |I am )?sorry,?\s+but\s+/i, ''),
    new Set(['obligation', 'bare-command']),
  );
  const why = explained ? '' : " This matters because [reason], and I can't see a way through without you.";
  const when = c.when && new RegExp(`\\b${c.when}\\b`, 'i').test(c.verb) ? ` ${c.when}` : '';
  return {
    text: `I know this is a lot to ask${when}, and I'm sorry to ask.${why} Is there any way you could ${c.verb}? I'll make it up to you.`,
    form: 'obligation',
    invites: true,
  };
}

/** An order, then "or" and what happens to a thing if it is not done (not to the reader: that is a threat). */
const OR_ELSE =
  /^(.*?\S),?\s+or (?:else )?((?:it|this|that|they|the [\w-]+|your [\w-]+) (?:will|'ll|might|may|could|would|is going to|gets?)\b.*)$/i;

/** Build the request clause from its form. `reason` is false when the sentence and its neighbours give none. */
function request(
  c: Clause,
  main: string,
  firm: boolean,
  reason: boolean,
  tie: string,
  suggestion = false,
): string {
  // "…give more information": asking to be told carries its own why (so the writer can follow).
  if (TABLES['cue/information'].test(c.verb)) reason = true;
  const because = reason ? '.' : tie ? `${tie}.` : ', because [reason].';
  const soThat = reason ? '?' : tie ? `${tie}?` : ', so that [reason]?';
  const lead = c.subject ? `${upperFirst(c.subject)}, please` : 'Please';
  // "explain what you want - give an example": two orders set off by a dash are one request with "and".
  c = {
    ...c,
    verb: c.verb
      .replace(/\s+[-–—]\s+([a-z][^-–—]*)$/, (m, tail: string) => (isImperative(tail) ? ` and ${tail}` : m))
      // "check the logs, and don't touch the config": one request, "without touching the config".
      .replace(/,?\s+and (?:don't|do not|dont|never) (?!be\b)([a-z]+)\b/i, (m, v: string) =>
        isImperative(v) ? ` without ${gerund(v)}` : m,
      ),
  };
  // "So use a merge sort.": advice that follows from what was said; offered, it is a question of what works.
  const advice = /^\W*(?:so|then)\b/i.test(main) && /^(?:use|try)\s+([^,;]+?)[\s.!]*$/i.exec(c.verb);
  if (advice && c.form === 'imperative' && !firm && !c.subject) return `Would ${advice[1]} work?`;
  // "state the question more precisely or it will probably be closed": what follows "or" is the why.
  const or = OR_ELSE.exec(c.verb);
  if (or && (c.form === 'imperative' || c.form === 'obligation')) {
    const otherwise = `Otherwise ${stripEnd(or[2]!)}.`;
    return firm || c.subject ? `${lead} ${or[1]}. ${otherwise}` : `Could you ${or[1]}? ${otherwise}`;
  }
  // "Try to get the terminology right": telling someone to be right says they were wrong; ask for a check.
  const right = /^(?:try to |please )?get (?:the|your) ([\w' -]+?) right$/i.exec(stripEnd(c.verb));
  if (right && !firm && !c.subject) return `Could you double-check the ${right[1]}${soThat}`;
  // "figure it out" already rewritten to "let's figure it out together": a proposal, never "Could you let's…".
  if (/^let's\b/i.test(c.verb)) return `${upperFirst(c.verb)}${because}`;
  switch (c.form) {
    case 'negative-order':
      return `${lead} ${c.verb.replace(/^dont\b/i, "don't")}${because}`;
    case 'modal-request':
      return end(upperFirst(stripEnd(main)), soThat);
    case 'imperative':
    case 'obligation':
      if (firm || c.subject) return `${lead} ${c.verb}${because}`;
      // "Profile it and see which one is faster?": a suggestion put as a question only needs the modal.
      if (c.form === 'imperative' && suggestion) return `Could you ${stripEnd(c.verb)}?`;
      return `Could you ${c.verb}${soThat}`;
    default:
      return end(upperFirst(stripEnd(main)), reason ? '.' : ', because [reason].');
  }
}

function askFor(c: Clause, rules: ReadonlySet<RuleId>, text: string): AskKind | undefined {
  if (rules.has('decision-without-input')) return MOVE.test(text) ? 'move' : 'decision';
  if (!REQUEST_FORMS.has(c.form)) return undefined;
  // "…remind everyone to return their forms by Friday": Friday is their deadline, not the reader's.
  const theirs = new RegExp(
    `\\bto (?!(?:the|a|an|my|your|our|their|his|her|its|this|that|these|those|me|us|him|them|everyone|all|each)\\b)[a-z]+\\b.*\\b${c.when}\\b`,
  );
  if (c.when) return theirs.test(c.verb) ? undefined : 'deadline';
  // "Can you please review your question?" already asks; "What would you need to get it done?" after it
  // reads as a second, heavier ask for a small thing.
  if (c.form === 'modal-request') return undefined;
  // "…bring me that file now": a job for this minute needs no planning question after it.
  if (/\b(?:now|right away|immediately|asap|straight away|at once)\b/i.test(c.verb)) return undefined;
  return WORK_VERB.test(c.verb) ? 'work' : undefined;
}

/** One sentence's rewrite. */
export function rewriteSentence(inp: SentenceIn): SentenceOut {
  // Curly apostrophes read as straight ones ("Don’t"); offsets are unchanged (one character each).
  const text = inp.text.replace(/[\u2018\u2019]/g, "'");
  const { parts } = inp;
  // A sentence in brackets or quotes is rebuilt inside them: "(send me the report.)" → "(Could you send…?)".
  const wrap = /^([("“])([\s\S]+)([)"”])$/.exec(text);
  if (wrap) {
    const inner = wrap[2]!;
    const shifted = parts.map((p) => ({
      ...p,
      start: Math.max(0, p.start - 1),
      end: Math.max(0, Math.min(inner.length, p.end - 1)),
    }));
    const out = rewriteSentence({ ...inp, text: inner, parts: shifted });
    return out.text ? { ...out, text: wrap[1] + out.text + wrap[3] } : out;
  }
  // "…define *nested tree* (do you mean subtree?)": the request is rebuilt, the question in brackets follows it.
  const aside = /^(.*[^\s(])\s*(\([^()]*\?\))\s*$/.exec(text);
  if (aside && !wrap) {
    const head = aside[1]!;
    const clipped = parts.map((p) => ({ ...p, end: Math.min(p.end, head.length) }));
    const out = rewriteSentence({ ...inp, text: head, parts: clipped });
    return out.text ? { ...out, text: `${out.text} (${upperFirst(aside[2]!.slice(1, -1))})` } : out;
  }
  const rules = new Set(parts.map((p) => p.rule));
  const explained = inp.reasonNear || hasReason(text);
  const base = { firm: inp.firm || FIRM.test(text), invites: false };
  // "Grow up and fix it": the jab goes, the request stays and is rebuilt like any order (principle 8).
  const jab = JAB_LEAD.exec(text);
  if (jab && !rules.has('threat') && /\w/.test(text.slice(jab[0].length))) {
    const rest = upperFirst(text.slice(jab[0].length));
    const order: Part = { rule: 'bare-command', start: 0, end: rest.length };
    return rewriteSentence({ ...inp, text: rest, parts: [order] });
  }
  if (rules.has('threat')) return { ...base, text: threat(text), form: 'threat', firm: true, invites: true };
  if (rules.has('put-down')) return { ...base, text: putDown(text), form: 'put-down', invites: true };
  if (rules.has('loaded-question'))
    return { ...base, text: loadedQuestion(text), form: 'loaded-question', invites: true };

  // The request clause: the span of the order or obligation findings; the rest of the sentence is kept.
  const req = parts.filter((p) => p.rule === 'bare-command' || p.rule === 'obligation');
  const ms = req.length ? Math.min(...req.map((p) => p.start)) : 0;
  let me = req.length ? Math.max(...req.map((p) => p.end)) : text.length;
  // "You need to send it by …": the blank the writer left belongs to the request.
  if (/^\s*(?:…|\.{3})\s*$/.test(text.slice(me))) me = text.length;
  // Phrase findings the rewrite layer has no entry for keep their rule's own repair.
  const phraseParts = parts.filter(
    (p) =>
      p.rule === 'objectifying' ||
      (p.rule === 'dismissive' &&
        !BRUSH_OFFS.some((e) => e.re.test(text.slice(Math.max(0, p.start - 6), p.end + 60)))),
  );
  if (SORRY_BUT.test(text.slice(0, ms + 1)) && req.length)
    return { ...base, ...sorryBut(text.slice(ms, me), explained) };
  const pre = clean(substitute(text, phraseParts, 0, ms), { whole: false });
  const main = clean(substitute(text, phraseParts, ms, me), { whole: !req.length, main: true });
  const post = clean(substitute(text, phraseParts, me, text.length), { whole: false });
  const firm = base.firm || pre.firm || main.firm || post.firm;
  // "Update the tracker, it's out of date again": the statement spliced on after the request is its why.
  const spliced = /^\W*(?:it's|it is|there's|there (?:is|are|isn't|aren't|really)|that's|this is)\b/i.test(
    post.text,
  );
  const reason = explained || spliced || hasSlot(pre.text + main.text + post.text);
  if (main.alone) return { ...base, firm, text: upperFirst(main.alone), form: 'statement' };

  const c = readClause(main.text, rules);
  // A question the order rule caught ("Have you tried X?", "shouldn't it?"): nothing to rebuild.
  if (req.length && (c.form === 'imperative' || c.form === 'obligation') && NOT_A_VERB.test(c.verb))
    return { ...base, text: null, form: 'question' };
  // A plain statement next door that says why is tied in instead of a blank (principle 3).
  const ctx = inp.context ? fixI(stripEnd(inp.context)) : '';
  // Its first word loses its capital unless it is "I" or a name ("Until now, …" → "until now, …").
  const first = /^[A-Za-z]+\b/.exec(ctx)?.[0] ?? '';
  const tags = [...tagsOf(first.toLowerCase()), ...tagsOf(first.toLowerCase().replace(/s$/, ''))];
  const common =
    first !== 'I' &&
    tags.length > 0 &&
    !tags.some((t) => /Proper|Person|Name|Place|Organization|Day|Month|Acronym/.test(t));
  const said =
    ctx && (common || /^(?:The|Our|My|We|It|They|There|This|That|These|Those|Its|Your)\b/.test(ctx))
      ? lowerFirst(ctx)
      : ctx;
  // "since" when the engine reads it as a cause ("since the auditors arrive"); "because" when it would not.
  const tie = said ? (hasReason(`x, since ${said}`) ? `, since ${said}` : `, because ${said}`) : '';
  let body: string;
  // An order put as a question, with nothing else wrong in the sentence, is a suggestion.
  const suggestion = /\?\W*$/.test(main.text) && rules.size === 1;
  // An already polite request after a statement of the situation is left as it is (principle 11): the
  // statement is the why a reader takes from it ("I noticed the totals differ. Could you update them?").
  if (req.length && c.form === 'modal-request' && !reason && inp.situation)
    return { ...base, text: null, form: c.form };

  if (req.length) body = request(c, main.text, firm, reason, tie, suggestion);
  else if (rules.has('decision-without-input'))
    body = end(
      upperFirst(announce(stripEnd(main.text))),
      reason ? '.' : tie ? `${tie}.` : ', because [reason].',
    );
  else {
    // Jabs, shouting, objectifying, urgency on a statement: the statement, repaired, with a reason if it asks.
    // A decision the draft says is fixed keeps its firmness and gains the why (principle 6).
    const asks =
      rules.has('urgency') ||
      main.firm ||
      // "I have to ask: …" is the writer's own aside, not a demand.
      (/\b(?:(?:needs? to|has to|have to|must)(?! (?:ask|say|admit|confess|wonder|point out)\b)|should|please|pls)\b/i.test(
        main.text,
      ) &&
        // "I think we must sort the group first": the writer's view, put forward to be checked.
        !/^\W*I (?:think|believe|guess|suppose|reckon|feel)\b/i.test(main.text));
    // "hahah!!" and "It works!!" are glad, not loud: only their stacked marks go, one "!" stays.
    const glad =
      rules.size === 1 && rules.has('shouting') && !(text.match(/\b[A-Z][A-Z'-]+\b/g) ?? []).some(isShout);
    const mark = /\?\W*$/.test(main.text)
      ? '?'
      : /!\W*$/.test(text) && (glad || !rules.has('shouting'))
        ? '!'
        : '.';
    // "*windowed mode!?*": stress around stacked marks goes with them. A shouted question, calmed, asks: it
    // gets no "because".
    const spoken = rules.has('shouting') ? withoutStress(main.text) : main.text;
    body = end(
      upperFirst(stripEnd(spoken)),
      asks && !reason && !(mark === '?' && rules.size === 1 && rules.has('shouting'))
        ? `${tie || ', because [reason]'}${mark}`
        : mark,
    );
  }

  // Rejoin: a vocative or subordinate lead-in joins the clause; a full clause before it stands alone.
  const lead = tidy(pre.text);
  const origLead = text.slice(0, ms).trim();
  let out = body;
  if (lead && !HEDGE.test(origLead)) {
    const name = /^\p{Lu}\p{Ll}+$/u.test(origLead);
    // "It's not hard to, say, …", "in the moment you need to…": cut there, both halves would be fragments.
    const frame = FRAME_THAT.exec(origLead);
    if (frame) out = `${upperFirst(frame[1]!)}: ${lowerFirst(body)}`;
    // "Note: …", "**Update:** …": a label stays a label.
    else if (LABEL.test(origLead)) out = `${origLead} ${body}`;
    else if (!name && DANGLING.test(origLead)) return { ...base, text: null, form: c.form };
    else if (
      name ||
      (JOINS.test(origLead) && /[,:—–-]$/.test(origLead)) ||
      PHRASE_LEAD.test(origLead) ||
      TIME_PLACE_LEAD.test(origLead) ||
      (/,$/.test(origLead) &&
        SUBORDINATE.test(
          origLead
            .slice(0, -1)
            .split(/,\s+|\s*(?:\.{3}|…)\s*/)
            .pop()!,
        ))
    )
      out = `${upperFirst(lead)}, ${lowerFirst(body)}`;
    else out = `${end(upperFirst(lead.replace(/\s+(?:but|and|so)$/i, '')), '.')} ${body}`;
  }
  const tail = tidy(post.text);
  if (tail && /[\p{L}\p{N}]/u.test(tail))
    out = `${out} ${end(upperFirst(tail), /\?\W*$/.test(post.text) ? '?' : '.')}`;
  const ask = askFor(c, rules, text);
  return {
    ...base,
    firm,
    tied: !!tie && out.includes(tie),
    text: out,
    form: req.length ? c.form : rules.has('decision-without-input') ? 'announcement' : c.form,
    ask,
    when: c.when ?? timeOf(text),
    invites: false,
  };
}
