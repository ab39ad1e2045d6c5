/**
 * Message-level cues, read sentence by sentence (coaching-model.md, "Message level"): does a sentence
 * give a reason, invite a response, acknowledge the reader, offer support, share ownership, or ask.
 */
import nlp from './nlp';
import { isBaseVerb, tagsOf } from './grammar';
import { TABLES } from './patterns';

const LOADED = [TABLES['loaded-question/control-check'], TABLES['loaded-question/accusing']];

/** Courtesy and offer imperatives: they ask no work of the reader. */
export const COURTESY = TABLES['cue/courtesy'];

export interface SentenceCues {
  explains: boolean;
  invites: boolean;
  acknowledges: boolean;
  supports: boolean;
  shares: boolean;
  /** A polite request or proposal aimed at the reader ("Could you…?", "Can we…", "I'd like to move…"). */
  requests: boolean;
}

const REASON_CUE = TABLES['cue/reason'];
const PROBLEM = TABLES['cue/problem'];
/** "since" as a cause, not a time: "since the trucks arrive at 7", not "since Monday". */
const SINCE_CAUSE = new RegExp(
  '\\bsince (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this|' +
    'then|\\d|january|february|march|april|may|june|july|august|september|october|november|december|' +
    "early|the (?:start|beginning|end|last|first)|[a-z]+ing)\\b)[\\w'-]+\\s+[\\w'-]+",
  'gi',
);
/** "so" + subject + verb within a few words: "so finance can close", "so night staff aren't hunting". */
const SO_CLAUSE = new RegExp(
  '\\bso (?!much|many|far|sorry|glad|happy|proud|good|great|excited|grateful|thankful|tired|busy|' +
    "quick|fast|yes|no\\b)(?:[\\w'-]+\\s+){0,4}?(?:can|could|will|won't|would|wouldn't|isn't|aren't|" +
    "don't|doesn't|didn't|have|has|get|gets|need|needs|know|knows|stay|stays|keep|keeps|is|are|'ll|" +
    "'re|'s)\\b",
  'i',
);
/** Purpose: "to VERB" not governed by a verb that takes an infinitive ("need to", "want to"). */
const TO_VERB = /\b(?:([\w']+)\s+)?([\w']+),?\s+to\s+([a-z]+)\b(?:\s+([\w']+))?/gi;
const TAKES_INFINITIVE = new Set(
  `hard easy difficult tough tricky important essential vital crucial necessary possible impossible simple
  quick safe fine okay ok enough too
  capacity bandwidth ability permission opportunity loaned lent assigned seconded transferred posted
  allocated sent moved not go goes went come comes coming sent send sends back return returns move moves
  moved forward forwarded deliver delivered bring brought take taken took belong belongs next up down over
  need needs needed want wants wanted expect expects told tell tells remind reminded require requires
  allow get gets have has had got going gonna able expect expected ask asked like love hate try trying
  tried care cares plan planning planned hope hoping remember forget used supposed meant required allowed sure
  decided wish wishing wanting intend intending aim aiming looking needing willing eager unable likely
  agreed refuse start begin continue seem seems tend happy glad sorry ready afraid free welcome time
  chance way how what where when whether reminder due set about like'd prefer wish going has have is are
  was were am be 's you him her them me us it someone anyone everyone somebody anybody nobody team staff`.split(
    /\s+/,
  ),
);

/** Verbs whose object is told to do something ("asking all staff with X to work"): the "to" is theirs. */
const OBJECT_CONTROL = new RegExp(
  '\\b(?:ask|asking|asked|require[sd]?|requiring|expect(?:s|ed|ing)?|want(?:s|ed)?|need(?:s|ed)?|' +
    'tell(?:s|ing)?|told|remind(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|allow(?:s|' +
    'ed|ing)?|forc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?|' +
    "permit(?:s|ted|ting)?)\\b(?:\\s+[\\w'-]+){1,7}\\s*$",
  'i',
);

/** A question that wants the reader's view names the reader or the work, or opens with a question word. */
const ADDRESSED_QUESTION = new RegExp(
  '\\b(?:you|your|u|ur|we|us|our|anyone|anybody|thoughts|ideas|objections|concerns)\\b|' +
    '(?:^|[,;:—–-]\\s*)\\W*(?:what|how|when|where|which|who|why|is|are|was|were|does|do|did|can|could|' +
    'would|will|should|shall|has|have|any)\\b|' +
    '\\b(?:realistic|doable|feasible|possible|manageable|achievable|workable|reasonable|fair|ok|' +
    'okay)\\b[^.!?]*\\?',
  'i',
);

const INVITE = TABLES['cue/invite'];

const ACKNOWLEDGE = TABLES['cue/acknowledge'];

const SUPPORT = TABLES['cue/support'];

const SHARE = /\b(?:we|we're|we'll|we've|let's|lets|together|our|ours|us)\b/i;

const POLITE_REQUEST = TABLES['cue/request'];

/**
 * "since the trucks arrive at 7" is a cause; "since Monday" and "since the 2pm deploy" are times.
 * A verb in the since-clause makes it a cause, unless it is a noun-like last word after a determiner.
 */
function sinceIsCause(s: string): boolean {
  if (!/\bsince\b/i.test(s)) return false;
  if (
    /\bsince (?:I|I'm|I've|we|we're|we've|you|you're|they|they're|he|she|it's|there's|there are)\b/i.test(s)
  )
    return true;
  for (const m of s.matchAll(SINCE_CAUSE)) {
    const clause = s
      .slice(m.index + 6)
      .split(/[,.;!?—–]/)[0]!
      .trim();
    const words = clause.split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase();
    // An auxiliary before the clause's last word ("since costs are rising") settles it without the tagger,
    // which costs ~2 ms a clause and is paid on every key while the clause is being typed.
    if (words.slice(0, -1).some((w) => AUXILIARY.test(w))) return true;
    const verbs = nlp(clause).verbs().out('array') as string[];
    const nounLike = verbs.length === 1 && verbs[0]!.toLowerCase() === last && words.length <= 4;
    if (verbs.length && !nounLike) return true;
  }
  return false;
}

const AUXILIARY = new RegExp(
  '^(?:is|are|was|were|am|been|has|have|had|does|did|will|would|can|could|should|shall|must|might|' +
    "(?:is|are|was|were|has|have|had|does|do|did|wo|would|ca|could|should)n't)$",
  'i',
);

/** A rewrite's blank and the cue that introduces it ("because [reason]"): a slot is never a reason. */
const SLOT = /(?:\b(?:because|so that|since|as|so)\s+)?\[[^\]\n]{1,40}\]/gi;
/** Words that look like reasons but only close the subject ("because I said so, that's why"). */
const NON_REASON = /\bbecause I said so(?:,?\s*that's why)?|\bthat's (?:just )?(?:how|the way) it is\b/gi;
/**
 * What the writer cannot do, said plainly, is the why of a request next to it: "I don't understand the
 * question. Could you give an example?"
 */
const WRITER_NEED = new RegExp(
  String.raw`^\W*(?:(?:however|but|and|still|also|sorry),?\s+)?` +
    String.raw`(?:I (?:still )?(?:don't|do not|can't|cannot) (?:understand|see|tell|follow|find|get)|I'm (?:confused|lost|not following)|` +
    String.raw`I'm having (?:some )?(?:difficulty|trouble|a hard time)|it's not clear|it is not clear|not sure what you mean)\b`,
  'i',
);
/** "based on security concerns", "for safety reasons": a cause named as a phrase. */
const CAUSE_PHRASE = new RegExp(
  '\\b(?:based on|owing to|in light of|on the advice of|following)\\s+(?:\\w+\\s+){0,3}?(?:concerns?|' +
    'feedback|advice|data|results|findings|review|audit|guidance|complaints|incidents?|risks?)\\b',
  'i',
);

/**
 * Per-sentence memo: the rules, the message gates and the rewrite layer all ask about the same sentences,
 * and on a keystroke only the edited sentence is new.
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = fn(s);
      if (seen.size > 4000) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

export const hasReason = memo(reasonIn);

function reasonIn(text: string): boolean {
  const s = text.replace(SLOT, ' ').replace(NON_REASON, ' ');
  if (CAUSE_PHRASE.test(s) || WRITER_NEED.test(s)) return true;
  // A problem reported ("I noticed the totals differ from the forecast") is why its fix is asked.
  if (REASON_CUE.test(s) || PROBLEM.test(s) || SO_CLAUSE.test(s) || sinceIsCause(s)) return true;
  for (const m of s.matchAll(TO_VERB)) {
    // "need it to be", "asked Sam to send": the infinitive belongs to the verb two words back.
    const [w1, w2] = [m[1]?.toLowerCase() ?? '', m[2]!.toLowerCase()];
    const lead = s
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/[,;:.!?]/)
      .pop()!;
    const governed =
      TAKES_INFINITIVE.has(w2) ||
      OBJECT_CONTROL.test(lead) ||
      (TAKES_INFINITIVE.has(w1) &&
        /^(?:it|this|that|these|those|them|him|her|us|me|everyone|someone)$/.test(w2));
    if (
      !governed &&
      isBaseVerb(m[3]!.toLowerCase(), m[4]?.toLowerCase()) &&
      m.index + (m[1]?.length ?? 0) > 3
    )
      return true;
  }
  // "…tonight so customers stop seeing it": "so" + a subject is a purpose; "so tired" is not.
  for (const m of s.matchAll(/\bso\s+([a-z]+)('\w+)?(?:\s+([a-z]+))?/gi)) {
    // "…, so you'll be one down" is a result, not a reason.
    if (/^'ll$/i.test(m[2] ?? '') || /^(?:will|'ll)$/i.test(m[3] ?? '')) continue;
    const tags = tagsOf(m[1]!.toLowerCase());
    // "so readers see it first": an unknown noun, then a verb.
    if (!tags.length && m[3] && tagsOf(m[3].toLowerCase()).includes('Infinitive')) return true;
    if (
      /^(?:i|we|you|they|he|she|it|everyone|everybody|nobody|people|the|our|your|their|my|this|that|these|those)$/i.test(
        m[1]!,
      )
    )
      return true;
    if (
      tags.some((t) => /Plural|Singular|ProperNoun|Person|Organization/.test(t)) &&
      !tags.some((t) => /Adjective|Adverb/.test(t))
    )
      return true;
  }
  return false;
}

/** A question mark, or a chat question without one ("does that work"). */
export function isQuestion(s: string): boolean {
  return /\?\s*\W*$/.test(s) || /\?/.test(s);
}

const REQUEST_QUESTION = new RegExp(
  '^\\W*(?:\\w+[,:]\\s*)?(?:(?:could|can|would|will)\\s+(?:you|u|one of you|either of you|whoever\\S*)|' +
    '(?:any chance|is there any way) (?:you|u) (?:could|can)|would you mind|do you mind|' +
    'would it be possible (?:for you )?to)\\s+(?:please\\s+|pls\\s+|just\\s+|also\\s+)?(?!think|' +
    'let me know|imagine|have (?:the )?time|be (?:free|around|available|up for|willing)|do (?:it|' +
    'that|this)\\b|fit (?:it|that|this) in|manage (?:it|that)|make (?:it|that))',
  'i',
);

const INFORMATION = TABLES['cue/information'];
/** "Could you clarify…?", "Please tell us more…": a polite ask for what the reader knows, not a task. */
function asksToTell(s: string, rq: RegExpExecArray | null): boolean {
  const lead = rq ?? /^\W*(?:\w+[,:]\s*)?(?:please|pls|plz|kindly)\s+/i.exec(s);
  return !!lead && INFORMATION.test(s.slice(lead[0].length));
}

/** Invitations to socialise are not requests: "let's grab lunch". */
const SOCIAL = TABLES['cue/social'];

/** Out-of-office redirects: "For anything urgent, please contact Dana" asks nothing of the reader. */
const REDIRECT =
  /^\W*(?:for (?:anything|any|urgent|questions|queries|help|support)|if (?:it's|it is) urgent|in (?:an|case of) emergenc)/i;

export const sentenceCues = memo(cuesOf);

function cuesOf(s: string): SentenceCues {
  // In chat an emoji ends a thought: "NEW MENU FRIDAY 🎉 who wants to do the notes?" asks in its last part.
  const tail = s
    .split(/\p{Extended_Pictographic}/u)
    .pop()!
    .trim();
  if (tail && tail !== s.trim() && /[a-z]/i.test(tail)) {
    const whole = cuesOf(s.replace(/\p{Extended_Pictographic}/gu, ' '));
    const last = cuesOf(tail);
    return { ...whole, invites: whole.invites || last.invites, requests: whole.requests || last.requests };
  }
  const question = isQuestion(s);
  // "Could you send the figures?" is a request, not an invitation; other questions ask for the reader's view.
  // …unless it asks the reader to tell ("Could you clarify what you mean?"): that wants their view.
  const rq = REQUEST_QUESTION.exec(s);
  const tells = asksToTell(s, rq);
  const requestQuestion = !!rq && !tells;
  // "WHO BROKE THE BUILD?!" and "why isn't this done?" scold; they do not ask for a view.
  const rhetorical =
    LOADED.some((t) => t.test(s)) ||
    /^\W*why\b.*\b(?:not|n't)\b/i.test(s) ||
    /\?!|!\?|\?\?/.test(s) ||
    /^\W*who\s+(?:left|broke|took|moved|forgot|did|put|used|ate|leaves|keeps)\b/i.test(s) ||
    /\b[A-Z]{2,}\s+[A-Z]{2,}\b[^a-z]*\?/.test(s);
  return {
    explains: hasReason(s),
    // A question is an invitation only when it wants the reader's view: not a loaded one, not an echo ("Really?").
    invites: INVITE.test(s) || (question && !requestQuestion && !rhetorical && ADDRESSED_QUESTION.test(s)),
    acknowledges: ACKNOWLEDGE.test(s),
    supports: SUPPORT.test(s),
    shares: SHARE.test(s),
    requests:
      POLITE_REQUEST.test(s) &&
      !SOCIAL.test(s) &&
      !REDIRECT.test(s) &&
      !TABLES.gift.test(s) &&
      (/^\W*let'?s\b/i.test(s) || !COURTESY.test(s.replace(/^\W*(?:please|pls|plz|kindly)\s+/i, ''))),
  };
}
