/**
 * Dismissive: brushing off the reader's feelings, circumstances or input (coaching-model.md,
 * `dismissive`). Grouped by the reply each family gets (the rule's `say` functions); the groups run in
 * this order and an earlier group's span wins over a later one's, so keep the order when adding.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, dismissive';
const EDMONDSON = 'dismissive language in psychological-safety research (Edmondson)';
const DEV = 'dev data shape';

export const DISMISSIVE = {
  /** "I don't care what you had planned": the span runs to the end of the clause. */
  'dont-care': [
    {
      id: 'i-dont-care',
      pattern:
        "(?:\\bI (?:really )?|^\\W*)(?:don't|do not|dont) care" +
        // "I don't care what my vote is used for": indifference about the writer's own thing, not the reader.
        '(?!\\s+(?:what|how|whether|if|where|which|when)\\b(?![^.!?;,]*\\b(?:you|your|u|ur)\\b)[^.!?;,]*\\b(?:my|our)\\b)' +
        '(?:\\s+(?:what|about|how|that|when|who|whose|whether|if)\\b[^.!?;,]*|(?=\\W*$)|(?=[.!,;]))',
      example: "I don't care what you had planned for Saturday.",
      nearMiss: "I don't care which one you pick.",
      source: MODEL,
    },
  ],
  'not-my-problem': [
    {
      id: 'not-my-problem',
      pattern:
        "\\b(?:(?:that's|that is|it's|it is|this is|[\\w' ]{1,40}? (?:is|are)) )?not my (?:problem|concern|issue)\\b" +
        '(?: that [^.!?;,]*)?',
      example: 'not my problem that marco called out.',
      nearMiss: "That's not my call to make, ask Dana.",
      source: MODEL,
    },
  ],
  'no-excuses': [
    {
      id: 'no-excuses',
      pattern: '\\bno excuses?(?: this time| anymore| whatsoever)?\\b',
      example: 'No excuses this time.',
      nearMiss: 'Please excuse the short notice.',
      source: MODEL,
    },
  ],
  'deal-with-it': [
    {
      id: 'deal-with-it',
      pattern:
        // "You better deal with it": the pressure in front goes with it.
        "(?:\\b(?:you|u)(?:'d| had)? better )?(?<!\\b(?:I'll|I will|we'll|we will|let me|let's|I can|we can|help you|I'd|" +
        "we'd|I|we|they) )\\bdeal with it\\b(?![^.!?]*\\?)",
      example: 'Deal with it.',
      nearMiss: 'How do you want to deal with it?',
      source: MODEL,
    },
  ],
  'figure-it-out': [
    {
      id: 'figure-it-out',
      pattern:
        "(?<!\\b(?:I'll|I will|we'll|we will|let me|let's|I can|we can|help you|I'd|we'd|I|we|together) )" +
        '\\bfigure it out\\b(?! together)(?: yourself| yourselves| on your own)?',
      example: 'figure it out and get the patio open by 5',
      nearMiss: "Let's figure it out together.",
      source: MODEL,
    },
  ],
  'not-a-debate': [
    {
      id: 'this-is-not-a-debate',
      pattern:
        "\\b(?:this|it|that) (?:isn't|is not|'s not) (?:a|up for|open for|open to) (?:debate|discussion|negotiation)\\b",
      example: "This isn't a debate.",
      nearMiss: 'This is a debate worth having.',
      source: MODEL,
    },
    {
      id: 'no-arguments',
      pattern: '\\bno (?:arguments?|buts|ifs,? (?:and|or) buts)\\b',
      example: 'No ifs or buts, it happens Monday.',
      nearMiss: 'There were some good arguments in the meeting.',
      source: MODEL,
    },
    {
      id: 'dont-argue',
      pattern: "\\bdon't argue(?: with me)?\\b",
      example: "Don't argue with me on this.",
      nearMiss: "We didn't argue about it at all.",
      source: MODEL,
    },
    {
      id: 'no-pushback-wanted',
      pattern:
        "\\bI (?:don't|do not) want (?:any )?(?:pushback|arguments?|complaints|questions|back-?chat|discussion)" +
        '(?: on this| about this)?\\b',
      example: "I don't want any pushback on this.",
      nearMiss: "I don't want anyone to feel rushed.",
      source: MODEL,
    },
  ],
  'stop-the-excuses': [
    {
      id: 'stop-making-excuses',
      pattern: '\\b(?:stop|quit) making excuses\\b',
      example: 'Stop making excuses about the early start.',
      nearMiss: 'Nobody is making excuses; the van broke down.',
      source: MODEL,
    },
    {
      id: 'no-more-excuses',
      pattern: '\\bno more excuses\\b',
      example: 'No more excuses, please.',
      nearMiss: 'No more meetings on Fridays.',
      source: MODEL,
    },
    {
      id: 'enough-excuses',
      pattern: '\\benough (?:of the )?excuses\\b',
      example: 'Enough of the excuses.',
      nearMiss: 'We have enough chairs for everyone.',
      source: MODEL,
    },
    {
      id: 'not-interested-in-excuses',
      pattern:
        "(?:\\b(?:I'm|I am) |^\\W*)not interested in (?:your |any |more |hearing )?(?:excuses|complaints|reasons)\\b",
      example: "I'm not interested in your excuses.",
      nearMiss: "I'm not interested in the late shift, but thanks for asking.",
      source: MODEL,
    },
  ],
  'on-your-own': [
    {
      id: 'sort-it-yourself',
      pattern: '\\b(?:sort|figure|handle|fix) it (?:out )?(?:yourself|yourselves|on your own)\\b',
      example: 'sort it out yourself and reconcile the invoices',
      nearMiss: 'Can we sort it out together on Monday?',
      source: MODEL,
    },
    {
      id: 'just-do-it',
      pattern: '\\bjust do (?:it|what I (?:say|said|asked))\\b',
      example: 'Just do what I asked.',
      nearMiss: 'Just do your best with the time you have.',
      source: MODEL,
    },
    {
      id: 'do-as-youre-told',
      pattern: "\\bdo as (?:you're|you are) told\\b",
      example: "Do as you're told.",
      nearMiss: 'Do as you think best.',
      source: MODEL,
    },
    {
      id: 'do-as-i-say',
      pattern: '\\bdo as I say\\b',
      example: 'Do as I say, not as I do.',
      nearMiss: 'Do as I suggested only if it helps.',
      source: MODEL,
    },
    {
      id: 'because-im-the-boss',
      pattern: "\\bbecause I'm the (?:boss|manager)\\b",
      example: "Because I'm the manager, that's why.",
      nearMiss: "Because I'm the one on call, I'll take it.",
      source: MODEL,
    },
    {
      id: 'no-time-for-this',
      pattern: "\\bI (?:don't|do not) have time for (?:this|excuses|your)\\b",
      example: "I don't have time for this.",
      nearMiss: "I don't have time for lunch today, so let's meet at 2.",
      source: MODEL,
    },
  ],
  /** "Your weekend plans are your business, not mine", "Your childcare is not something I can worry about". */
  'your-business': [
    {
      id: 'your-x-is-your-business',
      pattern:
        "\\b(?:your|the) [\\w\\s']{1,30}? (?:is|are) (?:your (?:business|problem|concern|issue|lookout)|" +
        'not (?:my|our) (?:business|responsibility)|not something (?:I|we) (?:can|need to|have to|am going to) (?:worry|care) about)\\b',
      example: 'Your weekend plans are your business, not mine.',
      nearMiss: 'Your weekend plans are important to me.',
      source: `${MODEL}; ${DEV}`,
    },
  ],
  'how-it-is': [
    {
      id: 'thats-how-it-is',
      pattern: "\\b(?:that's|it's) (?:just )?(?:how it is|the way it is|how it's going to be|life)\\b",
      example: "That's just how it is this month.",
      nearMiss: "That's how the new rota works.",
      source: MODEL,
    },
    {
      id: 'yours-to-sort-out',
      pattern: "\\bthat's (?:for you|up to you|your job) to (?:work|figure|sort) (?:it )?out\\b",
      example: "That's for you to figure out.",
      nearMiss: "That's up to you to decide, and either is fine.",
      source: MODEL,
    },
    {
      id: 'not-something-we-accommodate',
      pattern:
        "\\b(?:that's |it's )?not something (?:I|we) (?:can|will|am going to) " +
        '(?:factor in|take into account|accommodate|make exceptions for|change for)\\b',
      example: 'Your school run is not something we can accommodate.',
      nearMiss: 'Is that something we can accommodate?',
      source: `${MODEL}; ${DEV}`,
    },
    {
      id: 'whatever-your-plans',
      pattern:
        '\\b(?:whatever|regardless of) your (?:workload|plans|schedule|situation|circumstances|reasons|excuses?|other commitments)' +
        '(?: (?:is|are|looks? like))?\\b',
      example: 'Whatever your plans are, be here at 7.',
      nearMiss: "Whatever you decide, I'll back you.",
      source: MODEL,
    },
    {
      id: 'no-for-an-answer',
      pattern: "\\bI won't take no for an answer\\b",
      example: "I won't take no for an answer.",
      nearMiss: 'Feel free to say no if it does not work.',
      source: MODEL,
    },
    {
      id: 'no-is-not-an-option',
      pattern: '\\bno is not an option\\b',
      example: 'No is not an option here.',
      nearMiss: 'No option is perfect, so pick the one you prefer.',
      source: MODEL,
    },
    {
      id: 'spare-me',
      pattern: '\\bspare me (?:the )?(?:excuses|details|drama|sob story|story)\\b',
      example: 'Spare me the excuses.',
      nearMiss: 'Can you spare me ten minutes after lunch?',
      source: MODEL,
    },
    {
      id: 'dont-want-to-hear-why',
      pattern: "\\bI (?:don't|do not) (?:need|want) to hear (?:why|about|how|it|any)\\b",
      example: "I don't want to hear why it's late.",
      nearMiss: 'I want to hear how it went.',
      source: MODEL,
    },
    {
      id: 'not-interested-in-why',
      pattern: "\\b(?:(?:I'm|I am) )?not interested in (?:why|how|what|hearing)\\b",
      example: "I'm not interested in why it happened.",
      nearMiss: "I'm interested in how you'd approach it.",
      source: MODEL,
    },
  ],
  /** Brushing aside the reader's circumstances or view, in its common grammatical shapes. */
  'brush-aside': [
    {
      id: 'cant-worry-about-your',
      pattern: "\\bI (?:can't|cannot|won't|don't|do not) (?:worry|care|think) about your\\b[^.!?;,]*",
      example: "I can't worry about your childcare.",
      nearMiss: "I do worry about your workload, so tell me if it's too much.",
      source: `${MODEL}; ${DEV}`,
    },
    {
      id: 'your-x-doesnt-matter',
      pattern:
        "\\byour [\\w\\s']{1,25}? (?:don't|doesn't|do not|does not) (?:matter|count|change anything|come into it)\\b",
      example: "Your feelings about the rota don't change anything.",
      nearMiss: 'Your feelings about the rota matter to me.',
      source: `${MODEL}; ${DEV}`,
    },
    {
      id: 'doesnt-matter-what-you',
      pattern: "\\b(?:it|that) (?:doesn't|does not) matter (?:what|how|if|whether) you\\b[^.!?;,]*",
      example: "It doesn't matter what you think.",
      nearMiss: "It doesn't matter which day you pick.",
      source: `${MODEL}; ${DEV}`,
    },
    {
      id: 'not-having-this-conversation',
      pattern: "\\b(?:I'm|I am) not having this (?:conversation|discussion)(?: again)?\\b",
      example: "I'm not having this conversation again.",
      nearMiss: "I'm having this conversation with everyone this week.",
      source: MODEL,
    },
    {
      id: 'no-whining',
      pattern: '\\bno (?:discussion|debate|complaints|whining|moaning)\\b',
      example: 'No whining, please.',
      nearMiss: "There's been no complaint from the client.",
      source: MODEL,
    },
    {
      id: 'not-here-to-babysit',
      pattern: "\\b(?:I'm|I am|we're|we are) not (?:here|paid) to (?:babysit|hold your hand)\\b",
      example: "I'm not here to babysit you.",
      nearMiss: "I'm not here to tell you how to do it; it's your call.",
      source: MODEL,
    },
    {
      id: 'grow-up',
      // Said to the reader; "by the time they grow up" is about someone else.
      pattern:
        "\\b(?<!(?:they|we|kids|children|I|you|he|she|to|will|when|as|they'll|who) )(?:man|grow|toughen) up\\b",
      example: 'Grow up and get on with it.',
      nearMiss: 'Sales grew up to 10% this quarter.',
      source: MODEL,
    },
    {
      id: 'get-a-grip',
      pattern: '\\bget a grip\\b',
      example: 'Get a grip.',
      nearMiss: 'Get a good grip on the ladder.',
      source: MODEL,
    },
    {
      id: 'just-get-on-with-it',
      pattern: '\\bjust get on with it\\b',
      example: 'Just get on with it.',
      nearMiss: "Let's get on with it after lunch.",
      source: MODEL,
    },
    {
      id: 'no-excuses-accepted',
      pattern: "\\b(?:I|we) (?:don't|do not) (?:do|accept|entertain) (?:excuses|exceptions)\\b",
      example: "We don't accept excuses.",
      nearMiss: "We don't accept cash at the front desk.",
      source: MODEL,
    },
  ],
  'not-up-for-discussion': [
    {
      id: 'not-up-for-discussion',
      pattern: '\\bnot up for (?:discussion|debate|negotiation)\\b',
      example: 'The rota is not up for debate.',
      nearMiss: "Nothing is final yet, and it's all up for discussion.",
      source: MODEL,
    },
  ],
  'non-negotiable': [
    {
      id: 'non-negotiable',
      pattern: "\\b(?:it's |it is |this is |that's )?non-?negotiable\\b",
      example: "it's non-negotiable",
      nearMiss: 'Everything is negotiable at this stage.',
      source: MODEL,
    },
  ],
  'end-of-discussion': [
    {
      id: 'end-of-discussion',
      pattern: '\\bend of (?:discussion|story)\\b',
      example: 'The decision is final, end of discussion.',
      nearMiss: 'At the end of the discussion, we agreed on Friday.',
      source: MODEL,
    },
  ],
  'because-i-said-so': [
    {
      id: 'because-i-said-so',
      pattern: '\\bbecause I said so\\b',
      example: 'Because I said so.',
      nearMiss: "Because I said I'd help, I'll stay late.",
      source: MODEL,
    },
  ],
  'sorry-but-you-have-to': [
    {
      id: 'sorry-but-you-have-to',
      pattern:
        "\\b(?:I'm|I am) sorry,? but (?:you(?:'ve| have)? (?:got to|gotta|have to|need to|must)|you'll (?:have|need) to|" +
        'I (?:need|want|expect) you to)\\b',
      example: "I'm sorry, but you have to work the double.",
      nearMiss: "I'm sorry you have to work the double, thank you for covering.",
      source: MODEL,
    },
  ],
  'dont-want-excuses': [
    {
      id: 'dont-want-excuses',
      pattern:
        "\\bI (?:don't|do not) want (?:to hear (?:it|any excuses|excuses|about it|complaints|another excuse)|" +
        '(?:any |your )?excuses)\\b',
      example: "I don't want any excuses.",
      nearMiss: "I don't want you to feel rushed.",
      source: MODEL,
    },
  ],
  'stop-complaining': [
    {
      id: 'stop-complaining',
      pattern: '\\bstop (?:complaining|whining|moaning)\\b',
      example: 'Stop complaining and finish the count.',
      nearMiss: 'Thanks for raising the complaint.',
      source: MODEL,
    },
    {
      id: 'suck-it-up',
      pattern: '\\b(?:suck it up|get over it|tough luck)\\b',
      example: "Suck it up, it's one weekend.",
      nearMiss: "We'll get over the hill by noon.",
      source: MODEL,
    },
  ],
  'like-it-or-not': [
    {
      id: 'take-it-or-leave-it',
      pattern: '\\btake it or leave it\\b',
      example: 'Take it or leave it.',
      nearMiss: 'Take it or send it back, whichever is easier.',
      source: MODEL,
    },
    {
      id: 'whether-you-like-it-or-not',
      pattern:
        '\\bwhether (?:you|your [\\w-]+|they|the team|anyone|people) (?:like|likes|want|wants|agree|agrees) (?:it )?or not\\b',
      example: 'The change is happening whether you like it or not.',
      nearMiss: 'Let me know whether you like it.',
      source: MODEL,
    },
    {
      id: 'whether-it-suits-or-not',
      pattern: '\\bwhether (?:it|this|that) suits (?:you|them|everyone) or not\\b',
      example: "We're moving to Tuesdays whether it suits you or not.",
      nearMiss: 'Tell me whether it suits you.',
      source: MODEL,
    },
    {
      id: 'like-it-or-not',
      pattern: '\\blike it or not\\b',
      example: 'Like it or not, the audit is Monday.',
      nearMiss: 'Let me know if you like it.',
      source: MODEL,
    },
  ],
  'not-revisiting': [
    {
      id: 'im-not-revisiting-this',
      pattern:
        "\\b(?:(?:I'm|I am) not (?:going to |gonna )?|I won't (?:be )?|I will not (?:be )?)" +
        '(?:reopen|revisit|discuss|debate|relitigate|argue about|dealing with|deal with)(?:ing)? (?:this|it|that)(?: again)?\\b',
      example: "I'm not going to revisit this.",
      nearMiss: "I'm going to revisit this next quarter with you.",
      source: MODEL,
    },
    {
      id: 'not-debating-this',
      pattern: '\\bnot (?:debating|discussing|revisiting|arguing about) (?:this|it|that)(?: again)?\\b',
      example: "We're not debating this again.",
      nearMiss: "We're debating this at Friday's meeting.",
      source: MODEL,
    },
  ],
  'work-it-out-yourselves': [
    {
      id: 'work-it-out-yourselves',
      pattern: '\\bwork it out (?:yourself|yourselves|between yourselves|among yourselves|on your own)\\b',
      example: 'Work it out between yourselves.',
      nearMiss: "Let's work it out together.",
      source: MODEL,
    },
  ],
  final: [
    {
      id: 'decision-is-final',
      pattern: "\\b(?:the decision is final|this is final|that's final)\\b",
      example: 'The decision is final, end of discussion.',
      nearMiss: 'The final decision is yours.',
      source: MODEL,
    },
  ],
  'no-need-to-explain': [
    {
      id: 'no-need-to-explain',
      pattern: "\\bI (?:don't|do not) (?:need to|have to) explain (?:myself|why|my reasons)\\b",
      example: "I don't need to explain myself.",
      nearMiss: "I need to explain why we're changing it.",
      source: MODEL,
    },
  ],
  'thats-your-problem': [
    {
      id: 'thats-your-problem',
      pattern: "\\bthat's (?:your (?:problem|lookout|issue|business)|on you)\\b",
      example: "That's your problem.",
      nearMiss: "That's your call, either works.",
      source: `${MODEL}; ${EDMONDSON}`,
    },
  ],
} satisfies Record<string, PhraseEntry[]>;

export type DismissiveFamily = keyof typeof DISMISSIVE;
