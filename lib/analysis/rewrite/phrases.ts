/**
 * What the rewrites say instead of a jab, a brush-off or a loaded question (coaching-model.md, rewrite
 * principles 7, 8 and 14). Each entry: the pattern, what to say, a source and its own examples
 * (phrases.test.ts checks every `examples` pair through the entry).
 */

export interface PhraseEntry {
  id: string;
  re: RegExp;
  /** What replaces the matched phrase; `$1`… refer to the pattern's groups. */
  say: string;
  /** When what is left of the sentence is empty: the whole sentence becomes this. */
  alone?: string;
  /** The draft says this is fixed: keep it firm and ask for nothing after it. */
  firm?: boolean;
  source: string;
  examples: Array<[string, string]>;
}

/** Passive-aggressive lead-ins: dropped, so the message stays and the scolding goes (principle 8). */
/** What a scolding "I've asked before" says once the jab is gone and nothing else is left. */
const CHECKING_IN = 'Just checking in on this — let me know if anything is in the way.';

export const JABS: PhraseEntry[] = [
  {
    id: 'per-my-last',
    re: /\b(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|note|mail|reply)\b(?:\s*\.{3})?[,:]?\s*/i,
    say: '',
    alone: 'Following up on my last email in case it got buried.',
    source: 'most-disliked email phrases (Adobe 2019)',
    examples: [['Per my last email, the deadline is Friday.', 'The deadline is Friday.']],
  },
  {
    id: 'as-said',
    re: new RegExp(
      [
        String.raw`\b(?:as|like) (?:(?:I|we)(?:'ve| have)? )?(?:already |previously |clearly |repeatedly )?(?`,
        String.raw`:said|mentioned|stated|explained|noted|told you|asked|pointed out|discussed)(?: [\w']+){0,`,
        String.raw`4}? (?:(?:at|in) (?:the last (?:two|three|few|several|\d+) \w+|every \w+)|before|earlier|`,
        String.raw`yesterday|last (?:week|time|month)|previously|already|several times|`,
        String.raw`multiple times|many times|repeatedly|more than once|twice|a few times|countless times|at e`,
        String.raw`very \w+|in my (?:last|previous|earlier) (?:message|email|e-mail|note))\b[,:]?\s*|\b(?:as|`,
        String.raw`like) (?:I|we) (?:already |previously |clearly |repeatedly )(?:said|mentioned|stated|expla`,
        String.raw`ined|noted|told you|asked|pointed out)\b[,:]?\s*|\blike I (?:already )?said\b[,:]?\s*|\bas`,
        String.raw` I told you\b[,:]?\s*`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: 'To recap the main points:',
    source: 'most-disliked email phrases (Perkbox 2018)',
    examples: [
      [
        'As I already said, permission slips go to the front office.',
        'Permission slips go to the front office.',
      ],
    ],
  },
  {
    id: 'as-stated',
    re: new RegExp(
      [
        String.raw`\bas (?:previously|already|clearly) (?:stated|mentioned|discussed|noted|said|communicated|`,
        String.raw`explained)\b[,:]?\s*|\bas stated (?:above|below|previously|before)\b[,:]?\s*`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: 'To recap:',
    source: 'most-disliked email phrases (Adobe 2019)',
    examples: [
      [
        'as previously stated, discharge orders should be in before 11.',
        'Discharge orders should be in before 11.',
      ],
    ],
  },
  {
    id: 'friendly-reminder',
    re: /^\W*(?:just )?(?:a )?(?:friendly|gentle) reminder\b(?:\s+that)?[,:!.…-]*\s*/i,
    say: '',
    alone: 'Quick reminder.',
    source: 'most-disliked email phrases (Adobe 2019)',
    examples: [['Friendly reminder that timesheets are due today.', 'Timesheets are due today.']],
  },
  {
    id: 'once-again',
    re: /\b(?:once again|yet again|for the (?:last|final|third|fourth|fifth|hundredth|umpteenth) time)\b[,:]?\s*/i,
    say: '',
    alone: 'Quick reminder.',
    source: 'coaching-model.md, passive-aggressive',
    examples: [['once again, pls restock the gloves in bay 3', 'Pls restock the gloves in bay 3']],
  },
  {
    id: 'you-should-know',
    re: new RegExp(
      [
        String.raw`\bas you (?:should|ought to) (?:already |all )?(?:know|be aware)\b[,:]?\s*|\bas you(?:'re|`,
        String.raw` are) (?:well|fully|no doubt) aware\b[,:]?\s*|\bas you well know\b[,:]?\s*|\bI'm sure you(`,
        String.raw`?:'re| are)? (?:aware|well aware|know)\b(?:\s+that)?[,:]?\s*|\bas you(?:'ve| have) been to`,
        String.raw`ld\b[,:]?\s*`,
      ].join(''),
      'i',
    ),
    say: '',
    source: 'coaching-model.md, passive-aggressive',
    examples: [['As you should know, the fire exit stays clear.', 'The fire exit stays clear.']],
  },
  {
    id: 'sorry-if-unclear',
    re: /^\W*sorry if (?:you found me|I was|I wasn't|that was) (?:un)?clear\b\W*/i,
    say: '',
    alone: 'Let me know if anything I said was unclear.',
    source: 'most-disliked email phrases (Perkbox 2018)',
    examples: [['Sorry if you found me unclear.', 'Let me know if anything I said was unclear.']],
  },
  {
    id: 'wrong-way',
    re: new RegExp(
      String.raw`^\W*(?:(?:please\s+)?(?:don't|do not|dont) take (?:this|it|that) (?:the )?wrong way|` +
        String.raw`with (?:all )?due respect)\b,?\s*(?:but\b)?[,.…]*\s*`,
      'i',
    ),
    say: '',
    alone: 'I want to be straight with you about something.',
    source: 'coaching-model.md, passive-aggressive (a disclaimer before criticism)',
    examples: [
      ["Don't take this the wrong way, but the deck needs work.", 'The deck needs work.'],
      ['With all due respect, the numbers are off.', 'The numbers are off.'],
    ],
  },
  {
    id: 'future-reference',
    re: /\b(?:for future reference|in case you missed (?:it|my (?:last )?(?:email|message)))\b[,:]?\s*/i,
    say: '',
    source: 'coaching-model.md, passive-aggressive',
    examples: [['For future reference, invoices go to accounts.', 'Invoices go to accounts.']],
  },
  {
    id: 'not-sure-you-saw',
    re: new RegExp(
      [
        String.raw`^\W*(?:not sure if you (?:saw|got|read) (?:the memo|my (?:last |previous )?(?:email|message|note))|did `,
        String.raw`you (?:even )?(?:read|see|get) my (?:last |previous |earlier )?(?:email|e-mail|message|not`,
        String.raw`e))\b\W*`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: 'Following up in case this got buried.',
    source: 'most-disliked email phrases (Perkbox 2018)',
    examples: [['Not sure if you saw my last email.', 'Following up in case this got buried.']],
  },
  {
    id: 'nth-time',
    re: new RegExp(
      [
        String.raw`\b(?:this is the |that's the )?(?:second|third|fourth|fifth|umpteenth|nth) time (?:I've |I`,
        String.raw` have |I'm |I am )?(?:asking|asked|raising|raised|mentioning|mentioned|reminding|chasing)(`,
        String.raw`?: (?:for|about))?\b\s*`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: CHECKING_IN,
    source: 'coaching-model.md, passive-aggressive',
    examples: [
      [
        "This is the third time I've asked for the receipts.",
        'Just checking in on this — let me know if anything is in the way.',
      ],
    ],
  },
  {
    id: 'should-not-have-to',
    re: new RegExp(
      [
        String.raw`^[^,.:;]*?\b(?:I (?:really )?(?:shouldn't|should not) (?:have|need) to|I'm (?:tired|sick) `,
        String.raw`of (?:repeating|saying|asking|reminding|chasing|telling)|(?:keep|keeps) repeating myself|(`,
        String.raw`?:not going to |won't )repeat myself|not sure why [^.?!,]{0,60}?(?:is|are) (?:still|so har`,
        String.raw`d|so difficult|such a mess|so complicated)|not sure what(?:'s| is) (?:unclear|confusing|ha`,
        String.raw`rd|difficult) about|why (?:is|are) (?:this|these|that|it) still|(?:this|it)(?: isn't|'s no`,
        String.raw`t| is not) rocket science|it's not that hard|(?:make sure|ensure) (?:this|it) (?:doesn't|d`,
        String.raw`oes not|never) happens? again|I(?:'ve| have) (?:told you|already (?:explained|said|told yo`,
        String.raw`u|covered)|(?:already )?asked (?:you )?(?:twice|three times|several times|multiple times|r`,
        String.raw`epeatedly|more than once)))[^,.:;!?]*(?:[,:;.]\s*(?:but\s+)?|$)`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: CHECKING_IN,
    source: 'coaching-model.md, passive-aggressive',
    examples: [
      [
        "I shouldn't have to remind you about this.",
        'Just checking in on this — let me know if anything is in the way.',
      ],
      [
        "I've told you this before: candidate notes go into the CRM on the same day.",
        'Candidate notes go into the CRM on the same day.',
      ],
    ],
  },
];

/** Brush-offs: said again so the person's situation is acknowledged, or dropped (principle 7). */
export const BRUSH_OFFS: PhraseEntry[] = [
  {
    id: 'dont-care-how',
    // How, when, where or who is left to the reader; "what you had planned" or "if you're busy" is the
    // reader's own view or plan brushed aside, which this cannot turn into their call.
    re: /\bI (?:really )?(?:don't|do not|dont) care (how|when|where|who) you ([^,.;!?]+)/i,
    say: '$1 you $2 is your call',
    source: 'coaching-model.md, rewrite principle 7',
    examples: [
      [
        "I don't care how you do it, just get the backlog down.",
        'How you do it is your call, just get the backlog down.',
      ],
    ],
  },
  {
    id: 'no-excuses',
    re: new RegExp(
      [
        String.raw`,?\s*\b(?:no excuses?(?: this time| anymore| whatsoever)?|no more excuses|(?:stop|quit) (?`,
        String.raw`:complaining|whining|moaning)(?: about [^,.;!?]+)?|no arguments?|no buts|don't argue(?: wi`,
        String.raw`th me)?|(?:stop|quit) making excuses|spare me (?:the )?(?:excuses|details|drama))\b[.!]?`,
      ].join(''),
      'i',
    ),
    say: '',
    alone: 'Tell me what is getting in the way.',
    source: 'coaching-model.md, dismissive',
    examples: [['Be on time tomorrow, no excuses.', 'Be on time tomorrow.']],
  },
  {
    id: 'not-up-for-discussion',
    re: new RegExp(
      [
        String.raw`(\s(?:is|are)|(?<=\w)'s) (?:not up for (?:discussion|debate|negotiation)|non-?negotiable|n`,
        String.raw`ot (?:a|open for|open to) (?:debate|discussion|negotiation)|final)\b`,
      ].join(''),
      'i',
    ),
    say: '$1 set',
    firm: true,
    source: 'coaching-model.md, rewrite principle 6',
    examples: [
      [
        'The move to the new CRM in March is not up for discussion.',
        'The move to the new CRM in March is set.',
      ],
    ],
  },
  {
    id: 'end-of-discussion',
    re: /[,.;—–-]?\s*\b(?:end of (?:discussion|story)|(?:this|it) is non-?negotiable|non-?negotiable|(?:the decision|this|that) is final)\b[.!]?/i,
    say: '',
    firm: true,
    source: 'coaching-model.md, rewrite principle 6',
    examples: [['We ship on Friday, end of discussion.', 'We ship on Friday.']],
  },
  {
    id: 'dont-care-that',
    re: /\bI (?:really )?(?:don't|do not|dont) care (?:that|if) (you[^,.;!?]+)/i,
    say: "I know $1, and I'm sorry about that",
    source: 'coaching-model.md, rewrite principle 7',
    examples: [
      [
        "I don't care that you had plans on Saturday.",
        "I know you had plans on Saturday, and I'm sorry about that.",
      ],
    ],
  },
  {
    id: 'not-my-problem',
    re: /^\W*(?:that's |it's |this is )?not my (?:problem|concern|issue|business)\b(?:\s+(?:tbh|honestly|really))?,?\s*(?:that\s+)?(?=(\S+\s+\S+\s+\S+)?)/i,
    say: 'I know ',
    alone: 'Tell me what would help.',
    source: 'coaching-model.md, dismissive',
    examples: [['Not my problem the skip lorry was late.', 'I know the skip lorry was late.']],
  },
  {
    id: 'your-business',
    re: new RegExp(
      [
        String.raw`\b((?:your|the|whatever(?:'s| is))\s[\w\s']{1,40}?)\s(?:is|are)\s(?:your (?:business|probl`,
        String.raw`em|concern|issue|lookout)|not (?:my|our) (?:business|responsibility|concern|problem))(?:,?`,
        String.raw` not mine)?(?: right now)?`,
      ].join(''),
      'i',
    ),
    say: 'I know this affects $1',
    source: 'coaching-model.md, rewrite principle 7',
    examples: [
      ['Your weekend plans are your business, not mine.', 'I know this affects your weekend plans.'],
    ],
  },
  {
    id: 'wont-revisit',
    re: new RegExp(
      [
        String.raw`,?\s*(?:and\s+)?(?:I(?:'m| am) not (?:going to |gonna )?|I won't (?:be )?|I will not (?:be`,
        String.raw` )?)?(?:not )?(?:reopen|revisit|discuss|debat|relitigat|argu(?:e|ing) about)(?:e|ing)? (?:`,
        String.raw`this|it|that)(?: again)?(?: on here)?\b`,
      ].join(''),
      'i',
    ),
    say: '',
    firm: true,
    source: 'coaching-model.md, rewrite principle 6',
    examples: [["That's final, and I won't be revisiting it.", "That's set."]],
  },
  {
    id: 'dont-want-to-hear',
    re: /\bI (?:really )?(?:don't|do not|dont) want to hear (?:about |any more about )?(the [^,.;!?]+|your [^,.;!?]+|it|excuses|any excuses)/i,
    say: 'I know about $1',
    source: 'coaching-model.md, rewrite principle 7',
    examples: [
      ["I don't want to hear about the client being difficult.", 'I know about the client being difficult.'],
    ],
  },
  {
    id: 'because-i-said-so',
    re: /\bbecause (?:I said so|I'm the (?:boss|manager))\b/i,
    say: 'because [reason]',
    source: 'coaching-model.md, dismissive',
    examples: [['Do it because I said so.', 'Do it because [reason].']],
  },
  {
    id: 'just-do-it',
    re: /\bjust do (?:it|what I (?:say|said|asked))\b|\bdo as (?:you're|you are) told\b|\bdo as I say\b/i,
    say: 'please go ahead with it',
    source: 'coaching-model.md, dismissive',
    examples: [['Just do it.', 'Please go ahead with it.']],
  },
];

/** A homework suspicion, said as an offer to help with the hard part. */
export const HOMEWORK = 'If this is coursework, which part are you stuck on? We can help with that part.';
/** The same, where the writer has said they won't do it all: the limit stays, the help is offered. */
export const HOMEWORK_LIMIT =
  "We can't do the whole assignment, but we're glad to help with the part you're stuck on. Which part is it?";

/** "Have you tried …", "Did you even think of …": the start of a question that says the reader skipped a step. */
const TRIED = String.raw`^\W*(?:(?:but|so|and) )?(?:have|did) (?:you|u) (?:even )?(?:tried|try|thought of|considered) `;

/** Loaded questions become open ones (principle 14). The whole question is replaced. */
export const OPEN_QUESTIONS: PhraseEntry[] = [
  {
    // "Why are YOU wasting your time with those comments?": the jab goes, the question of purpose stays.
    id: 'why-waste-time-with',
    re: /^\W*(?:(?:and|but|so|btw|by the way),? )?why (?:are|were) (?:you|u) wasting (?:your|my|our|everyone's) time (?:with|on) ([^?!]+?)[\s?!.]*$/i,
    say: 'What are you hoping to achieve with $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Why are you wasting your time with those comments?',
        'What are you hoping to achieve with those comments?',
      ],
    ],
  },
  {
    id: 'why-do-you-have-to',
    re: /^\W*(?:so |and |but )?why (?:do|does|did|would|should) (?:you|u|we|one) (?:have|need) to ([^?]+?)[\s?!.]*$/i,
    say: 'What makes it necessary to $1?',
    source: 'coaching-model.md, rewrite principle 14: ask for the reason instead of doubting it',
    examples: [['Why do you have to restart the server?', 'What makes it necessary to restart the server?']],
  },
  {
    id: 'is-that-clear',
    re: new RegExp(
      [
        String.raw`^\W*(?:is (?:that|this|everything) (?:clear|understood)|(?:do you |you )?(?:understand|und`,
        String.raw`erstood)|got (?:it|that)|capisce|comprende|(?:do I |have I )?ma(?:k|d)e myself clear|(?:are|is) we clear`,
        String.raw`|(?:you )?hear me|(?:everyone |everybody |all |you all )?clear(?: on (?:that|this))?)\b\W*$`,
      ].join(''),
      'i',
    ),
    say: 'Does that make sense, or is anything unclear?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['Is that clear?', 'Does that make sense, or is anything unclear?'],
      ['Everyone clear on that?', 'Does that make sense, or is anything unclear?'],
    ],
  },
  {
    id: 'why-would-you-think-that',
    re: new RegExp(
      String.raw`^\W*why (?:on earth |the hell |in the world )?(?:would|did|do|does) (?:you|u|anyone|someone) ` +
        String.raw`(?:ever |even )?(think|say|believe) (?:that|this|it|so)\b\W*$`,
      'i',
    ),
    say: 'What makes you $1 that?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Why in the world would you think that?', 'What makes you think that?']],
  },
  {
    id: 'why-would-you-do-that',
    re: new RegExp(
      String.raw`^\W*why (?:on earth |the hell |in the world )?(?:would|did|do|does|will|would've) (?:you|u|anyone|someone) ` +
        String.raw`(?:ever |even )?(?:do|say|think) (?:that|this|it)\b\W*$`,
      'i',
    ),
    say: 'What led you to do it this way?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Why would you do that?', 'What led you to do it this way?']],
  },
  {
    id: 'why-would-you-verb',
    re: /^\W*why (?:on earth |the hell )?(?:would|did|do|will) (?:you|u) (?:ever |even )?(?!need\b)([a-z][^?!]*?)[\s?!.]*$/i,
    say: 'What led you to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Why did you change the layout?', 'What led you to change the layout?']],
  },
  {
    id: 'why-are-you-doing',
    re: /^\W*why (?:on earth )?(?:are|were) (?:you|u) (?:even )?([a-z]+ing)\b([^?!]*?)[\s?!.]*$/i,
    say: 'What led you to $1$2?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Why are you calling it three times?', 'What led you to call it three times?']],
  },
  {
    id: 'how-can-you-not',
    re: /^\W*how (?:can|could|do|did) (?:you|u) (?:possibly |still )?(?:not|never) ([^?!]*?)[\s?!.]*$/i,
    say: 'What is making it hard to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'How can you not know the length of the array?',
        'What is making it hard to know the length of the array?',
      ],
      ['How could you not check the fridge log?', 'What is making it hard to check the fridge log?'],
    ],
  },
  {
    id: 'how-could-you',
    re: /^\W*how (?:could|can|would) (?:you|u) (?:possibly |even )?([a-z][^?!]*?)[\s?!.]*$/i,
    say: 'What led you to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['How could you leave Year 8 on their own?', 'What led you to leave Year 8 on their own?']],
  },
  {
    id: 'what-were-you-thinking',
    re: /^\W*what (?:were|was) (?:you|u) thinking,?\s*([a-z]+ing\b[^?!]*?)[\s?!.]*$/i,
    say: 'What led you to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        "What were you thinking, leaving bed 12's call bell out of reach?",
        "What led you to leave bed 12's call bell out of reach?",
      ],
    ],
  },
  {
    id: 'is-it-that-hard',
    re: /^\W*is it (?:really |honestly )?(?:that|so) (?:hard|difficult) to ([^?!]*?)[\s?!.]*$/i,
    say: 'What is making it hard to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Is it really that hard to fill in the fridge log?',
        'What is making it hard to fill in the fridge log?',
      ],
    ],
  },
  {
    // "Why didn't anyone mention that?": blame for news that came late; what is wanted is to hear sooner.
    id: 'why-did-nobody-tell',
    re: new RegExp(
      [
        String.raw`^\W*(?:(?:and|but|so) )?(?:(?:what's |what is )?(?:more |most |even more |the )?(?:disturbing|worrying|`,
        String.raw`concerning|annoying|frustrating|surprising|worse)(?: still)?(?: is)?,?\s+)?why (?:(?:didn't|did not|hasn't|`,
        String.raw`has not|haven't|have not|wasn't|was not) (?:anyone|anybody|someone|somebody|any of you|one of you)|did `,
        String.raw`(?:nobody|no one|no-one|none of you)) (?:ever )?(?:mention|tell|flag|raise|say|report|warn|let|speak)\b[^?!]*[\s?!.]*$`,
      ].join(''),
      'i',
    ),
    say: "I'd have liked to hear about this sooner. What got in the way?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ["Why didn't anyone mention that?", "I'd have liked to hear about this sooner. What got in the way?"],
      [
        'Why did nobody tell me the van was booked?',
        "I'd have liked to hear about this sooner. What got in the way?",
      ],
    ],
  },
  {
    id: 'do-your-work-for-you',
    re: /\b(?:do(?:ing)?|writ(?:e|ing)|solv(?:e|ing)|finish(?:ing)?|debug(?:ging)?) (?:all )?(?:your|ur) (?:home)?work for (?:you|u)\b/i,
    say: 'What have you tried so far, and where are you stuck?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Or are you just asking us to do your work for you?',
        'What have you tried so far, and where are you stuck?',
      ],
    ],
  },
  {
    id: 'never-heard-of',
    re: /\b(?:have|has)(?:n't| not) (?:you|u|anyone|anybody|any of you) (?:ever )?heard of ([^?!]+?)[\s?!.]*$/i,
    // Points the reader to it without the jab that they should have known ("Have you tried Google?" kept it).
    say: '$1 may already have the answer — worth a look?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ["Hasn't anyone ever heard of Google?", 'Google may already have the answer — worth a look?'],
      [
        "Haven't you heard of the style guide?",
        'The style guide may already have the answer — worth a look?',
      ],
    ],
  },
  {
    id: 'who-told-you',
    re: /^\W*who (?:told|said|gave) you ([^?!]*?)[\s?!.]*$/i,
    say: 'What led you to think $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Who told you that was OK?', 'What led you to think that was OK?']],
  },
  {
    id: 'how-many-times-that',
    re: /^\W*how (?:many|often) times (?:do|must|will|have) I (?:have to )?(?:tell|remind) you that ([^?!]+?)[\s?!.]*$/i,
    say: 'Quick reminder: $1.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'How many times do I have to remind you that registers go in by 9:05?',
        'Quick reminder: registers go in by 9:05.',
      ],
    ],
  },
  {
    id: 'why-not-thing',
    re: /^\W*[Ww]hy not (?:just |simply )?(`[^`]+`|"[^"]+"|[A-Z][\w.+#&-]*)[\s?!.]*$/,
    // "What about" fits both readings: a suggestion, and asking why the thing was left out.
    say: 'What about $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Why not `fprintf`?', 'What about `fprintf`?']],
  },
  {
    id: 'why-dont-you-see-that',
    re: /^\W*why (?:don't|dont|can't|cant|won't|doesn't|didn't) (?:you|u) (?:just )?(?:see|understand|get|realise|realize|accept) that ([^?!]+?)[\s?!.]*$/i,
    say: 'I think $1. How do you see it?',
    source: "coaching-model.md, rewrite principle 14: say what you think and ask for the reader's view",
    examples: [
      ["Why don't you get that they are helpful?", 'I think they are helpful. How do you see it?'],
      ["Why can't you see that the rota is fair?", 'I think the rota is fair. How do you see it?'],
    ],
  },
  {
    id: 'why-not-just',
    re: /^\W*why not (?:just |simply )?(?:to )?(?!just |simply )([a-z][^?!]*?)[\s.!?]*$/i,
    say: 'Would it work to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Why not just calculate the time between pulses?',
        'Would it work to calculate the time between pulses?',
      ],
    ],
  },
  {
    id: 'cant-you-just',
    re: /^\W*(?:can't|cannot|couldn't|can not) (?:you|u) (?:just |simply )?([a-z][^?!]*?)[\s.!?]*$/i,
    say: 'Could you $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["Can't you just post the gist of it here?", 'Could you post the gist of it here?']],
  },
  {
    id: 'what-is-the-point',
    // "…of subfeatures if you can't save them?": the condition follows what the thing gives.
    re: /^\W*what(?:'s| is) the point of ([^?!]*?)((?:,?\s+(?:if|when|unless|given)\b[^?!]*?)?)[\s?!.]*$/i,
    say: 'What does $1 give us$2?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['What is the point of having n greater than 32?', 'What does having n greater than 32 give us?'],
      [
        "What's the point of subfeatures if you can't save them to a file?",
        "What do subfeatures give us if you can't save them to a file?",
      ],
    ],
  },
  {
    id: 'dont-you-mean',
    re: /^\W*(?:don't|didn't|do) you (?:mean|really mean) ([^?!]*?)[\s?!.]*$/i,
    say: 'Did you mean $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["Don't you mean 0, 90, 180, 270?", 'Did you mean 0, 90, 180, 270?']],
  },
  {
    id: 'you-do-know',
    re: /^\W*(?:you do|do you even|don't you) know (?:about )?([^?!]*?)[\s?!.]*$/i,
    say: 'Have you looked at $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['You do know about Google ?', 'Have you looked at Google?']],
  },
  {
    id: 'how-many-times',
    re: /^\W*how (?:many|often) times (?:do|must|will|have) I (?:have to )?(?:tell|ask|remind|say)[^?!]*\W*$/i,
    say: 'Let me know if anything about this is unclear.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['How many times do I have to tell you?', 'Let me know if anything about this is unclear.']],
  },
  {
    id: 'whats-your-problem-with',
    re: /^\W*(?:so |and )?what(?:'s| is) (?:exactly )?your (?:problem|issue),? (?:exactly )?with ([^?!]*?)[\s?!.]*$/i,
    say: "What's the problem you're running into with $1?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["What's your problem with that?", "What's the problem you're running into with that?"]],
  },
  {
    id: 'whats-your-problem',
    re: /^\W*(?:so |and )?what(?:'s| is) (?:exactly )?your (?:problem|issue)(?:,? exactly)?\W*$/i,
    say: 'What problem are you running into?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['So what is your problem?', 'What problem are you running into?']],
  },
  {
    id: 'what-do-you-mean-by',
    re: /^\W*what do you mean,? by ([^?!]*?)[\s?!.]*$/i,
    say: 'Could you say more about what you mean by $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['What do you mean by "fast"?!', 'Could you say more about what you mean by "fast"?']],
  },
  {
    id: 'what-do-you-mean-it',
    re: /^\W*what do you mean,? ((?:it|that|this|they|you|he|she|the)\b[^?!]*?)[\s?!.]*$/i,
    say: 'What are you seeing that tells you $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['What do you mean it is still running?', 'What are you seeing that tells you it is still running?'],
    ],
  },
  {
    id: 'what-is-so-hard',
    re: /^\W*what(?:'s| is) so (?:hard|difficult|complicated) about (?:this|that|it)\W*$/i,
    say: 'What is making this hard?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['What is so hard about this?', 'What is making this hard?']],
  },
  {
    id: 'what-is-so-hard-about',
    re: /^\W*what(?:'s| is) so (?:hard|difficult|complicated) about ([^?!]*?)[\s?!.]*$/i,
    say: 'What is making $1 hard?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["what's so hard about logging your breaks?", 'What is making logging your breaks hard?']],
  },
  {
    id: 'how-hard-is-it',
    re: /^\W*how (?:hard|difficult) (?:is|can) it (?:be )?to ([^?!]*?)[\s?!.]*$/i,
    say: 'What is making it hard to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['how hard is it to follow the script?', 'What is making it hard to follow the script?']],
  },
  {
    id: 'any-idea-what',
    re: /^\W*do you (?:even )?(?:have any idea|know|realise|realize) ((?:what|how much|how many|how long)\b[^?!]*?)[\s?!.]*$/i,
    say: 'I want to make sure you know $1: [detail].',
    source: 'coaching-model.md, rewrite principles 8 and 14',
    examples: [
      [
        'Do you have any idea what that case of truffles cost?',
        'I want to make sure you know what that case of truffles cost: [detail].',
      ],
    ],
  },
  {
    id: 'how-many-more-times-find',
    re: /^\W*how many (?:more )?times (?:will|do|must|am|have) I (?:going to |have to )?(find|see|catch|hear|get) ([^?!]*?)[\s?!.]*$/i,
    say: "I've $1 $2 again.",
    source: 'coaching-model.md, rewrite principles 8 and 14',
    examples: [
      [
        'How many more times will I find the science prep room unlocked?',
        "I've found the science prep room unlocked again.",
      ],
    ],
  },
  {
    id: 'need-to-remind-you',
    re: /^\W*(?:do|must|should) I (?:really )?(?:need|have) to (?:remind|tell) you (?:again )?that ([^?!]*?)[\s?!.]*$/i,
    say: 'Quick reminder: $1.',
    source: 'coaching-model.md, rewrite principles 8 and 14',
    examples: [
      [
        'Do I need to remind you that the bleep stays on for your whole shift?',
        'Quick reminder: the bleep stays on for your whole shift.',
      ],
    ],
  },
  {
    id: 'what-did-i-say',
    re: /^\W*what did I (?:just )?(?:say|tell you) about ([^?!]*?)[\s?!.]*$/i,
    say: 'A quick reminder about $1: [detail].',
    source: 'coaching-model.md, rewrite principles 8 and 14',
    examples: [
      ['what did I say about phones on the line?', 'A quick reminder about phones on the line: [detail].'],
    ],
  },
  {
    // "What kind of programmer are you?" asks about the person: their background, asked openly.
    id: 'what-kind-of-are-you',
    re: /^\W*what (?:kind|sort|type) of [^?!]*?are (?:you|u)[\s?!.]*$/i,
    say: "What's your background with this?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['What kind of programmer are you?', "What's your background with this?"]],
  },
  {
    // The thing is named without the sneer, and whoever made it is not presumed to be the reader.
    id: 'what-kind-of-you',
    re: /^\W*what (?:kind|sort|type) of (?:[\w-]+ )*?([\w-]+) (?:is this|is that)[\s?!.]*$/i,
    say: "I'm not sure about this $1 yet: [concern]. Could you tell me more about it?",
    source: 'coaching-model.md, rewrite principle 13: a put-down becomes critique of the work',
    examples: [
      [
        'What sort of nonsensical assignment is this?',
        "I'm not sure about this assignment yet: [concern]. Could you tell me more about it?",
      ],
    ],
  },
  {
    id: 'why-such',
    re: /^\W*why such (?:an? )?([^?!]*?)[\s?!.]*$/i,
    say: "What's behind the $1?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['why such a large file?', "What's behind the large file?"]],
  },
  {
    id: 'dont-you-think',
    re: /^\W*(?:don't|dont|wouldn't) you (?:think|agree)[\s?!.]*$/i,
    say: 'What do you think?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["Don't you think?", 'What do you think?']],
  },
  {
    id: 'did-you-really-think',
    re: new RegExp(
      String.raw`^\W*did (?:you|u) (?:really|honestly|seriously|actually|truly|genuinely) ` +
        String.raw`(think|believe|suppose|imagine)(?: that)? ([^?!]*?)[\s?!.]*$`,
      'i',
    ),
    say: 'What led you to $1 $2?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        "Did you honestly believe the client wouldn't notice?",
        "What led you to believe the client wouldn't notice?",
      ],
    ],
  },
  {
    id: 'do-you-really-think',
    re: new RegExp(
      String.raw`^\W*(?:do )?(?:you|u) (?:really|honestly|seriously|actually|truly|genuinely) ` +
        String.raw`(think|believe|suppose|imagine)(?: that)? ([^?!]*?)[\s?!.]*$`,
      'i',
    ),
    say: 'What leads you to $1 $2?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Do you really think throwing code at us will solve your problem?!',
        'What leads you to think throwing code at us will solve your problem?',
      ],
      ["You really think that's going to fly?", "What leads you to think that's going to fly?"],
    ],
  },
  {
    id: 'would-you-really-call',
    re: new RegExp(
      String.raw`^\W*(?:(?:but|so|and) )?(?:would|do|did) (?:you|u) (?:really|honestly|seriously|actually|truly|genuinely) ` +
        String.raw`call (this|that|it|these|those) ([^?!]+?)[\s?!.]*$`,
      'i',
    ),
    say: 'What makes $1 $2, in your view?',
    source: 'coaching-model.md, rewrite principle 14: ask for their reasoning instead of doubting it',
    examples: [
      ['Would you really call this a basic question?', 'What makes this a basic question, in your view?'],
    ],
  },
  {
    // "Shouldn't you be able to solve it with equations?" suggests the way without saying the reader should know it.
    id: 'shouldnt-you-be-able',
    re: /^\W*(?:(?:but|so|and) )?(?:shouldn't|should not|shouldnt) (?:you|u) be able to ([^?!]+?)[\s?!.]*$/i,
    say: 'Would it work to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        "Shouldn't you be able to solve it with two equations?",
        'Would it work to solve it with two equations?',
      ],
    ],
  },
  {
    // "Did you forget to attach it?" supposes the slip; "Did you mean to…" leaves room for a reason.
    id: 'did-you-forget-to',
    re: /^\W*(?:(?:but|so|and) )?did (?:you|u) forget to ([^?!]+?)[\s?!.]*$/i,
    say: 'Did you mean to $1?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['did you forget to include something?', 'Did you mean to include something?']],
  },
  {
    // "Why are you so against sharing the errors?" asks after the concern instead of the stance.
    id: 'why-so-against',
    re: /^\W*why (?:are|were) (?:you|u) so (?:against|opposed to|set against) ([^?!.]+?)[\s?!.]*$/i,
    say: "What's your concern about $1?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        'Why are you so against sharing the errors that you are seeing.',
        "What's your concern about sharing the errors that you are seeing?",
      ],
    ],
  },
  {
    // "Really?", "Since when?", "Excuse me?" alone, after a claim or a request: disbelief. Asked literally
    // ("When did that change?", "Tell me more") it misses the point; said plainly, the doubt gets its substance.
    id: 'disbelief-alone',
    re: /^\W*(?:(?:lol|lmao|haha+|wow)\W+)?(?:really|seriously|for real|are you serious|you serious|what)[\s?!.]*$/i,
    say: 'I was surprised to see this.',
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [['Really?', 'I was surprised to see this.']],
  },
  {
    // "Excuse me?", "Huh?" alone say the writer lost the thread at least as often as that they doubt
    // it (two blind readers read "Excuse me?" as not following); asking to hear more fits either.
    id: 'not-following-alone',
    re: /^\W*(?:(?:lol|lmao|haha+|wow)\W+)?(?:excuse me|pardon|come again|huh)[\s?!.]*$/i,
    say: "Sorry, I'm not sure I follow. Could you say a bit more?",
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [['Excuse me?', "Sorry, I'm not sure I follow. Could you say a bit more?"]],
  },
  {
    // "Since when?" alone, after a claim: the writer doubts it; ask what it rests on and say what they thought.
    id: 'since-when-alone',
    re: /^\W*since when[\s?!.]*$/i,
    say: "What's that based on? I had understood otherwise.",
    source: 'coaching-model.md, rewrite principle 14: ask, and say what you thought',
    examples: [['Since when?', "What's that based on? I had understood otherwise."]],
  },
  {
    // "Now we're done sharing, did you have a question?": the sarcasm goes, the question stays.
    id: 'did-you-have-a-question',
    re: /\bdid (?:you|u) have a question[\s?!.]*$/i,
    say: 'What would you like to ask?',
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [
      ["Now we're done sharing what we want, did you have a question?", 'What would you like to ask?'],
    ],
  },
  {
    id: 'not-sure-what-your-problem-is',
    re: /^\W*I'?m not sure what (?:your|the) problem is(?: here)?[\s?!.]*$/i,
    say: "I'm not sure I follow what's going wrong yet. Could you say a bit more?",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      [
        "I'm not sure what your problem is here.",
        "I'm not sure I follow what's going wrong yet. Could you say a bit more?",
      ],
    ],
  },
  {
    id: 'is-this-a-joke',
    re: /^\W*(?:is|was) (?:this|that|it) (?:a |some kind of |some sort of )?(?:joke|troll|prank)(?: question| post)?[\s?!.]*$/i,
    say: "I'm not sure I follow. Could you say a bit more about what you're after?",
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [
      [
        'Is this a joke question?',
        "I'm not sure I follow. Could you say a bit more about what you're after?",
      ],
    ],
  },
  {
    // "Did you read the docs at all?" asks whether the reader got to it, without doubting they tried.
    id: 'at-all',
    re: new RegExp(
      String.raw`^\W*(?:(?:but|so|and) )?(?:did|have|has|do) (?:you|u) (?:even )?(?:bother(?:ed)? to )?` +
        String.raw`((?:[a-z]+ ){0,2}?[a-z]+\b[^?!]*?)[\s*_]*\bat all\b[\s*_]*([^?!]*?)[\s?!.]*$`,
      'i',
    ),
    say: 'Have you had a chance to $1 $2?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['Did you read the documentation at all?', 'Have you had a chance to read the documentation?'],
      ['Have you tested it at all before pushing?', 'Have you had a chance to test it before pushing?'],
    ],
  },
  {
    // "Have you tried reading a tutorial?" offers the help without saying the reader skipped it.
    id: 'tried-the-basics',
    re: new RegExp(`${TRIED}(reading|looking (?:at|in|through)) ([^?!]+?)[\\s?!.]*$`, 'i'),
    say: '$1 $2 might help here.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['Have you tried reading a tutorial or a book?', 'Reading a tutorial or a book might help here.'],
    ],
  },
  {
    id: 'tried-googling',
    re: new RegExp(`${TRIED}(googling)\\b((?: for [^?!]+?)?)[\\s?!.]*$`, 'i'),
    say: '$1$2 might help here.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Have you tried googling for "cron syntax"?', 'Googling for "cron syntax" might help here.']],
  },
  {
    id: 'tried-google',
    re: new RegExp(`${TRIED}(?:google|a google search)\\b((?: for [^?!]+?)?)[\\s?!.]*$`, 'i'),
    say: 'A Google search$1 might help here.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [
      ['Have you tried Google?', 'A Google search might help here.'],
      [
        'Have you tried a Google search for "cron syntax"?',
        'A Google search for "cron syntax" might help here.',
      ],
    ],
  },
  {
    id: 'tried-a-search',
    re: new RegExp(`${TRIED}(?:a |an )?(?:web |internet )?search(?:ing)?\\b[^?!]*[\\s?!.]*$`, 'i'),
    say: 'A web search might help here.',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Have you tried searching online?', 'A web search might help here.']],
  },
  {
    id: 'wtf',
    re: /^\W*(?:wtf|what the (?:hell|heck|fuck|f\*+k)|lol,? what)[\s?!.]*$/i,
    say: 'I was surprised to see this.',
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [['WTF?', 'I was surprised to see this.']],
  },
  {
    id: 'are-you-kidding',
    re: /^\W*(?:are you (?:kidding|joking|serious|for real|having a laugh)(?: me| right now)?|you(?:'ve| have) got to be kidding(?: me)?)[\s?!.]*$/i,
    say: 'I was surprised to see this.',
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [['are you kidding me?', 'I was surprised to see this.']],
  },
  {
    // "Letting recruiters IM you? Are you crazy?": the writer thinks the reader's plan is a mistake; say so,
    // and why, instead of questioning their sanity.
    id: 'are-you-crazy',
    re: /^\W*(?:are you (?:crazy|mad|insane|nuts|out of your (?:mind|head|tree))|have you lost your mind)[\s?!.]*$/i,
    say: "I'd think twice about that, because [concern].",
    source: 'coaching-model.md, rewrite principle 8: drop the jab, keep the message',
    examples: [['Are you crazy?', "I'd think twice about that, because [concern]."]],
  },
  {
    id: 'do-you-really-need-to',
    re: /^\W*(?:(?:but|so|and) )?(?:do|did|would) (?:you|u) (?:really|actually|honestly|seriously) (?:need|have) to ((?:(?!\bor\b)[^?])+?)[\s?!.]*$/i,
    say: 'What makes it necessary to $1?',
    source: 'coaching-model.md, rewrite principle 14: ask for the reason instead of doubting it',
    examples: [
      ['Do you really need to reload every package?', 'What makes it necessary to reload every package?'],
    ],
  },
  {
    id: 'do-you-really-need',
    re: new RegExp(
      String.raw`^\W*(?:(?:but|so|and) )?(?:do|did|would) (?:you|u) (?:really|actually|honestly|seriously) ` +
        // "Do you really want python to do it?" wants someone to act: asking what it is "for" misreads it.
        String.raw`(need|want) (?!to\b)(?![^?]*\bto\b)((?:(?!\bor\b)[^?])+?)[\s?!.]*$`,
      'i',
    ),
    say: 'What do you $1 $2 for?',
    source: 'coaching-model.md, rewrite principle 14: ask for the reason instead of doubting it',
    examples: [['Do you really need all of them?', 'What do you need all of them for?']],
  },
  {
    id: 'not-simple-enough',
    re: /^\W*(?:is|are|was|were|isn't|aren't) (.+?) not (?:simple|clear|good|obvious|easy|explicit|specific|detailed|plain|short|fast) enough[\s?!.]*$/i,
    say: 'What is missing from $1?',
    source: 'coaching-model.md, rewrite principle 14: ask what is missing',
    examples: [['Is the checklist not clear enough?', 'What is missing from the checklist?']],
  },
  {
    id: 'since-when',
    re: /^\W*since when (is|are|was|were|do|does|did|can|could|should|has|have|must) ([^?]+?)[\s?!.]*$/i,
    say: '$1 $2? I had understood otherwise.',
    source: 'coaching-model.md, rewrite principle 14: ask, and say what you thought',
    examples: [['Since when is String a primitive?', 'Is String a primitive? I had understood otherwise.']],
  },
  {
    id: 'care-to-explain',
    re: /^\W*(?:(?:would|do) (?:you|u) )?care to (explain|elaborate|share|comment)\b([^?]*?)[\s?!.]*$/i,
    say: "Could you $1$2? I'd like to understand.",
    source: 'coaching-model.md, rewrite principle 14',
    examples: [['Would you care to explain why?', "Could you explain why? I'd like to understand."]],
  },
  {
    id: 'you-dont-know-do-you',
    re: new RegExp(
      String.raw`^\W*(?:you|u) (?:don't|do not|didn't|did not|can't|cannot|haven't) (?:actually |even |really )?` +
        String.raw`(?:know|understand|get|read) ([^?]+?),\s*(?:do|did|can|have) (?:you|u)[\s?!.]*$`,
      'i',
    ),
    say: 'How familiar are you with $1?',
    source: 'coaching-model.md, rewrite principle 14: ask what the reader knows instead of telling them',
    examples: [["You don't know what a mutex is, do you?", 'How familiar are you with what a mutex is?']],
  },
  {
    id: 'how-long-can-it-possibly',
    re: /^\W*how (?:long|hard|difficult) (?:can|could) (?:it|this|that) possibly (?:be|take)\b/i,
    say: 'What is getting in the way?',
    source: 'coaching-model.md, rewrite principle 14: ask about the obstacle',
    // With the task named, sentence.ts keeps it: "…take to copy a key?" → "…in the way of copying a key?".
    examples: [['How hard can it possibly be?', 'What is getting in the way?']],
  },
  {
    id: 'whats-wrong-with-this-place',
    re: /^\W*what(?:'s|s| is| was)? wrong with (?:this place|this site|people|ppl|everyone|everybody|you guys|some people)\b/i,
    say: "I'm surprised by this — what am I missing?",
    source: 'coaching-model.md, rewrite principle 14: say what you feel, then ask',
    examples: [["What's wrong with people here?", "I'm surprised by this — what am I missing?"]],
  },
  {
    // "Are you asking us to predict the future?": the objection is that it cannot be known; say so, then ask.
    id: 'asked-to-predict',
    re: /\b(?:asking|expecting|expect|want) (?:us|me) to (?:try (?:and|to) )?predict\b/i,
    say: "I don't think anyone can predict that. What do you need to decide now?",
    source: 'coaching-model.md, rewrite principle 14: ask for what you need to know',
    examples: [
      [
        'Are you asking us to try and predict the future?',
        "I don't think anyone can predict that. What do you need to decide now?",
      ],
    ],
  },
  {
    id: 'supposed-to-guess',
    re: new RegExp(
      String.raw`\b(?:supposed|expected|meant) to (?:guess|know|read (?:your|ur|my) mind)\b|` +
        String.raw`\b(?:asking|expecting|expect) (?:us|me) to (?:try (?:and|to) )?(?:guess|read|predict)\b|\bguess(?: at [^?]*)?\W*$`,
      'i',
    ),
    say: 'Could you share a bit more detail, so I can follow?',
    source: 'coaching-model.md, rewrite principle 14: ask for what you need to know',
    examples: [['Or are we supposed to guess?', 'Could you share a bit more detail, so I can follow?']],
  },
  {
    id: 'whats-the-real-question',
    re: /^\W*(?:(?:so|and|ok|okay)\W+)?(?:what(?:'s| is| was) (?:the|your) (?:real |actual )?question|did you have a question)\b[^?]*\W*$/i,
    say: 'What would you most like to know?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["So what's the real question?", 'What would you most like to know?']],
  },
  {
    id: 'whats-your-point',
    re: /^\W*(?:(?:so|and|ok|okay)\W+)?what(?:'s| is| was) (?:the|your) (?:real |actual )?point\b[^?]*\W*$/i,
    say: 'What do you have in mind?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["And what's your point?", 'What do you have in mind?']],
  },
  {
    // "Is this homework?" asked outright: the question stays (it matters for how to help), minus the suspicion.
    id: 'is-it-homework',
    re: /^\W*(?:(?:so|and|but)\W+)?(?:is|was) (?:this|that|it) (?:a |your )?homework(?: question| assignment)?(?: or not)?\W*$/i,
    // Only the question: what follows in the draft ("If so, please tag it") still reads after it.
    say: 'Is this for a course?',
    source: 'politeness corpus (Stack Exchange): the homework question read as an accusation',
    examples: [
      ['Is it homework or not?', 'Is this for a course?'],
      ['Is this homework?', 'Is this for a course?'],
    ],
  },
  {
    // "Surely you don't expect a solution, as then you wouldn't have been doing your homework?": whatever its
    // shape, a homework jab becomes the offer to help with the hard part.
    id: 'homework-jab',
    re: /\bhomework\b/i,
    say: HOMEWORK,
    source: 'politeness corpus (Stack Exchange): the homework question read as an accusation',
    examples: [
      [
        "Surely you don't expect a solution, as then you wouldn't have been doing your homework?",
        'If this is coursework, which part are you stuck on? We can help with that part.',
      ],
    ],
  },
  {
    id: 'surely-you',
    re: /^\W*(?:and |but )?surely ((?:you|u|your|you're|you've)\b[^?]*?)[\s?!.]*$/i,
    say: 'Am I right that $1?',
    source: 'coaching-model.md, rewrite principle 14: check the assumption instead of asserting it',
    examples: [['Surely your classes covered joins?', 'Am I right that your classes covered joins?']],
  },
  {
    id: 'because-you-cant',
    re: /^\W*(?:because|cause|cuz|'cause) (?:you|u|you're|your)\b[^?]*\W*$/i,
    say: 'What makes you ask?',
    source: 'coaching-model.md, rewrite principle 14',
    examples: [["Because you can't solve it?", 'What makes you ask?']],
  },
  {
    id: 'not-even',
    re: /^\W*not even\b[^?]*\W*$/i,
    say: 'Could you add a bit more detail?',
    source: 'coaching-model.md, rewrite principle 14: ask for what is missing',
    examples: [['Not even proper sentences?', 'Could you add a bit more detail?']],
  },
  {
    id: 'is-there-a-reason-you',
    re: /^\W*is there (?:a|any) (?:good |particular )?reason (?:why |that )?((?:you|u|all of you|your \w+)\b[^?]*?)[\s?!.]*$/i,
    say: 'I noticed $1. What was behind that?',
    source: 'coaching-model.md, rewrite principle 14: say what you saw, then ask',
    examples: [
      [
        "Is there a reason you didn't cc me on this?",
        "I noticed you didn't cc me on this. What was behind that?",
      ],
    ],
  },
];

/** "Why aren't you using groups?" → "Would it work to use groups?" (the verb in its base form). */
export const WHY_NOT = new RegExp(
  String.raw`^\W*why (?:aren't|isn't|don't|doesn't|didn't|haven't|won't|can't|couldn't|wouldn't|dont|doesnt|didnt|cant|couldnt|wont|arent|isnt) ` +
    String.raw`(?:you|u) (?:just )?` +
    String.raw`(?!(?:think|believe|feel|want|like|agree|see|understand|know|get that|realise|realize|accept|expect)\b)([a-z][^?!]*?)[\s?!.]*$`,
  'i',
);

/** Fallbacks when no entry fits. */
/** For a bare "Really?" or "Seriously?": it may answer a claim or an act, so it asks about either. */
export const OPEN_QUESTION_FALLBACK = 'Can you tell me more about that?';

/**
 * When no entry fits, the question itself is kept (its names, numbers and code) and asked as something the
 * writer wants to understand: "Why is your `i` loop going from `j:6`?" → "Help me understand: why is your
 * `i` loop going from `j:6`?" Only the heat goes: "on earth", "the hell", "even", "seriously".
 */
export const HEAT =
  /\b(?:on earth|in the world|the hell|the heck|in god's name|tf|even|ever|seriously|actually|just|really)(?:\s*,\s*|\s+)/gi;
