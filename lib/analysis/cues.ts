/**
 * Message-level cues, read sentence by sentence (coaching-model.md, "Message level"): does a sentence
 * give a reason, invite a response, acknowledge the reader, offer support, share ownership, or ask.
 */
import nlp from 'compromise';
import { isBaseVerb, tagsOf } from './grammar';
import { TABLES } from './patterns';

const LOADED = [TABLES['loaded-question/control-check'], TABLES['loaded-question/accusing']];

/** Courtesy and offer imperatives: they ask no work of the reader. */
export const COURTESY =
  /^(?:let (?:me|us) know|let's|lets\b|let me\b|feel free|have (?:a|an)\s+(?:\w+\s+){0,2}(?:day|weekend|week|evening|night|time|trip|holiday|vacation|break|one|birthday|rest)|have fun|break a leg|(?:just )?say (?:the word|if|and)|take (?:a look )?(?:when|whenever|if) you|take your time|come (?:and )?(?:find|see|grab|talk to) me|have a look (?:when|whenever|if)|(?:just )?ask(?: away| me)?\W*$|give (?:me|us) a shout|go (?:team|[a-z]+s)\W*$|take (?:all |as much |whatever )?(?:the )?time (?:you need|off)|look after yourself|take care of yourself|take care|take (?:the|a) (?:day|afternoon|morning|evening|rest of) |see (?:attached|below|above|the attached|you|u\b|ya)|enjoy|don't hesitate|do not hesitate|don't worry|(?:don't|do not) (?:give|think|stress|rush|feel bad|apologi[sz]e|sweat)|no worries|reach out if|keep up the|hang in there|rest up|get well|congrat|welcome|meet |say hi|stay (?:safe|warm|dry|tuned|healthy)|sleep well|drive safe|travel safe|excuse|forgive|pardon|bear with|thank|cheers|imagine|guess what|trust me|help yourself|go home|grab (?:a|some) (?:coffee|lunch|food|snack|cake|drink|bite)|treat yourself|come (?:join|celebrate|say)|join us|ask me (?:if|anything)|(?:ping|call|text|message|email|find|grab|ask) me if|shout if|holler if|count me in|sign me up|disregard|(?:please )?advise if|tell me (?:honestly |frankly )?(?:by \w+ )?(?:if|whether)|tell me (?:honestly |frankly )?(?:by \w+ )?(?:if|whether|what|how)|if (?:it's|that's|this is) a problem|(?:please )?find (?:attached|enclosed)|(?:please )?be advised|(?:please )?join (?:me|us) in|please welcome|help me welcome|give it up for|raise a glass|ignore (?:my|the) (?:last|previous)|look forward|note that|remember,|check out (?:the|these|this) (?:photos|pics|pictures|video)|look at (?:this|these|that))/i;

export interface SentenceCues {
  explains: boolean;
  invites: boolean;
  acknowledges: boolean;
  supports: boolean;
  shares: boolean;
  /** A polite request or proposal aimed at the reader ("Could you…?", "Can we…", "I'd like to move…"). */
  requests: boolean;
}

const REASON_CUE =
  /\b(?:because(?! I said so)|cause|cos|cuz|so that|in order to|in order for|,\s+as\s+(?=(?:the|a|an|our|your|their|my|we|i|you|they|he|she|it|this|that|there)\s+\w+)|^\W*(?:it's|it is|this is|that's|they're|these are) (?:for|so|because)\b|\b(?:needs?|wants?|uses?|requires?) (?:it|them|this|these|that|those) (?:for|to|before)\b|,\s+so\s+(?:please|pls|kindly|can you|could you|we can|we could|I can|I could|we'll|I'll|we need|I need|use|grab|take|bring|try)\b|the reason|reason being|which is why|that's why|that way|otherwise|this (?:will|should|would|helps?) (?:help|let|mean|make|keep|give|allow|save)|to make sure|to ensure|to avoid|to prevent|(?<!(?:is|are|was|were|be|'s|'re) )due to|given that|as a result|for (?:safety|compliance|legal|security) reasons|now that|so (?:we|i|you|they|he|she|it|everyone|nobody|no one|the team) (?:can|could|will|won't|don't|aren't|have|get|know|are|'ll|'re))\b/i;
/** "since" as a cause, not a time: "since the trucks arrive at 7", not "since Monday". */
const SINCE_CAUSE =
  /\bsince (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this|then|\d|january|february|march|april|may|june|july|august|september|october|november|december|early|the (?:start|beginning|end|last|first)|[a-z]+ing)\b)[\w'-]+\s+[\w'-]+/gi;
/** "so" + subject + verb within a few words: "so finance can close", "so night staff aren't hunting". */
const SO_CLAUSE =
  /\bso (?!much|many|far|sorry|glad|happy|proud|good|great|excited|grateful|thankful|tired|busy|quick|fast|yes|no\b)(?:[\w'-]+\s+){0,4}?(?:can|could|will|won't|would|wouldn't|isn't|aren't|don't|doesn't|didn't|have|has|get|gets|need|needs|know|knows|stay|stays|keep|keeps|is|are|'ll|'re|'s)\b/i;
/** Purpose: "to VERB" not governed by a verb that takes an infinitive ("need to", "want to"). */
const TO_VERB = /\b(?:([\w']+)\s+)?([\w']+),?\s+to\s+([a-z]+)\b(?:\s+([\w']+))?/gi;
const TAKES_INFINITIVE = new Set(
  `capacity bandwidth ability permission opportunity loaned lent assigned seconded transferred posted allocated sent moved not go goes went come comes coming sent send sends back return returns move moves moved forward forwarded deliver delivered bring
  brought take taken took belong belongs next up down over need needs needed want wants wanted expect expects told tell tells remind reminded require requires allow get gets have has had got going gonna able expect expected ask asked like love hate
  try trying tried plan planning planned hope hoping remember forget used supposed meant required allowed sure decided
  wish wishing wanting intend intending aim aiming looking needing willing eager unable likely
  agreed refuse start begin continue seem seems tend happy glad sorry ready afraid free welcome time chance way how what
  where when whether reminder due set about like'd prefer wish going has have is are was were am be 's you him her them me us it someone anyone
  everyone somebody anybody nobody team staff`.split(/\s+/),
);

/** Verbs whose object is told to do something ("asking all staff with X to work"): the "to" is theirs. */
const OBJECT_CONTROL =
  /\b(?:ask|asking|asked|require[sd]?|requiring|expect(?:s|ed|ing)?|want(?:s|ed)?|need(?:s|ed)?|tell(?:s|ing)?|told|remind(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|allow(?:s|ed|ing)?|forc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?|permit(?:s|ted|ting)?)\b(?:\s+[\w'-]+){1,7}\s*$/i;

/** A question that wants the reader's view names the reader or the work, or opens with a question word. */
const ADDRESSED_QUESTION =
  /\b(?:you|your|u|ur|we|us|our|anyone|anybody|thoughts|ideas|objections|concerns)\b|(?:^|[,;:—–-]\s*)\W*(?:what|how|when|where|which|who|why|is|are|was|were|does|do|did|can|could|would|will|should|shall|has|have|any)\b|\b(?:realistic|doable|feasible|possible|manageable|achievable|workable|reasonable|fair|ok|okay)\b[^.!?]*\?/i;

const INVITE =
  /\b(?:pushing it|too soon|too early|asking too much)\b|\b(?:could|can|would) you (?:let me know|tell me)\b[^?]{0,40}\b(?:if|whether)\b|^\W*who(?:'s| is)? (?:can|could|free|available|up for|wants?|willing|able|in)\b|\b(?:(?:can|could) (?:anyone|anybody|someone|somebody)|would (?:any|some|one|either|a couple) of (?:you|your)|let me know who|what do you think|what are your thoughts|thoughts\s*\?|any (?:thoughts|concerns|objections|ideas|feedback|issues|problems|suggestions)|(?<!(?:have|are) )any questions|how does (?:that|this) sound|does (?:that|this|it) (?:work|sound|suit|fit|make sense)|would (?:that|this|it) (?:work|be ok|be okay|be possible|suit)|(?:is|would) (?:that|this|it|[\w' ]{1,30}) (?:doable|realistic|possible|feasible|ok|okay|too tight|too much|manageable|a problem|an issue)|let (?:me|us) know (?!if (?:you have|there are) (?:any )?(?:other |more |further )?questions)(?:if|what|how|whether|your)|(?:please )?advise if|tell me (?:if|what|how)|i'd (?:love|like) (?:to hear|your (?:input|view|take|thoughts))|open to (?:ideas|suggestions|other)|happy to (?:talk|discuss|hear)|can we (?:talk|discuss|chat|meet|go over|find)|(?:can anyone|could anyone|is anyone|anyone) (?:can|could|able|free|available|up for|want|willing)|how do you feel|what would (?:you need|help|work)|i'd rather hear|(?<!not )up for discussion|would you be (?:ok|okay|happy|comfortable|open)|are you (?:ok|okay|happy|comfortable|open|free|able)|does (?:that|this|the timing|the plan|anything) (?:cause|create)|what (?:works|suits) (?:for )?you|when (?:works|suits|would work)|your (?:thoughts|input|view|take)\b)/i;

const ACKNOWLEDGE =
  /\b(?:thanks|thank you|thank u|thx|ty|appreciate|grateful|great (?:work|job)|well done|nice work|good work|amazing work|kudos|shout-?out|proud of|i know (?:this|it|that|you|how|some|several|many|the)|i reali[sz]e|i understand|i hear you|i get (?:it|that)|sorry (?:for|about|that|to)|apologies|i owe you|you(?:'ve| have) been|you must be (?:exhausted|tired|busy|swamped))\b/i;

const SUPPORT =
  /\b(?:how can i help|what (?:do )?you need|let me know (?:what|if) you need|if you need (?:anything|help|a hand|me|it|more)|happy to help|i(?:'ll| will| can) (?:help|cover|bring|sort|handle|take care|find|set|ask|book|arrange|make|get|pair|walk|free|clear|pick up|back you|support|do)|i(?:'ve| have) (?:asked|arranged|booked|scheduled|blocked|set up|added|cleared|moved|sorted|left|got)|my door is open|here (?:if|to help)|has a [\w\s-]{1,30}guide|protected time|let me know if anything is (?:blocking|in the way))\b/i;

const SHARE = /\b(?:we|we're|we'll|we've|let's|lets|together|our|ours|us)\b/i;

const POLITE_REQUEST =
  /\b(?:could|can|would|will) (?:you|u|we|someone|somebody|anyone|anybody|everyone|y'all|one of you|either of you|whoever|(?:a couple|a few|some|any|two|each|all|both) of you)\b|\bI(?:'d| would) like (?:the|your|a|an|it|this|that|those|these|everyone|all)\b|\b(?:we|i) need (?:a few |some |\d+ |two |three )?(?:more|extra) \w+|\b(?<!(?:no|don't|doesn't|not) )(?:needs|has) to (?:be|stay|come|go|get)\b|\b[a-z]+[^su\W]s (?:need|have) to (?:be|stay|come|go|get)\b|\b(?:can't|cannot|mustn't|must not) be (?:left|used|taken|moved|parked|kept|shared|opened|propped)\b|\b(?:is|are) (?:not )?to be\b|\b(?:any chance|would you mind|do you mind)\b|\bwould (?:any|some|one|either|a couple) of (?:you|your)\b|\bI (?:want|need) (?:the|your|a|an|this|that|it|them|all)\b|\b(?:please|pls|plz|kindly)\b|\bi(?:'d| would) (?:like|love|appreciate) (?:you|it if|to (?:move|change|switch|cancel|shift|try|start|have|ask))|\bi(?:'m| am) (?:planning|thinking|hoping|proposing|going) to\b|\bi(?:'d| would) like to (?!thank|say|welcome|congratulate|introduce|share|let|wish|remind|acknowledge|recogni[sz]e|give a shout)\w+|\bi(?:'m| am) thinking (?:we|of|about)\b|\bI(?:'m| am)? (?:propos|suggest)(?:e|ing)? (?:that|we)\b|^\W*thinking (?:of|about) \w+ing\b|\b(?:how about|what if) we\b|\bi(?:'d| would) love (?:someone|somebody|you|a volunteer|for (?:you|someone)|(?:a|some|a couple of|a few|\d+|two|three) (?:volunteers?|helpers?|hands|people)|[\w']+(?: [\w']+)? to \w+|it if)\b|\bI (?:was )?wonder(?:ed|ing) (?:if|whether)\b|\bI'm wondering (?:if|whether)\b|\breminder to \w+|\bI(?:'d| would) like (?:us|you|everyone|the team|all of you) to\b|\bwould (?:[\w']+\s+){1,5}be (?:possible|ok|okay|doable)\b|\bwould (?:[\w']+\s+){1,4}work for (?:you|everyone|the team)\b|\bI need (?:the|your|a|an|this|that|those|these|it|them|all|everyone|someone|somebody)\b|\b(?:could|can|may) I (?:borrow|have|get|grab|ask|steal|book)\b|\blet's\b|^\W*who (?:can|could|wants|is free)\b|\bneed (?:someone|somebody|a volunteer|volunteers|help)\b/i;

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
    const verbs = nlp(clause).verbs().out('array') as string[];
    const last = words[words.length - 1]?.toLowerCase();
    const nounLike = verbs.length === 1 && verbs[0]!.toLowerCase() === last && words.length <= 4;
    if (verbs.length && !nounLike) return true;
  }
  return false;
}

/** A rewrite's blank and the cue that introduces it ("because [reason]"): a slot is never a reason. */
const SLOT = /(?:\b(?:because|so that|since|as|so)\s+)?\[[^\]\n]{1,40}\]/gi;
/** Words that look like reasons but only close the subject ("because I said so, that's why"). */
const NON_REASON = /\bbecause I said so(?:,?\s*that's why)?|\bthat's (?:just )?(?:how|the way) it is\b/gi;
/** "based on security concerns", "for safety reasons": a cause named as a phrase. */
const CAUSE_PHRASE =
  /\b(?:based on|owing to|in light of|on the advice of|following)\s+(?:\w+\s+){0,3}?(?:concerns?|feedback|advice|data|results|findings|review|audit|guidance|complaints|incidents?|risks?)\b/i;

export function hasReason(text: string): boolean {
  const s = text.replace(SLOT, ' ').replace(NON_REASON, ' ');
  if (CAUSE_PHRASE.test(s)) return true;
  if (REASON_CUE.test(s) || SO_CLAUSE.test(s) || sinceIsCause(s)) return true;
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

const REQUEST_QUESTION =
  /^\W*(?:\w+[,:]\s*)?(?:(?:could|can|would|will)\s+(?:you|u|one of you|either of you|whoever\S*)|(?:any chance|is there any way) (?:you|u) (?:could|can)|would you mind|do you mind|would it be possible (?:for you )?to)\s+(?:please\s+|pls\s+|just\s+|also\s+)?(?!think|let me know|imagine|have (?:the )?time|be (?:free|around|available|up for|willing)|do (?:it|that|this)\b|fit (?:it|that|this) in|manage (?:it|that)|make (?:it|that))/i;

/** Invitations to socialise are not requests: "let's grab lunch". */
const SOCIAL =
  /\blet'?s\s+(?:grab|get|have|go (?:for|out|to))\s+(?:a\s+|some\s+)?(?:lunch|coffee|dinner|breakfast|drinks?|a drink|beers?|a bite|food|pizza|tacos|cake)|\blet'?s\s+(?:celebrate|catch up|hang out|chat soon)/i;

/** Out-of-office redirects: "For anything urgent, please contact Dana" asks nothing of the reader. */
const REDIRECT =
  /^\W*(?:for (?:anything|any|urgent|questions|queries|help|support)|if (?:it's|it is) urgent|in (?:an|case of) emergenc)/i;

export function sentenceCues(s: string): SentenceCues {
  const question = isQuestion(s);
  // "Could you send the figures?" is a request, not an invitation; other questions ask for the reader's view.
  const requestQuestion = REQUEST_QUESTION.test(s);
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
      (/^\W*let'?s\b/i.test(s) || !COURTESY.test(s.replace(/^\W*(?:please|pls|plz|kindly)\s+/i, ''))),
  };
}
