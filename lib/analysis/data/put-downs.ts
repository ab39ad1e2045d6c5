/**
 * Put-downs: contempt for the reader or their work (coaching-model.md, `put-down`). The grammar is a
 * harsh judgement with a target: the reader ("you're useless"), the reader's work ("the slides were
 * awful"), an unflattering comparison ("a first-year could do better"), or a stock sneer ("leave the
 * thinking to me"). Self-deprecation ("I'm an idiot") and swearing at things ("f***, the server is down")
 * have no such target and stay clean. The word lists are in judgement-words.ts.
 */
import type { PhraseEntry } from '../patterns/phrases';
import {
  PERSON_NOUNS,
  PERSON_WORDS,
  WORK_CONTEMPT,
  WORK_HARSH,
  WORK_NOUNS,
  WORST,
  alternation,
} from './judgement-words';

const MODEL = 'coaching-model.md, put-down';
const RW = 'realworld-dev.jsonl shape: published abusive manager memos (e.g. quoted in the press)';

const INTENSE =
  '(?:(?:{adverb}|such|being|acting like|an?|absolute|complete|total|utter|bloody|f[u*]+c?king|f\\*+ing|effing|right)\\s+)*';
const PERSON = `(?:${alternation(PERSON_WORDS)}|${alternation(PERSON_NOUNS)}s?)`;
const WORK = alternation(WORK_NOUNS);
const CONTEMPT = `(?:${alternation(WORK_CONTEMPT)}|a (?:joke|mess|shambles|disgrace|waste of (?:time|space|paper))|word salad|amateur hour)`;
const HARSH = `(?:${CONTEMPT}|${alternation(WORK_HARSH)}|an? (?:disaster|train wreck|car crash|dog's dinner))`;
/** The reader's work as a subject: "your notes", "the letter you drafted", "table 9's plates", "this PR". */
const WORK_SUBJECT =
  `(?:{your}|[\\w-]+'s|the|this|that|these|those)\\s+(?:[\\w-]+\\s+){0,2}?${WORK}` +
  '(?:\\s+(?:you|u)\\s+(?:sent|wrote|drafted|did|made|submitted|built|gave|put together|handed in|prepared))?';

/** A harsh word before a work noun: "a dumb question", "your pointless comments". */
const HARSH_WORD = `(?:${alternation(WORK_CONTEMPT)}|${alternation(WORK_HARSH)}|pointless|silly)`;

/**
 * The comparison put-down's grammar: who the reader is measured against, then what they "could do".
 * "My Year 7s could do better with crayons.", "Even an intern could manage the Q3 report." Group 1 is
 * the comparator (the jab itself: a rewrite drops it), group 2 what follows the verb (where the work is
 * named). Used by the put-down rewrite and by the rewrite lint, so both read the sentence the same way.
 */
export const COMPARED_TO = new RegExp(
  [
    String.raw`^\W*(?!(?:you|u|i|we|they|he|she|it|this|that|there|who|what)\b)`,
    String.raw`((?:even\s+)?(?:(?:a|an|my|any|our|his|her|their)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)`,
    String.raw`\s+(?:could|would|can|might)(?:\s+have)?\s+(?:do|done|get|got|write|written|make|made|`,
    String.raw`manage|managed|produce|produced|draw|drawn|put together)\b`,
    String.raw`(?:\s+(?:better|a better job|more))?\s*(.*)$`,
  ].join(''),
  'i',
);

export const PUT_DOWNS: PhraseEntry[] = [
  {
    // "This makes no sense.": a verdict on the reader's message or work, ending the clause. "It makes no sense
    // to ship on Friday" judges a plan, and "…to me" is the writer's own confusion.
    id: 'makes-no-sense',
    pattern:
      "\\b(?:this|that|it|your \\w+)(?: really| just)? (?:makes no sense|doesn't (?:really )?make (?:any )?sense|" +
      'does not (?:really )?make (?:any )?sense)(?: (?:at all|whatsoever))?(?=\\s*(?:[.!,;]|$))',
    example: "That doesn't really make any sense.",
    nearMiss: "It doesn't make sense to ship on Friday.",
    source: "politeness corpus (Stack Exchange): a verdict on the asker's question",
  },
  {
    // "Sounds like homework.": the reader is said to be having others do their assignment.
    id: 'sounds-like-homework',
    pattern:
      '(?<!\\b(?:mistaken|wrong),? but (?:this |it )?)\\b(?:sounds|looks|smells|reads|seems) ' +
      '(?:a lot |very much |suspiciously |an awful lot )?like (?:a |your |some )?(?:\\w+ )?homework\\b',
    example: 'Sounds like homework. Where is your own effort?',
    nearMiss: 'Seems the homework club starts at four.',
    source: 'politeness corpus (Stack Exchange): the homework question read as an accusation',
  },
  {
    // "You simply posted your homework verbatim.", "We don't do people's homework here.": the reader is said to
    // hand their own work to others. "I'll check your homework tonight" is about marking it, and stays clean.
    id: 'homework-handed-over',
    pattern:
      '\\b(?:post(?:ed|ing)?|dump(?:ed|ing)?|past(?:e|ed|ing)|cop(?:y|ied)|throw(?:n|ing)?)\\s+(?:all\\s+)?(?:{your}|the)\\s+' +
      "homework\\b|\\bdo(?:ing)? (?:other )?(?:people'?s|peoples|someone'?s|somebody'?s|{your}) homework\\b|" +
      '\\bhomework\\b[^.!?]{0,30}\\bdo it for (?:me|us)\\b',
    example: 'Okay, you simply posted your homework verbatim. Do you have a question of your own?',
    nearMiss: "I'll check your homework tonight.",
    source: 'politeness corpus (Stack Exchange): the homework question read as an accusation',
  },
  {
    // "I see no question here.": the reader's message is said to have no point. "There's no question that we
    // need her" is the idiom for no doubt, and stays clean.
    id: 'no-question-here',
    pattern:
      "\\b(?:I (?:see|can see|find|can find) no|I (?:don't|do not|can't|cannot|dont|cant) (?:see|find) (?:a|any)|" +
      "there(?:'s| is) no) (?:actual |real |clear |obvious )?question (?:here|in (?:this|that|there|your \\w+))\\b" +
      '(?!\\s+(?:that|about|of)\\b)',
    example: 'I see no question here. What is your question?',
    nearMiss: "There's no question that we need her on the team.",
    source: "politeness corpus (Stack Exchange): a verdict on the asker's question",
  },
  {
    // "It's a pretty dumb question." "What a stupid idea." Not the writer's own: "This is probably a dumb
    // question, but…" (a hedge, or "but" after it) asks for help.
    id: 'a-dumb-question',
    pattern:
      `\\b(?:this|that|it|what)(?:'s| is| was)?\\s+(?!(?:probably|possibly|maybe|perhaps|not)\\b)(?:(?:{adverb}|such)\\s+)?` +
      `an?\\s+(?:{adverb}\\s+)?${HARSH_WORD}\\s+(?:[\\w-]+\\s+)?${WORK}\\b(?!\\s*,?\\s*but\\b)`,
    example: "It's a pretty dumb question.",
    nearMiss: 'This is probably a dumb question, but how do I reset it?',
    source: "politeness corpus (Stack Exchange): a verdict on the asker's question",
  },
  {
    // "your stupid questions", "you're asking all the stupid questions": the harsh word sits on the reader's work.
    id: 'your-stupid-questions',
    pattern: `\\b(?:{your}|{youre} \\w+ing (?:all |these |those |such )?(?:the )?)${HARSH_WORD}\\s+(?:[\\w-]+\\s+)?${WORK}\\b`,
    example: "And this is why you're asking all the stupid questions?",
    nearMiss: 'Your questions were sharp, thank you.',
    source: "politeness corpus (Stack Exchange): a verdict on the reader's questions",
  },
  {
    id: 'worst-ever-seen',
    pattern:
      `\\bthe (?:${alternation(WORST)}|most (?:useless|incompetent|careless|unprofessional|pathetic|embarrassing|` +
      `convoluted|unreadable)) (?:[\\w-]+\\s+){0,2}?${WORK}\\s+(?:I've|I have|I had|I'd)\\s+(?:ever\\s+)?(?:seen|read|reviewed)\\b`,
    example: "Ugh, possibly the ugliest Python code I've ever seen.",
    nearMiss: "This is the cleanest code I've ever seen.",
    source: MODEL,
  },
  {
    // "out of your league", "over your head": the reader judged not up to it.
    id: 'out-of-your-league',
    pattern:
      '\\b(?:out of {your} (?:league|depth)|over {your} head|beyond {your} (?:ability|abilities|skills?|level))\\b',
    example: "Don't you think this kind of program is a little bit out of your league?",
    nearMiss: "I'm out of my depth with the tax rules, can you help?",
    source: MODEL,
  },
  {
    // "You couldn't even format your question?": the least effort, said to be missing.
    id: 'couldnt-even',
    pattern:
      "\\b(?:you|u)\\s+(?:couldn't|could not|can't|cannot|didn't|did not|won't|don't)\\s+even\\s+(?:bother|read|try|" +
      'look|check|format|spell|test|search|google|answer|write|proofread|follow|open|run|compile)\\b',
    example: "Wow. You couldn't even format your test question correctly?",
    nearMiss: "You don't need to format it, I'll do that.",
    source: MODEL,
  },
  {
    id: 'you-are-contemptible',
    pattern: `\\b(?:{youre}|(?:you|u)(?: guys| lot| people)? (?:are|were|look|sound|seem|act))\\s+${INTENSE}${PERSON}\\b`,
    example: 'You were a bloody clown on the dock today.',
    nearMiss: "I'm useless with spreadsheets, can you help?",
    source: `${MODEL}; ${RW}`,
  },
  {
    id: 'you-insult',
    pattern:
      `\\b(?:you|u)\\s+(?:(?:absolute|complete|total|utter|stupid|useless|lazy|bloody|f[u*]+c?king|` +
      `right)\\s+)+${alternation(PERSON_NOUNS)}s?\\b|\\b(?:you|u) (?:idiot|moron|clown|muppet|imbecile|halfwit|numpty|` +
      `dumbass|jackass|prat|pillock|plonker|tosser|wanker|dickhead|asshole|arsehole|prick|jerk|bozo|dimwit)s?\\b`,
    example: 'Move it, you muppet.',
    nearMiss: 'You know what a muppet I was on Friday.',
    source: MODEL,
  },
  {
    id: 'work-is-harsh',
    pattern:
      `\\b${WORK_SUBJECT}(?:\\s+(?:{be}|were|was|has been|have been)|'s|'re)\\s+(?:{adverb}\\s+|a bit\\s+|kind of\\s+|` +
      `frankly\\s+|honestly\\s+|beyond\\s+)*(?:an? )?(?:absolute |complete |total |utter |f[u*]+c?king |` +
      `bloody )?${HARSH}\\b`,
    example: 'Honestly, the slides were awful.',
    nearMiss: 'The traffic was awful this morning.',
    source: MODEL,
  },
  {
    id: 'this-is-garbage',
    pattern:
      // "it was a joke" is the writer owning their own joke, not a verdict on the reader's work.
      `\\b(?!(?:it|that)\\s+was\\s+(?:just |only )?a joke\\b)(?:this|that|it)(?:'s| is| was|s)\\s+(?:{adverb}\\s+)?(?:an? )?` +
      `(?:absolute |complete |total |utter |` +
      `f[u*]+c?king |f\\*+ing |bloody )?(?:${CONTEMPT}|(?:f[u*]+c?king|f\\*+ing|bloody|total|complete|absolute|` +
      `utter) (?:disaster|shambles|mess|joke|shitshow))(?=\\s*(?:[.!?,;:—–-]|$|and\\b|but\\b|from\\b|of a\\b))`,
    example: 'This is garbage.',
    nearMiss: 'This is a mess of cables, mind your step.',
    source: MODEL,
  },
  {
    id: 'the-worst',
    pattern:
      `\\b(?:{youre}|${WORK_SUBJECT}\\s+(?:is|are|was|were|has been))\\s+(?:easily |by far |probably |honestly |` +
      `officially )?the (?:${alternation(WORST)}|least (?:competent|reliable|organised|organized|careful|` +
      `professional)|most (?:useless|incompetent|careless|unprofessional|pathetic|embarrassing|clueless|disorganised|` +
      `disorganized|lazy|sloppy))\\b`,
    example: "You're the slowest picker on the floor.",
    nearMiss: "I'm the worst at remembering birthdays, sorry.",
    source: MODEL,
  },
  {
    id: 'looks-like-a-jumble-sale',
    pattern:
      "\\b(?:looks?|looked|reads?|sounds?|sounded) like (?:(?:it was|they were|it's been|someone|" +
      'something)\\s+)?(?:(?:written|drawn|made|done|put together|thrown together|designed|typed) by|a (?:jumble sale|' +
      "bomb (?:hit|went off)|dog's dinner|child|toddler|monkey|pigsty|tip|dump|car crash|train wreck|ransom note|" +
      'joke)|word salad)|' +
      '\\b(?:looks?|reads?|sounds?) like (?:you|u|someone|somebody|it was|they were) (?:did|wrote|made|done|written|drew|drawn|typed|put) ' +
      '(?:it |this |them |that |together )?(?:with (?:your|their|his|her) eyes (?:shut|closed)|blindfolded|in (?:your|their) sleep|(?:half )?asleep|drunk)',
    example: 'The window display looks like a jumble sale.',
    nearMiss: 'It looks like a good day for the sale.',
    source: MODEL,
  },
  {
    id: 'what-a-joke',
    pattern:
      '(?:^|[.!?]\\s+)\\W*what an? (?:joke|mess|shambles|disgrace|waste of (?:time|space|money)|embarrassment|amateur|' +
      'idiot|clown|disaster)(?=\\s*(?:[.!?,]|$))',
    example: 'What a joke.',
    nearMiss: 'What a mess the storm made of the car park, stay safe.',
    source: MODEL,
  },
  {
    id: 'a-child-could-do-better',
    pattern:
      "\\b(?:a|an|my|any|our|even a|even an)\\s+(?:[\\w'-]+\\s+){0,3}(?:student|kid|kids|child|children|intern|" +
      'interns|parrot|monkey|monkeys|toddler|toddlers|chimp|trainee|schoolkid|schoolkids|five-year-old|teenager|' +
      'granny|grandma|robot|dog|\\w*\\d+s)\\b[^.!?]{0,20}?\\b(?:would|could|can|might)\\s+(?:do|have done|get|write|' +
      'have written|make|be embarrassed|manage|produce|draw)\\b|\\b(?:did|has) an? (?:child|toddler|kid|five-year-old|' +
      'monkey|chimp) (?:write|draw|make|do|design|type)\\b',
    example: 'Did a child write this?',
    nearMiss: 'Did a customer write this review? It is lovely.',
    source: MODEL,
  },
  {
    id: 'seen-better-from',
    pattern:
      "\\bI(?:'ve| have) (?:seen|had|met|got) (?:more|better) [\\w\\s-]{1,30}? (?:from|out of) (?:an?|my|the) |" +
      '\\bask for (?:their|his|her|your) money back\\b|\\bhow (?:you|u) (?:ever )?(?:got|made it|passed|got hired|' +
      'were hired|managed to get) (?:through|past|into|this job|hired)\\b',
    example: "I've seen more professionalism from a work-experience kid.",
    nearMiss: "I've seen more of the client this month, which helps.",
    source: MODEL,
  },
  {
    id: 'you-lack-judgement',
    pattern:
      "\\b(?:you|u) (?:clearly |obviously |simply |just |really |seem to )?(?:lack|don't have|do not have|have no|" +
      "haven't got) (?:the |any )?(?:judgement|judgment|skills?|brains?|competence|ability|common sense|sense|clue|" +
      "talent|idea what you(?:'re| are) doing)\\b|\\b(?:isn't|is not|aren't|are not) (?:really )?your (?:thing|" +
      "strong suit|forte|cup of tea)\\b|\\bthat's your (?:whole|real|biggest) problem\\b|\\bmust be (?:blind|deaf|" +
      'stupid|thick|an idiot|clueless)\\b',
    example: 'You clearly lack the judgement for client work.',
    nearMiss: 'You have no idea how much this helped, thank you.',
    source: MODEL,
  },
  {
    id: 'cant-be-bothered',
    pattern:
      "\\b(?:you|u) (?:clearly |obviously )?(?:sound|look|seem|act)(?:ed)? like (?:you|u) (?:can't be bothered|" +
      "couldn't care less|don't care|have given up|are asleep|just woke up)\\b|\\b(?:you|u) (?:clearly |" +
      "obviously )?(?:can't|couldn't) be bothered\\b|\\b(?:you|u) (?:don't|do not) even (?:look like|seem to be|" +
      'pretend to be|bother|try)\\b|\\btypical (?:you|of you)\\b|\\b(?:useless|lazy|late) as (?:always|usual|ever)\\b',
    example: "You sound like you can't be bothered.",
    nearMiss: "Don't worry if you can't be there on Friday.",
    source: `${MODEL}; ${RW}`,
  },
  {
    id: 'leave-the-thinking',
    pattern:
      '\\bleave (?:the|all the) (?:[\\w-]+ )?(?:thinking|decisions?|decision-making|strategy|planning|clever stuff|hard part|' +
      'brainwork|ideas) to (?:me|us|the grown-?ups|the adults|the professionals|those of us|people who|someone who)\\b|' +
      "\\bI don't pay you to think\\b|\\byou're not paid to think\\b",
    example: 'Leave the thinking to me.',
    nearMiss: 'Leave the boxes to me.',
    source: MODEL,
  },
  {
    id: 'plenty-would-love-your-job',
    pattern:
      '\\b(?:plenty|lots|loads|hundreds|thousands) of (?:people|others|candidates) (?:would|could) (?:love|kill for|' +
      "happily take|jump at) (?:your|this) (?:job|position|role|place)\\b|\\b(?:you're|you are) lucky to (?:have|" +
      'still have) (?:a|this|your) (?:job|position|role)\\b',
    example: 'Plenty of people would love your job.',
    nearMiss: 'Plenty of people would love a day like this.',
    source: MODEL,
  },
  {
    id: 'best-you-can-do',
    pattern: '\\bis (?:this|that) (?:really )?the best (?:you|u) (?:can|could) (?:do|manage|come up with)\\b',
    example: 'Is this the best you can do?',
    nearMiss: 'This is the best we can do with the budget we have.',
    source: MODEL,
  },
  {
    id: 'not-rocket-science',
    pattern:
      "\\bnot (?:exactly )?(?:rocket science|brain surgery)\\b|\\b(?:it's|it is|this is) (?:not|" +
      "n't) (?:that )?(?:hard|difficult|complicated)(?:,? (?:people|guys|folks))?\\s*[.!]",
    example: "It's not rocket science.",
    nearMiss: 'It is not hard to see why you are proud of this.',
    source: MODEL,
  },
  {
    id: 'small-words',
    pattern:
      "\\b(?:in|with|using) small words\\b|\\b(?:I'll|I will|let me) explain (?:this|it) (?:slowly|again,? slowly|" +
      "in simple terms|like you're five)\\b|\\btry (?:to|and) keep up\\b|\\buse your (?:brain|head|common sense|" +
      'eyes)\\b',
    example: 'Let me spell it out again in small words.',
    nearMiss: 'I will explain it again on Monday with the new figures.',
    source: MODEL,
  },
  {
    id: 'sneering-asides',
    pattern:
      "\\bdon't quit your day job\\b|\\bnice try\\b|\\bgood luck with that\\b|\\bbless (?:your|his|her) (?:heart|" +
      'cotton socks)\\b|\\bno offen[cs]e,? but\\b|\\bcute idea\\b',
    example: 'Nice try, but no.',
    nearMiss: 'Nice to see you trying the new layout.',
    source: MODEL,
  },
  {
    id: 'you-always-mess-up',
    pattern:
      '\\b(?:you|u) (?:always|never|constantly|keep|somehow always)\\s+(?:mess(?:ing)?|screw(?:ing)?|stuff(?:ing)?|' +
      'cock(?:ing)?|fuck(?:ing)?|muck(?:ing)?)\\s+(?:it|this|things|everything|up)\\b|\\b(?:you|u) (?:never|' +
      "can't ever|cannot ever) (?:get|do) anything right\\b",
    example: 'You always mess it up.',
    nearMiss: 'I messed up the rota, sorry, fixing it now.',
    source: MODEL,
  },
  {
    id: 'stop-being-a-baby',
    pattern:
      '\\b(?:stop|quit) (?:being|acting)(?: (?:such|so))? (?:an? )?(?:baby|child|crybaby|drama queen|lazy|useless|' +
      'difficult|dramatic|precious|sensitive|pathetic|stupid|idiot)\\b|\\b(?<!(?:they|we|kids|children|I|you|he|she|' +
      "to|will|when|as|they'll|they've|who) )(?:grow up|man up|get a grip|" +
      "pull your finger out)\\b|\\bdon't be (?:so |such )?(?:an? )?(?:stupid|idiot|baby|dramatic|sensitive|precious|" +
      'pathetic|lazy|thick)\\b',
    example: 'Stop being such a baby about the rota.',
    nearMiss: 'By the time they grow up, which career will not need programming?',
    source: MODEL,
  },
  {
    id: 'getting-on-my-nerves',
    pattern:
      '\\b(?:getting|get|gets|got) on my (?:tits|nerves|wick|last nerve|goat)\\b|\\bsick (?:and tired )?of (?:you|' +
      'your)\\b|\\bfed up (?:with|of) (?:you|your)\\b',
    example: 'You lot are getting on my nerves.',
    nearMiss: 'The drilling next door is getting louder.',
    source: RW,
  },
  {
    id: 'profanity-at-reader',
    pattern:
      '\\b(?:f[u*@#$%!]+c?k|f\\*+|fck|fuk|screw|sod|piss) (?:you|off|u)\\b|\\b(?:shut (?:up|it|your mouth))\\b|\\b(?:you|your|ur)\\s+' +
      '(?:f[u*@#$%!]+c?king|f\\*+ing|fkn|bloody|damn|goddamn|effing) \\w+',
    example: 'Shut up and do it.',
    nearMiss: 'Shut down the till before you leave, thanks!',
    source: MODEL,
  },
];
