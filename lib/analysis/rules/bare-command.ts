import { COURTESY } from '../cues';
import { LABEL_BEFORE_COLON, nounPhraseQuestion, startsImperative, tagsOf } from '../grammar';
import { infinitive } from '../rewrite/forms';
import { TABLES } from '../patterns';
import {
  insideQuote,
  toClauseEnd,
  type Candidate,
  type Rule,
  type SentenceView,
  type RuleExamples,
} from './rule';

/** A conditional offer: "Call me if you get stuck." */
const OFFER_IF = /\bif (?:you|anything|something|there's anything|there is anything|needed)\b/i;

/** Interjections and vocatives before the verb: outside the finding ("hey, could you…"). */
const INTERJECTION = new RegExp(
  [
    // "Hmmm... it works": a sound of thought or surprise, trailing off, leads nothing.
    '^(?:(?:h+m+|a+h+|o+h+|huh|wow|whoa|ooh|yay|ugh|um+|uh+|er+m*)\\s*(?:\\.{2,}|…|!+)\\s*|',
    '(?:oh|hey|hi|btw|fyi|ok|okay|so|wait|look|listen|wow|right|well|actually|honestly|guys|folks|team|all|',
    'yes|no|sure|(?:good )?(?:morning|afternoon|evening)(?: all| team| everyone| folks| guys)?)\\s*[,:!]\\s*|',
    "(?:oh|hey|btw|fyi|sry|soz|sorry)\\s+|(?:mr|mrs|ms|miss|dr)\\.?\\s+[a-z'-]+,?\\s+(?=(?:can|could|would|will|please|pls)\\b)|",
    // "Makholm- that does not seem obvious": a name set off by a dash.
    '\\p{Lu}\\p{Ll}+\\s*[-–—]\\s+)+',
  ].join(''),
  'iu',
);
/** Softeners stay inside the finding: the rewrite replaces them. */
const LEAD = /^(?:(?:please|pls|plz|kindly|just|also|and|then|so|ok|okay|now|quickly|again)\b[,:]?\s+)+/i;
const ASK = new RegExp(
  // "would you mind" first: "Would you" alone would leave "mind explaining…" as the thing asked.
  "^(?:would you mind|do you mind|(?:can|could|would|will)\\s+(?:you|u|one of you|either of you|whoever(?:'s| is)?" +
    '(?:\\s+\\w+){0,4}?(?=\\s+(?:pop|put|take|move|clear|bring|grab|return|send|check|clean|lend)\\b))|' +
    '(?:any chance|is there any way) (?:you|u) (?:could|can)|' +
    // "Could you, please, make…": the commas around the softener are part of the ask.
    'would it be possible (?:for you )?to)(?:\\s*,\\s*(?:please\\s*,\\s*)?|\\s+)',
  'i',
);
const SCHEDULE_LINE =
  /^\W*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?\s*(?:\d|[-–—:])|^\W*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*[-–—:]/i;
/** "… or do you need Y?": a question offering the reader a choice, in a clause or ending the sentence. */
const OR_QUESTION_SOURCE = String.raw`\bor (?:do|does|did|are|is|can|will|would|have|should|shall) (?:you|u|they|it|we|I)\b`;
const OR_QUESTION = new RegExp(OR_QUESTION_SOURCE, 'i');
const OR_QUESTION_END = new RegExp(String.raw`${OR_QUESTION_SOURCE}[^.!]*\?\W*$`, 'i');
/** A name or a label before a colon ("Hunt: your question…", "Base ID: 0003…"). */
const LABEL_FIRST = new RegExp(`^${LABEL_BEFORE_COLON}\\s`, 'u');
/** A numbered step ("Step 1: acquire a piglet", "Part 2. Run the tests"): a procedure, not an order to a person. */
const STEP_LINE = /^[\W_]*(?:step|part|stage|phase)\s+\d+[a-z]?[*_]*[.:)][*_]*\s/i;
const NEVER_AFTER_PLEASE =
  /^(?:i|we|you|he|she|they|it|the|a|an|this|that|my|our|your|note|find|be|see|let|feel|join|help|welcome|enjoy|accept|excuse|forgive|advise|[0-9].*)$/;
const NEGATIVE = /^(?:don't|do not|never)\s+/i;
/** A third-person verb right after the first word (or after "X and Y"): that word was a subject. */
const SUBJECT_OF = new RegExp(
  '^(?:and \\w+ )?(?:is|are|was|were|has|does|seems|looks|adds|makes|works|takes|needs|uses|gets|gives|goes|' +
    'runs|means|shows|returns|causes|helps|happens|exists|contains|requires|implies|sounds|suggests|indicates|' +
    'says|allows|lets|work|seem|look|mean|need)\\b',
);
/** "before the set of points changes": a clause of time with its own subject and verb, not a deadline. */
const WHEN_CLAUSE = new RegExp(
  String.raw`\b(?:before|after|when|whenever|once|until|each time|every time)\s+(?:the\s+)?` +
    String.raw`(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|noon|lunch|eod|` +
    String.raw`end|next|this|\d)\b)[\w-]+(?:\s+of\s+[\w-]+)?\s+` +
    String.raw`(?:is|are|was|changes|changed|runs|starts|ends|arrives|comes|goes|happens|gets|has|have)\b`,
  'i',
);
/** Verbs that, after "will you", ask what the reader plans rather than for work. */
const PLAN_VERB =
  /^(?:allow|support|need|use|have|be|expect|want|require|accept|charge|offer|know|stay|keep)\b/i;
/** "Don't worry", "don't hesitate": reassurance; "don't get me wrong": a hedge before what follows. Not orders. */
const NOT_AN_ORDER_AFTER_DONT = new RegExp(
  '^(?:worry|hesitate|forget to (?:enjoy|have|rest)|give|think|stress|rush|feel|apologi[sz]e|be sorry|sweat|care|' +
    'mind|get me wrong|take (?:this|it|that|me) (?:the )?(?:wrong way|personally|badly)|stay (?:offended|upset))',
);
/** "Sorry, don't follow.", "Don't see any reason…": "I" dropped before a verb of understanding. */
const I_DROPPED =
  /^(?:follow$|understand|get (?:it|this|that|you|what|how|why)\b|know\b|see (?:what|how|why|any|much|no)\b)/;
/** A negated auxiliary: after a noun or two it makes them a subject ("Bike tires don't need tread"). */
const SUBJECT_THEN_NOT = new RegExp(
  "^\\W*[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|won't|wont|isn't|isnt|" +
    "aren't|arent|wasn't|weren't|shouldn't|wouldn't|couldn't)\\b",
  'i',
);
/** "Doubt it.", "Hope so", "Agree with Sam": a verb of the writer's own view, with "I" dropped. */
const I_VIEW_DROPPED =
  /^(?:doubt|hope|guess|reckon|suppose|bet|wonder)\b|^(?:think|expect|fear|believe|imagine) (?:so|not)\b|^(?:dis)?agree(?: with\b| that\b|$)/;
/** "…want to create a cookie, receive it…, and store it": the verbs after the comma share the infinitive. */
const SHARED_INFINITIVE = new RegExp(
  '\\b(?:want|wants|wanted|need|needs|trying|try|tried|going|plan|planning|like|hope|able|how|wish|intend|mean|' +
    'supposed|expected|meant|have|has|had) to \\w+[^.;!?]*,\\s*(?:and\\s+|or\\s+|then\\s+)?$',
  'i',
);
/** Base-form verbs that end in -ing. */
const BASE_ING = /^(?:bring|ring|sing|swing|sting|string|fling|wring|cling|ping|spring)$/;
const AUXILIARY = new RegExp(
  '^(?:do|does|did|have|has|had|is|are|was|were|am|can|could|would|will|should|shall|may|might|' +
    "must|care|like|(?:is|are|was|were|do|does|did|have|has|had|can|could|would|wo|should|must)n't|" +
    "(?:is|are|was|were|does|did|have|has|had|could|would|should|wo|must)nt|[a-z]+'t)$",
);

/** A clause before ", and" whose "you" the next verb shares: "if you post the log, and describe…". */
const SHARED_YOU = new RegExp(
  "\\b(?:if you|you(?:'d| would)? (?:want|need|like|plan|intend|mean|are trying) to|" +
    '(?:allows?|lets?|enables?|helps?) (?:you|u)(?: to)?|(?:you|u) (?:can|could|may|might|will be able to))\\b' +
    '[^.!?]*,\\s*and\\s+$',
  'i',
);

/** Where clauses start: the sentence start and after commas, semicolons, dashes and colons. */
function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[,;:][*_]*\s+|\s[—–-]\s+/g)) starts.push(m.index + m[0].length);
  return starts;
}

const ADJECTIVE_LIKE = new Set(['Adjective', 'Comparative', 'Superlative', 'Determiner']);
/** Words between "could you" and its verb ("could you all please just…"; "more clearly explain"). */
const BEFORE_VERB =
  /^(?:please|pls|plz|kindly|just|also|maybe|perhaps|possibly|really|more|very|quite|all|both)$/;
/** What acts on a thing after an adjective-like verb ("clear the cache", "open it", "free up space"). */
const OBJECT_NEXT = new Set(['Determiner', 'Pronoun', 'Possessive', 'Preposition']);

/**
 * After "could you": an adjective with nothing it could act on ("please more specific?", "little bit
 * technical?") names no work; the verb is missing. "Clear the cache" and "open it" keep theirs.
 */
function noVerbAsked(rest: string): boolean {
  const words = rest.toLowerCase().match(/[a-z'-]+/g) ?? [];
  let i = 0;
  // "Could you next time create…": a time before the verb is skipped too.
  const timeFirst = (w: string | undefined) => (w === 'next' || w === 'this') && words[i + 1] === 'time';
  while (BEFORE_VERB.test(words[i] ?? '') || timeFirst(words[i])) i += timeFirst(words[i]) ? 2 : 1;
  const tags = tagsOf(words[i] ?? '');
  if (!tags.length || !tags.every((t) => ADJECTIVE_LIKE.has(t))) return false;
  return !tagsOf(words[i + 1] ?? '').some((t) => OBJECT_NEXT.has(t));
}

/** The first clause that is an imperative (or a "could you…" request), if any. */
function findImperative(s: SentenceView): { start: number; asked: boolean; skip: number } | undefined {
  for (let start of clauseStarts(s.text)) {
    start += INTERJECTION.exec(s.text.slice(start))?.[0].length ?? 0;
    let clause = s.text.slice(start);
    const lead = LEAD.exec(clause)?.[0] ?? '';
    clause = clause.slice(lead.length);
    // "Please, could you…": the clause runs past the comma after the softener.
    const skip = /,\s*$/.test(lead) ? lead.length : 0;
    // "Make sure you…" is the obligation rule's.
    if (/^(?:make sure|be sure|ensure)\s+(?:that\s+)?(?:you|to)\b/i.test(clause)) return undefined;
    const ask = ASK.exec(clause);
    if (ask) {
      // "Would you mind posting a link…?" reads as "post a link".
      const rest = clause.slice(ask[0].length).replace(/^(\w+ing)\b/i, (v) => infinitive(v));
      if (TABLES['bare-command/not-a-request'].test(rest) || TABLES['cue/information'].test(rest))
        return undefined;
      // "Could you please ...": nothing asked yet. "Can you add X or do you need Y?": a question.
      if (!/\p{L}{2}/u.test(rest) || OR_QUESTION.test(rest)) return undefined;
      // "Can you move objects once placed or not?" asks whether it is possible; "Can you not just make an
      // image?" suggests another way. Neither asks for work.
      // "Could you not use text output?" suggests it, as "couldn't you" would.
      if (
        /\bor not\W*\?\W*$/i.test(rest) ||
        (/^(?:can|could)\b/i.test(ask[0]) && /^not just\b/i.test(rest)) ||
        (/^could\b/i.test(ask[0]) && /^not\b/i.test(rest))
      )
        return undefined;
      // "Will you allow more than one user?" asks about plans; "Can you just print it like that?" whether it
      // is possible: neither asks for work.
      if (/^will\b/i.test(ask[0]) && PLAN_VERB.test(rest)) return undefined;
      // "Will you fetch the closest points before the set changes?": what the reader plans, timed by an event.
      if (/^will\b/i.test(ask[0]) && WHEN_CLAUSE.test(rest)) return undefined;
      // "Say the text was "abc"… would you first split it?": what the reader would do in a case put to them.
      if (/^would\b/i.test(ask[0]) && /^\W*(?:say|suppose|imagine|assume|let's say|what if)\b/i.test(s.text))
        return undefined;
      // "Could you find an answer so far?" asks how far the reader got; "Can you start X?" whether a program
      // runs on their side (a capitalised name: a case-sensitive test, which the phrase tables cannot make).
      if (/^could\b/i.test(ask[0]) && /\b(?:so far|yet)\W*\?\W*$/i.test(rest)) return undefined;
      // "Can you really fix velocity and vary the area?" doubts it can be done; it asks for nothing.
      if (/^(?:can|could)\b/i.test(ask[0]) && /^really\b/i.test(rest)) return undefined;
      if (/^(?:run|start|open|launch|boot|load)\s+[A-Z][\w.+-]*\W*\?\W*$/.test(rest)) return undefined;
      if (/^(?:can|could)\b/i.test(ask[0]) && /^just\b.*\blike (?:that|this)\W*\?\W*$/i.test(rest))
        return undefined;
      // "Can you dial back the torque like you can with a screwdriver?" compares what a thing can do.
      if (/^(?:can|could)\b/i.test(ask[0]) && /\b(?:like|as) (?:you|u) can\b/i.test(rest)) return undefined;
      // "Can you expand your question - what version, which build?": the questions after the dash say what
      // is missing; they ask what the reader knows.
      if (/\s[-–—:]\s*(?:what|which|how|where|when|who)\b[^.!]*\?\W*$/i.test(rest)) return undefined;
      // "Can you please little bit technical?": no verb after the ask, so no work named to give a why for.
      if (noVerbAsked(rest)) return undefined;
      if (!COURTESY.test(rest)) return { start, asked: true, skip };
    }
    if (COURTESY.test(clause) || TABLES.gift.test(clause)) return undefined;
    // "Skip the tests and expect the build to pass?": sarcasm, coached as a loaded question.
    if (/\?\W*$/.test(clause) && TABLES['loaded-question/accusing'].first(clause)?.id === 'do-x-and-expect')
      return undefined;
    // "Leave the thinking to me", "deal with it": the order is the put-down or brush-off itself, coached once.
    const jab = TABLES['put-down'].first(clause) ?? TABLES.dismissive.first(clause);
    if (jab?.start === 0 && !/\b(?:and|then)\s+\w/i.test(clause.slice(jab.end))) continue;
    // "Tell me - what are you trying to do?": the question it leads into asks what the reader knows or wants.
    if (/^(?:tell|show) (?:me|us)\b[^.!?]*\?\W*$/i.test(clause)) return undefined;
    // "Please tell us more about it": a polite ask for what the reader knows is a question, not work.
    if (/\b(?:please|pls|plz|kindly)\b/i.test(lead) && TABLES['cue/information'].test(clause))
      return undefined;
    const neg = NEGATIVE.exec(clause);
    const words = clause
      .slice(neg?.[0].length ?? 0)
      .split(/[,;:—–]/)[0]!
      .toLowerCase()
      .split(/[^a-z0-9'-]+/)
      .filter(Boolean);
    if (neg) words[0] = words[0] === 'be' ? 'stay' : (words[0] ?? ''); // "don't be late" is an order too
    // "Have you tried chmod?", "Do the strings match?": an auxiliary first and a question mark is a question.
    if (!neg && AUXILIARY.test(words[0] ?? '') && /\?/.test(clause)) return undefined;
    if (neg && (NOT_AN_ORDER_AFTER_DONT.test(words.join(' ')) || I_DROPPED.test(words.join(' '))))
      return undefined;
    // "Doubt it.", "Hope so.", "Guess not.": the writer's own view with "I" dropped.
    if (!neg && I_VIEW_DROPPED.test(words.join(' '))) continue;
    // "Post: it also looks like…", "(get the font right, adjust a few parameters)": a label, or examples in an aside.
    if (
      /^\W*(?:post|note|edit|update|example|ps|nb|fyi):/i.test(clause) ||
      /\([^)]*$/.test(s.text.slice(0, start))
    )
      continue;
    // A quotation ("*\"Use a literal.\"* Huh?"), a link, "like this", or what the writer is doing after their
    // own colon ("I've been trying the opposite: decrease the…"): none is an order to the reader.
    if (/^[*_]*["“‘][^"”’]+["”’][*_]*\s*\S|^(?:https?:\/\/|www\.)|^\[[^\]]*\]\(|^like\b/i.test(clause))
      continue;
    // …and a quotation that closes the sentence after other words ("a strategy that works: "enumerate…"").
    if (start > 0 && /^[*_]*["“‘][^"”’]+["”’][*_]*\W*$/.test(clause)) continue;
    // Words inside a quotation ("a strategy that works: "enumerate…, choose the smallest"") are mentioned.
    if (insideQuote(s.text.slice(0, start))) continue;
    // "color(node) = if …": code; "Dare to prove this wrong?": a challenge, not work.
    if (/^[\w.]+\(|^dare\b/i.test(clause)) continue;
    // "Try as I might, I don't understand": a concession. "Question what is the average?": a label.
    if (
      /^\W*try as (?:I|we) (?:might|may)\b|^\W*(?:question|answer|note|edit|update)\s+(?:what|how|why|which|who|is|are|do|does|can)\b/i.test(
        clause,
      )
    )
      continue;
    // "Whit some code example?": a question led by a word the lexicon does not know (a typo, a name) orders nothing.
    if (
      /\?\W*$/.test(clause) &&
      words[0] &&
      !tagsOf(words[0]).length &&
      !/(?:ise|ize|ify|ate)$/.test(words[0])
    )
      continue;
    // "Come on!", "Hang on, …": an exclamation, not an errand.
    if (/^[*_]*(?:come on|go on|hang on|hold on|wait up)[*_]*\s*(?:[!,.…]|$)/i.test(clause)) continue;
    // "*Find a random element* sounds like…": words set in emphasis, then a verb, name a phrase; they order nothing.
    if (/^([*_]{1,2})[^*_\s][^*_]*\s[^*_]*\1\s+(?!(?:and|or|then|now|please|today|asap)\b)[a-z]/.test(clause))
      continue;
    // "Say the text was…" (suppose), "wait..." (surprise), "(align the numbers)?" (an aside on the sentence before).
    if (
      /^(?:say|suppose|imagine|assume),? (?:the|that|you|we|it|there|a|an|I)\b|\bor\W*\?\W*$|^wait\s*(?:\.{2,}|…|!|\?)|^\([^.!?]*\)\W*$/i.test(
        clause,
      )
    )
      continue;
    if (/^\W*(?:I|I've|I'm|I'd|we|we've|we're)\b[^:]*:\s*$/i.test(s.text.slice(0, start))) continue;
    // "Bike tires don't need tread": a negated verb after a noun or two makes those words its subject.
    if (
      SUBJECT_THEN_NOT.test(clause) &&
      !/^(?:me|us|them|him|her|it|you|we|they|i|he|she|that|this|why|how|what|if|when|whether|the|a|an|sure)$/.test(
        words[1] ?? '',
      )
    )
      continue;
    // "List A is in the database": a noun with its label ("Table 2", "Step B") is the subject of what follows.
    if (
      /^[*_]*\w+ (?:[A-Z]|\d+)[*_]*,?\s+(?:is|are|was|were|has|have|can|will|would|should|contains?)\b/.test(
        clause,
      )
    )
      continue;
    // "Debug adds overhead", "write and format work in Perl": the first word is the subject of a verb after it.
    if (
      SUBJECT_OF.test(words.slice(1, 4).join(' ')) ||
      /^(?:worth|probably|also|yes|no)$/.test(words[0] ?? '')
    )
      continue;
    // "Maybe take the image, scale it down and save it?": a suggestion, and the verbs after it share it.
    if (/^(?:maybe|perhaps)$/.test(words[0] ?? '')) return undefined;
    // "yes, just put the lines in your function" answers a question (leave given, not work pushed), and
    // "you should use X, avoid Y" goes on advising.
    const before = s.text.slice(0, start);
    if (
      /^\W*(?:yes|yeah|yep|sure|of course|ok|okay)\b[\s,.!]*(?:just\s+)?$/i.test(before) &&
      /^just\b/i.test(lead)
    )
      continue;
    if (/\byou (?:should|could|might want to|may want to)\b[^.!?]*,\s*$/i.test(before)) continue;
    if (SHARED_INFINITIVE.test(before) && !/\b(?:so|now|please|pls|plz|kindly)\b/i.test(lead)) continue;
    // "The normal way is: you startx on A, open xterm, ssh B, start the apps": steps the reader's "you" takes.
    if (
      /(?:^|[:;]\s*)\W*you\s+[a-z]+\b[^.!?:;]*,\s*$/i.test(before) &&
      !/\b(?:so|now|please|pls|plz|kindly|just)\b/i.test(lead) &&
      !/\byou\s+(?:need|must|have|should|will|'ll)\b/i.test(before)
    )
      continue;
    // "For example, read throughput (…), fault tolerance, low cost": a list of examples, not an order.
    if (
      /\b(?:for example|for instance|e\.g\.?|i\.e\.?|such as)[,:]?\s*$/i.test(before) &&
      (clause.replace(/\([^)]*\)/g, '').match(/,/g) ?? []).length >= 2
    )
      continue;
    // "That's a good idea, and then use window = NULL?": the writer checking their own next step.
    if (
      /^(?:and\s+)?then\s+$/i.test(lead) &&
      /\?\W*$/.test(s.text) &&
      !/\b(?:you|your|u|please)\b/i.test(before)
    )
      continue;
    // "…it might help if you post the log, and describe…": the verb after "and" shares the "if you".
    const joined = before + s.text.slice(start).match(/^(?:and\s+)?/i)![0];
    // …and "X will allow you to set…, and tell them to…": the verb shares "allow you to", "you can".
    if (SHARED_YOU.test(joined)) continue;
    // "I have these pedals, and don't have this problem": the verb after "and" shares the writer's "I". Not
    // after what the writer wants ("I need it today, and don't be late").
    if (
      // …and "You start by remarking X, and then observe Y": a description of what the reader did.
      /^\W*(?:I|we|you)\b(?!'d like)[^.!?]*,\s*and\s+(?:then\s+)?$/i.test(joined) &&
      !/\b(?:need|needs|want|wants|expect|require|insist)\b/i.test(before) &&
      !/\b(?:please|pls|plz|kindly)\b/i.test(lead + clause)
    )
      continue;
    // "Refresh bug?", "Mind to explain?": a short fragment put as a question is no order to coach.
    if (/\?\W*$/.test(clause) && clause.split(/\s+/).length < 4) continue;
    // "So list A = {…} and B would be all the points?": "so" and a question mark check an understanding.
    if (/^\W*so\b[^.!?]*\?\W*$/i.test(s.text) && start === 0) continue;
    // "List A = {…} and B would be all the points?": a definition ("A = …"), or a second subject's "would be",
    // put as a question checks an understanding too.
    if (
      /\?\W*$/.test(clause) &&
      (/^\W*[\w-]+\s+[\w-]+\s*=/.test(clause) ||
        /\band\s+(?:\p{Lu}[\w-]*|it|this|that|they)\s+(?:would|will|should|must)\s+be\b/u.test(clause))
    )
      continue;
    // "Just make a Facebook account?": a suggestion said back in doubt, or offered, asks; it orders nothing.
    if (/^\W*just\b[^.!?]*\?\W*$/i.test(s.text)) continue;
    // "**manage** your cv?": the reader's own word stressed and asked back, in disbelief.
    if (/^([*_]{1,2})[^*_\s][^*_]*\1[^.!?]*\?\W*$/.test(clause)) continue;
    // "… answer or do you need the intersection?": which of two the reader wants, asked.
    if (OR_QUESTION_END.test(clause)) continue;
    // "Then create every plane that meets the centroid… is that right?": the writer's reading, checked.
    if (
      /\b(?:is (?:that|this) (?:right|correct)|am I (?:right|correct)|(?:,|…|\.{3})\s*(?:right|correct))\W*\?\W*$/i.test(
        clause,
      )
    )
      continue;
    // "Change them to what?": asks for the missing detail, ending on its question word.
    if (/\b(?:what|which|who|whom|where|when|how)\W*\?\W*$/i.test(clause)) continue;
    // "Make a new one??", "Delete the table?!": disbelief at a suggestion; nobody orders with "??".
    if (/(?:\?\s*\?|\?!|!\?)\W*$/.test(clause)) continue;
    // "Transport protocol right above the link layer?": a noun compound asked about, with no verb to order.
    if (/^[^,;:—–]*\?\W*$/.test(clause) && nounPhraseQuestion(words)) continue;
    // "Remember Kevin Mitnick?" recalls, and "Access, MySQL, or other?" or "Swing, AWT, JSF, …?" offers
    // options: questions, not work.
    if (
      /\?\W*$/.test(clause) &&
      (/^(?:remember|recall|imagine)$/.test(words[0] ?? '') ||
        /^\W*[\w'-]+,.*\bor\b/i.test(clause) ||
        // "Get access to the record, or go for the SQL injection?": which of two, asked about, not ordered.
        (/\bor\b/i.test(clause) && !/\b(?:you|your|please|pls|plz|kindly)\b/i.test(clause)) ||
        /^\W*(?:[\w'-]+\s+){0,3}[\w'-]+,[^,]*,/.test(s.text))
    )
      continue;
    // "Hunt: your question looks…", "Step 1: acquire a piglet": a name or a label before a colon; what
    // follows the colon is read as its own clause.
    if (LABEL_FIRST.test(clause)) continue;
    // "…study electrons, say, confined to…": "say" as "for instance".
    if (/^say,/i.test(clause)) continue;
    // "running 10 mins late": an -ing word first is a statement with "I'm" dropped; orders take the base form.
    if (/ing$/.test(words[0] ?? '') && !BASE_ING.test(words[0]!)) return undefined;
    if (startsImperative(words)) return { start, asked: false, skip };
    // After "please", a word that can start a clause at all is the verb ("Please courier the deed").
    const softened = /^(?:please|pls|plz|kindly)\b/i.test(s.text.slice(start));
    if (softened && words[0] && words[0] !== 'please' && !NEVER_AFTER_PLEASE.test(words[0]))
      return { start, asked: false, skip };
  }
  return undefined;
}

export const bareCommand: Rule = {
  id: 'bare-command',
  severity: 'warning',
  message: 'An order with no reason treats the reader as a pair of hands; add the why and ask if it works.',
  hintMessage: 'A request that says why it matters wins more help than one that does not; add the why.',
  source:
    'coaching-model.md; "explain the why" in management guides (e.g. Sinek, Start with Why; Google re:Work)',
  asks: true,
  detect(s) {
    // A schedule or agenda line ("Wed – plot 7 first fix") lists, it does not order.
    if (s.frame || SCHEDULE_LINE.test(s.text) || STEP_LINE.test(s.text)) return [];
    const imp = findImperative(s);
    if (!imp) return [];
    const [start] = toClauseEnd(s, imp.start);
    const [, end] = toClauseEnd(s, imp.start + imp.skip);
    const clause = s.raw.slice(start, end);
    if (
      !imp.asked &&
      OFFER_IF.test(s.text) &&
      /^(?:\W*)(?:call|ping|text|message|email|ask|tell|find|grab|reach|shout|let|come|stop by|drop)/i.test(
        clause,
      )
    )
      return [];
    // "For anything urgent, please contact Dana", "If X, tell me and I'll…": a redirect or an offer, not work.
    if (
      /^\W*(?:for (?:anything|any|urgent|questions|queries|help|support)|if\b|in (?:an|case of) emergenc)/i.test(
        s.text,
      ) &&
      /^(?:please\s+|pls\s+|kindly\s+)?(?:contact|reach|call|ring|email|e-mail|text|message|ping|tell|ask|let|shout|grab|find|say)\b/i.test(
        clause,
      )
    )
      return [];
    const candidate: Candidate = {
      rule: 'bare-command',
      start,
      end,
      // A suggestion put as a question ("Try the same thing using SciPy?") leaves room to say no.
      severity: TABLES['bare-command/softener'].test(s.text) || /\?\W*$/.test(clause) ? 'hint' : 'warning',
      gate: 'reason',
    };
    return [candidate];
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Move the files to the new drive by Monday.',
    'Please update the tracker.',
    'pls send me the grant budget spreadsheet',
    'Proofread yours before you click submit.',
    'can you redo the seating chart for period 3 before tomorrow',
    'Could you send the figures?',
    'Marcus, email me the deck before lunch.',
    "Don't leave the pallets in the aisle.",
    'Explain the delay.',
    'Could you post the notice on every door?',
  ],
  pass: [
    'Could you not use simple text output?',
    'Let me know if you have questions.',
    'Remember the outage last March?',
    'POST implies you want to send data to the server.',
    'Swing, AWT, Struts, JSF, ...?',
    'Hunt: your question looks like the one about memory allocation.',
    'Which one are you using? Postgres, MySQL, or other?',
    'Would you mind explaining what it does?',
    'Feel free to grab a coffee.',
    'Have a great weekend!',
    'Take a look when you can.',
    'See attached.',
    "Let's meet at 3.",
    'Please update the tracker so finance can close the month.',
    'Email is down again.',
    "I'll bring coffee and cover the radio.",
    'Call me if you get stuck.',
    'need to finish the deck before 3pm',
    'Have you tried running it from the command line?',
    "Have Friday off, you've earned it.",
    "Go home early, I'll lock up.",
    'Could you clarify what you mean by "stale"?',
    'Please tell us more about the prototype.',
    'Can you post a screenshot of the error?',
    'Enjoy your anniversary, Dana, take the whole day, we will manage here.',
    'Post you linked to also has a fix by Otto.',
    'So you want to have a list with all 9 values, and fill in nulls where a value is missing?',
    'Make a new one??',
    'Change them to what? If that is your input, what is your desired output?',
    'Just make a Facebook account? I thought other sites would offer it if they can.',
    'Time to register and start giving some votes to the people helping you.',
    'Maybe take the image from the camera, scale it down and then save it at a lower quality?',
    'It might help if you post the full log, and describe what you check when you do this by hand.',
    "Get access to someone else's record, or go for the bigger SQL injection there?",
    'Edit distance (hashes as strings) or numeric distance (hashes as integers)?',
    'Report I sent on Monday covers the totals.',
    "Correct me if I'm wrong, but the release is on Monday.",
  ],
};
