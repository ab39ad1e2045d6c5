/**
 * Message-level cues (coaching-model.md, "Message level"): the phrases that tell whether a sentence gives a
 * reason, invites a response, acknowledges the reader, offers support or asks politely. Each table is only
 * ever tested for any hit, so entry order does not matter. Grammar (a "so" clause, "since" as a cause, "to" +
 * verb, a question addressed to the reader) stays in cues.ts.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, message-level cues';
const POLITENESS = 'politeness strategies (Danescu-Niculescu-Mizil et al. 2013)';
const DEV = 'dev data shape';

/**
 * Asking the reader to tell: "Could you clarify what you mean?", "Can you post the error?", "Please tell us
 * more about it." A polite request for what the reader knows is a question that wants their view, not a
 * task pushed at them; its why (so the writer can understand or help) goes without saying. Tested on what
 * follows "could you" or "please", so a bare "Explain yourself." stays an order.
 */
const SAY_WHAT = 'politeness corpus (Danescu-Niculescu-Mizil et al. 2013): requests for information';
const INFO_NOUN =
  '(?:details?|context|info|information|examples?|samples?|code|snippets?|screenshots?|output|errors?|' +
  'error messages?|logs?|links?|urls?|source|specifics|background|explanation|clarification|description|' +
  'versions?|results?|use cases?|references?|breakdown|elaboration|pictures?|photos?|diagrams?|drawings?|steps|' +
  'stack ?traces?|definitions?|numbers you (?:see|get)|idea|sense|overview|test ?cases?|data ?sets?|' +
  'repro(?:duction)?s?|minimal (?:program|example)s?|regexp?s?|regex(?:es)?|queries|query|schemas?|markup|' +
  'commands?|citations?|sources?)';
/** What the reader has or did, named by a clause: "the regexp you are using", "the site where you found it". */
const YOURS =
  "(?:[\\w*+-]+\\s+){1,6}?(?:that |which |where |when )?(?:you|u)(?:'ve|'re| have| had| are| were)?\\s+" +
  '(?:already\\s+)?(?:used|using|use|entered|typed|ran|run|running|tried|trying|found|got|getting|see|seeing|saw|' +
  'wrote|written|write|did|mean|meant|called|calling|read|installed|followed|mentioned|referred to)\\b';
/** Softeners and hedges before the verb of a request for information ("please", "maybe", "possibly"). */
const ASKED = '^(?:(?:please|maybe|perhaps|possibly|kindly|just|also|better|further|briefly)\\s+)*';
export const INFORMATION_REQUEST: PhraseEntry[] = [
  {
    id: 'clarify',
    pattern:
      ASKED +
      '(?:clarify|elaborate|' +
      'expand (?:a (?:bit|little) )?(?:more )?(?:on|upon)|explain|rephrase|reword|restate|' +
      'paraphrase|phrase (?:your|the|it)\\b|enlighten (?:me|us)|ask (?:it|this|the question) (?:more )?(?:clearly|precisely|specifically)|' +
      '(?:direct|point) (?:me|us) to|edit (?:(?:it|this|your (?:question|post)|the question) )?(?:with|to (?:include|add|' +
      'show|clarify|explain|describe))|' +
      'answer (?:the|my|this|that|these|those|our) questions?|answer(?=\\W*$)|' +
      'say more|say (?:what|which|how|why)|make (?:(?:it|this|that|us|me|things) )?(?:a (?:bit|little) )?(?:more )?clear(?:er)?|' +
      'be (?:a bit |a little )?(?:more )?' +
      '(?:specific|precise|explicit|clearer|concrete))\\b',
    example: 'clarify what you mean by "stale"?',
    nearMiss: 'clear the tables before you go.',
    source: SAY_WHAT,
  },
  {
    // "Could you comment on the usage of this expression…?": the reader's view, asked for.
    id: 'comment-on',
    pattern:
      ASKED +
      '(?:comment on|weigh in|chime in|' +
      'share (?:your|any) (?:thoughts|views?|opinions?|take|experiences?|insights?)|' +
      'give (?:me|us) your (?:thoughts|views?|opinions?|take))\\b',
    example: 'comment on the usage of this expression in a sentence?',
    nearMiss: 'comment out the failing test before you merge.',
    source: SAY_WHAT,
  },
  {
    // "Can you please guide me as to how to go about it?": help understanding, asked for.
    id: 'guide-me',
    pattern: ASKED + '(?:guide|walk|talk|point) (?:me|us) (?:through|as to|on|to|in the right direction)\\b',
    example: 'guide me as to how to go about with the approach?',
    nearMiss: 'guide the visitors to the car park.',
    source: SAY_WHAT,
  },
  {
    id: 'tell-me',
    pattern: ASKED + '(?:tell|show) (?:me|us)\\b(?!\\s+(?:now|immediately|asap|right now)\\b)',
    example: 'tell us more about the protective plates?',
    nearMiss: 'tell the client the order is late.',
    source: SAY_WHAT,
  },
  {
    id: 'describe',
    pattern:
      ASKED +
      '(?:describe|specify|define|' +
      'show (?:what|how|where|which|why)|(?:declare|state|confirm|' +
      'indicate|mention) (?:what|whether|which|how|why|if|where|when|who)|confirm\\W*$|' +
      '(?:post|paste|share|show|upload|attach|include|add)(?: in| up)? (?:all |some of |the rest of )?your\\b|show (?:the|your)\\b(?!\\s+(?:new|' +
      'client|customer|visitors?|guests?|team|staff|way|door)\\b))',
    example: 'show what you have written so far?',
    nearMiss: 'show the new starter around the site.',
    source: SAY_WHAT,
  },
  {
    id: 'your-view',
    pattern: ASKED + '(?:agree|disagree|say|recommend|suggest|consider|think|prefer|expect|advise)\\b',
    example: 'agree that this is an equivalent problem?',
    nearMiss: 'add the totals to the sheet.',
    source: SAY_WHAT,
  },
  {
    id: 'post-details',
    pattern:
      ASKED +
      '(?:post|share|provide|give|add|include|paste|show|attach|upload|list|' +
      'mention|supply|edit in)\\s+(?:(?:me|us)\\s+)?(?:[\\w-]+\\s+){0,4}?' +
      INFO_NOUN +
      '\\b(?!\\s+(?:to|for) (?:the|our) (?:client|customer|board|team)\\b)',
    example: 'post a screenshot of the error?',
    nearMiss: 'post the parcel to the client today.',
    source: SAY_WHAT,
  },
  {
    // "Can you post the regexp that you are using?": what the reader already has, asked for so the writer can
    // help. "Post the parcel you packed" names no information, but parcels are rarely asked for this way.
    id: 'what-you-used',
    pattern:
      ASKED +
      '(?:post|share|provide|give|paste|show|include|' +
      'attach|upload|list|mention|write|cite|name)\\s+(?:(?:me|us)\\s+)?(?:the|a|an|all|some|any)\\s+' +
      YOURS,
    example: 'share the site where you found the question?',
    nearMiss: 'share the deck with the client before lunch.',
    source: SAY_WHAT,
  },
  {
    // "Can you remember any other ingredients?", "Could you cite a reference?": what the reader knows.
    id: 'what-you-know',
    pattern: ASKED + '(?:remember|recall|estimate|cite|tell (?:which|what|how|why|where|when|who))\\b',
    example: 'remember any other ingredients that might tell them apart?',
    nearMiss: 'remind the team about the audit.',
    source: SAY_WHAT,
  },
  {
    id: 'show-your-file',
    pattern: ASKED + '(?:post|paste|show)\\s+(?:us\\s+|me\\s+)?(?:your|the)\\s+[\\w.-]+\\s+files?\\b',
    example: 'show your setup.py file?',
    nearMiss: 'shred the old files tonight.',
    source: SAY_WHAT,
  },
];

/** Courtesy and offer imperatives ("Let me know…", "Have a great weekend"): they ask no work of the reader. */
export const COURTESY: PhraseEntry[] = [
  {
    id: 'help-me-understand',
    pattern: '^(?:please\\s+)?help me (?:understand|see|get)\\b',
    example: 'Help me understand: why is the loop going from 6?',
    nearMiss: 'Help me move the boxes to bay 2.',
    source: "coaching-model.md, rewrite principle 14 (an open question asks for the reader's view)",
  },
  {
    id: 'correct-me-if',
    pattern: '^(?:please\\s+)?(?:correct|stop|forgive|pardon) me if\\b',
    example: "Correct me if I'm wrong, but the release is on Monday.",
    nearMiss: 'Correct the totals before Friday.',
    source:
      "politeness strategies (Danescu-Niculescu-Mizil et al. 2013): a hedge that invites the reader's view",
  },
  {
    id: 'let-me-know',
    pattern: "^(?:let (?:me|us) know|let's|lets\\b|let me\\b)",
    example: 'Let me know if Friday works.',
    nearMiss: 'Leave the keys with Sam.',
    source: MODEL,
  },
  {
    id: 'feel-free',
    pattern: '^(?:feel free|by all means)',
    example: 'Feel free to take the afternoon.',
    nearMiss: 'Fill in the form by Friday.',
    source: MODEL,
  },
  {
    id: 'good-wishes',
    pattern:
      '^(?:have (?:a|an)\\s+(?:\\w+\\s+){0,2}(?:day|weekend|week|evening|night|time|trip|holiday|' +
      'vacation|break|one|birthday|rest)|have fun|break a leg|look after yourself|' +
      'take care of yourself|take care|hang in there|rest up|get well|stay (?:safe|warm|dry|tuned|' +
      'healthy)|sleep well|drive safe|travel safe)',
    example: 'Have a great weekend!',
    nearMiss: 'Have the report ready by Monday.',
    source: `${MODEL}; ${DEV}`,
  },
  {
    id: 'say-the-word',
    pattern:
      '^(?:(?:just )?say (?:the word|if|and)|give (?:me|us) a shout|reach out if|ask me (?:if|' +
      'anything)|(?:ping|call|text|message|email|find|grab|ask) me if|shout if|holler if)',
    example: 'Just say the word if you need a hand.',
    nearMiss: 'Say sorry to the customer.',
    source: MODEL,
  },
  {
    id: 'take-your-time',
    pattern:
      '^(?:take (?:a look )?(?:when|whenever|if) you|take your time|have a look (?:when|whenever|if)|' +
      'take (?:all |as much |whatever )?(?:the )?time (?:you need|off)|take (?:the|a) (?:day|' +
      'afternoon|morning|evening|rest of) )',
    example: 'Take your time with it.',
    nearMiss: 'Take the bins out tonight.',
    source: `${MODEL}; ${DEV}`,
  },
  {
    id: 'come-and-join',
    pattern:
      '^(?:come (?:and )?(?:find|see|grab|talk to) me|come (?:join|celebrate|say)|join us|' +
      '(?:please )?join (?:me|us) in)',
    example: 'Come and find me after lunch.',
    nearMiss: 'Come in at 7 tomorrow.',
    source: MODEL,
  },
  {
    id: 'ask-away',
    pattern: '^(?:just )?ask(?: away| me)?\\W*$',
    example: 'Just ask!',
    nearMiss: 'Ask Sam for the keys.',
    source: MODEL,
  },
  {
    id: 'go-team',
    pattern: '^go (?:team|[a-z]+s)\\W*$',
    example: 'Go team!',
    nearMiss: 'Go to the loading bay.',
    source: DEV,
  },
  {
    id: 'for-information',
    pattern:
      '^(?:see (?!me\\b|that\\b|to it\\b|him\\b|her\\b|them\\b|everyone\\b|all\\b)|come (?:to )?think of it|' +
      'assume\\b|disregard|(?:please )?find ' +
      '(?:attached|enclosed)|(?:please )?be advised|ignore (?:my|the) (?:last|previous)|note,? (?:though |also )?that|' +
      // "Take a look [here](…)": a markdown link's text is the pointer too.
      '(?:please )?(?:take|have) a look (?:\\[?here\\b|at this|at my|at \\[|at the (?:link|screenshot|image|picture|docs))|' +
      'remember,)',
    example: 'See attached for the rota.',
    nearMiss: 'Send the attached rota to Sam.',
    source: DEV,
  },
  {
    id: 'enjoy',
    pattern:
      '^(?:enjoy|help yourself|go home|grab (?:a|some) (?:coffee|lunch|food|snack|cake|drink|bite)|' +
      'treat yourself)',
    example: 'Enjoy the sunshine!',
    nearMiss: 'Empty the dishwasher.',
    source: `${MODEL}; ${DEV}`,
  },
  {
    id: 'dont-worry',
    pattern:
      "^(?:don't hesitate|do not hesitate|don't worry|(?:don't|do not) (?:give|think|stress|rush|" +
      'feel bad|apologi[sz]e|sweat)|no worries)',
    example: "Don't worry about the typo.",
    nearMiss: "Don't leave the door open.",
    source: MODEL,
  },
  {
    id: 'keep-up-the-good-work',
    pattern: '^keep up the',
    example: 'Keep up the great work!',
    nearMiss: 'Keep the door shut.',
    source: MODEL,
  },
  {
    id: 'thanks-and-welcome',
    pattern:
      '^(?:congrat|welcome|meet |say hi|thank|cheers|please welcome|help me welcome|give it up for|' +
      'raise a glass|look forward)',
    example: 'Congratulations on the promotion!',
    nearMiss: 'Collect the badges from reception.',
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'excuse-me',
    pattern: '^(?:excuse|forgive|pardon|bear with)',
    example: 'Bear with me while I find it.',
    nearMiss: 'Book the room for Tuesday.',
    source: POLITENESS,
  },
  {
    id: 'guess-what',
    pattern: '^(?:imagine|guess what|trust me)',
    example: 'Guess what, we hit the target!',
    nearMiss: 'Get the target figures to me.',
    source: DEV,
  },
  {
    id: 'count-me-in',
    pattern: '^(?:count me in|sign me up)',
    example: 'Count me in!',
    nearMiss: 'Count the till before you leave.',
    source: DEV,
  },
  {
    id: 'tell-me-if',
    pattern:
      '^(?:(?:please )?advise if|tell me (?:honestly |frankly )?(?:by \\w+ )?(?:if|whether)|tell me ' +
      "(?:honestly |frankly )?(?:by \\w+ )?(?:if|whether|what|how)|if (?:it's|that's|" +
      'this is) a problem)',
    example: "Tell me if that's too much.",
    nearMiss: "Tell the client we're on track.",
    source: MODEL,
  },
  {
    id: 'look-at-this',
    pattern: '^(?:check out (?:the|these|this) (?:photos|pics|pictures|video)|look at (?:this|these|that))',
    example: 'Check out these photos from the party!',
    nearMiss: 'Check the fridge temperatures.',
    source: DEV,
  },
];

/**
 * Problems reported: what the writer noticed is the reason for the request to fix it ("I noticed a few data
 * points that differ from the forecast. Could you update the numbers?"). A bare verdict ("The export is broken
 * AGAIN!! Fix it.") is not: blind labellers read that as an order with no why.
 */
const FAULT =
  "(?:differ|differs|don't match|doesn't match|do not match|does not match|mismatch(?:es)?|wrong|incorrect|missing|" +
  'broken|out of date|outdated|inconsistent|failing|off by)';
export const PROBLEM: PhraseEntry[] = [
  {
    id: 'i-noticed-a-fault',
    pattern: `\\bI(?: (?:just|also))? (?:noticed|found|spotted|saw|see|can see|'ve noticed|have noticed)\\b[^.!?]*\\b${FAULT}\\b`,
    example: 'I noticed a few data points that differ from the latest forecast.',
    nearMiss: 'I noticed you stayed late on Tuesday.',
    source: "realworld-dev shape: a management guide's good example gives the problem, then the request",
  },
  {
    // "It is not clear from your question that you mean your own passwords. Can you add that?"
    id: 'it-is-unclear',
    pattern: "\\b(?:it|this|that)(?:'s| is| was) (?:still )?(?:not (?:clear|obvious)|unclear)\\b",
    example: "It's not clear from the question which version you mean.",
    nearMiss: "It's clear from the notes that you worked hard on this.",
    source: 'politeness corpus shape: a clarifying request after what is unclear',
  },
  {
    id: 'there-is-a-problem',
    pattern:
      "\\bthere(?: is|'s| are| seems to be| seem to be) (?:a |an |some |several |a few |two |three )?" +
      '(?:problem|issue|error|bug|mistake|typo|discrepanc(?:y|ies)|gap)s?\\b',
    example: "There's a typo in the client's name on slide 3.",
    nearMiss: 'There is a lot to celebrate this quarter.',
    source: MODEL,
  },
];

/** Reason cues: the sentence says why ("because…", "so that…", "to make sure…", "due to…"). */
export const REASON: PhraseEntry[] = [
  {
    // "…a bank account with a South African bank for this purpose": the purpose was said before.
    id: 'for-this-purpose',
    pattern: '\\bfor (?:this|that|the same|that very) (?:purpose|reason)\\b',
    example: 'Would you be able to hold a merchant account with a local bank for this purpose?',
    nearMiss: 'Could you tell me the purpose of the account?',
    source: 'politeness corpus shape: a purpose referred back to',
  },
  {
    id: 'in-case',
    pattern: '\\bin case (?:others|anyone|someone|somebody|people|you|we|they|it|the|there|I)\\b',
    example: "Would you mind writing down what each stands for, in case others don't know?",
    nearMiss: 'In case of fire, use the stairs.',
    source: 'coaching-model.md, message-level cues (a purpose clause)',
  },
  {
    id: 'and-we-can',
    pattern:
      "\\band (?:then )?(?:we|I|someone|others|people here)(?: can| could| will|'ll) (?:help|take a look|look|see|" +
      'check|fix|figure|answer|debug|tell|try)\\b',
    example: 'Can you post what you have and we can help you along?',
    nearMiss: 'Post what you have and we will review the rest next week.',
    source: 'politeness corpus (Stack Exchange): a request joined to what it makes possible',
  },
  {
    id: 'because',
    pattern: '\\b(?:because(?! I said so)|cause|cos|cuz)\\b',
    example: 'Send it by 3, because the courier leaves at 4.',
    nearMiss: 'Because I said so.',
    source: MODEL,
  },
  {
    id: 'so-that',
    pattern: '\\b(?:so that|in order to|in order for)\\b',
    example: 'Book the room early so that everyone gets a seat.',
    nearMiss: 'Book the room early, please.',
    source: MODEL,
  },
  {
    id: 'as-clause',
    pattern:
      '\\b,\\s+as\\s+(?=(?:the|a|an|our|your|their|my|we|i|you|they|he|she|it|this|that|there)\\s+\\w+)\\b',
    example: 'Lock up by 6, as the alarm company checks at 7.',
    nearMiss: 'Lock up as usual.',
    source: DEV,
  },
  {
    id: 'its-for',
    pattern: "\\b^\\W*(?:it's|it is|this is|that's|they're|these are) (?:for|so|because)\\b\\b",
    example: "It's for the audit on Monday.",
    nearMiss: "It's on the shelf.",
    source: DEV,
  },
  {
    id: 'needs-it-for',
    pattern:
      '\\b\\b(?:needs?|wants?|uses?|requires?) (?:it|them|this|these|that|those) (?:for|to|before)\\b\\b',
    example: 'Finance needs it for the month-end close.',
    nearMiss: 'Finance needs a new printer.',
    source: DEV,
  },
  {
    id: 'so-please',
    pattern:
      "\\b,\\s+so\\s+(?:please|pls|kindly|can you|could you|we can|we could|I can|I could|we'll|I'll|" +
      'we need|I need|use|grab|take|bring|try)\\b\\b',
    example: 'The lift is out, so please use the stairs.',
    nearMiss: 'The lift is out again.',
    source: DEV,
  },
  {
    id: 'the-reason',
    pattern: "\\b(?:the reason|reason being|which is why|that's why)\\b",
    example: "That's why we're moving the stand-up.",
    nearMiss: 'Why are we moving the stand-up?',
    source: MODEL,
  },
  {
    id: 'that-way',
    pattern: '\\b(?:that way|otherwise)\\b',
    example: 'Log it today; that way nobody double-books.',
    nearMiss: 'Log it today.',
    source: MODEL,
  },
  {
    id: 'this-will-help',
    pattern: '\\bthis (?:will|should|would|helps?) (?:help|let|mean|make|keep|give|allow|save)\\b',
    example: 'This will help us close the month on time.',
    nearMiss: 'This is the new rota.',
    source: MODEL,
  },
  {
    // "To fix this, restart the server.": a purpose clause leading the sentence says why. "To be honest,",
    // "To recap," and "To date," frame what follows; they give no purpose.
    id: 'purpose-first',
    pattern:
      '^\\W*(?:(?:so|and|but|now)\\s+)?(?:in order )?to (?!(?:be|recap|clarify|summari[sz]e|sum|start|begin|' +
      'date|that|this|me|you|us|them|the|a|an|my|your|our|some|any|all|each|everyone|anyone|whom|whoever)\\b)' +
      // …ending at a comma, or where the main clause's subject starts ("To install it you'll need to…").
      "[a-z]+\\b[^,.!?;:]{0,80}?(?:,|\\s+(?=(?:you|u|we|I|one)(?:'ll|'d| will| need| have| must| should| can)\\b))",
    example: 'To fix this, restart the server.',
    nearMiss: 'To be honest, restart the server.',
    source: 'coaching-model.md, message-level cues (a purpose clause)',
  },
  {
    id: 'to-make-sure',
    pattern: '\\b(?:to make sure|to ensure|to avoid|to prevent)\\b',
    example: 'Check the temperatures to make sure nothing spoils.',
    nearMiss: 'Check the temperatures twice a day.',
    source: MODEL,
  },
  {
    id: 'due-to',
    pattern: "\\b(?:(?<!(?:is|are|was|were|be|'s|'re) )due to|given that|as a result)\\b",
    example: 'Due to the storm, the site is closed.',
    nearMiss: 'The report is due to finance on Friday.',
    source: MODEL,
  },
  {
    id: 'for-safety-reasons',
    pattern: '\\bfor (?:safety|compliance|legal|security) reasons\\b',
    example: 'Keep the door shut for safety reasons.',
    nearMiss: 'Keep the door shut for now.',
    source: MODEL,
  },
  {
    id: 'now-that',
    pattern: '\\bnow that\\b',
    example: 'Now that the audit is done, we can relax the checks.',
    nearMiss: 'The audit is done.',
    source: DEV,
  },
  {
    id: 'so-we-can',
    pattern:
      "\\bso (?:we|i|you|they|he|she|it|everyone|nobody|no one|the team) (?:can|could|will|won't|don't|" +
      "aren't|have|get|know|are|'ll|'re)\\b",
    example: 'Send it early so we can check it.',
    nearMiss: 'Send it early, please.',
    source: MODEL,
  },
  {
    // "(Just to rule out a network problem)": a purpose said as a fragment, before or after the request.
    id: 'just-to',
    pattern:
      '^\\W*(?:just|only|mainly|partly|simply|mostly) to (?!(?:be|the|this|that|these|those|my|your|our|their|his|her|its)\\b)[a-z]{3,}',
    example: "(Just to rule out that you can't reach the server.)",
    nearMiss: 'Just to the left of the door.',
    source: 'politeness corpus (Stack Exchange): a request with its purpose in a fragment',
  },
  {
    // "Don't touch the rack, it's still hot": a negative order with its reason spliced on by a comma.
    id: 'dont-comma-because',
    pattern:
      "^\\W*(?:please\\s+)?(?:don't|do not|never)\\b[^,;]*,\\s+(?:it's|it is|it will|it'll|they'll|they will|they're|" +
      "that's|that will|that'll|this will|there's) (?!(?:ok|okay|fine|alright|all right)\\b)[a-z]",
    example: "Don't let that link get to the agile evangelists, they will laugh for a week.",
    nearMiss: "Don't worry about the rota, it's fine.",
    source: 'politeness corpus (Stack Exchange): a warning with its reason after a comma',
  },
  {
    // "Don't use X; you're merely adding a label": a statement joined by a semicolon says why.
    id: 'semicolon-statement',
    pattern:
      ";\\s+(?:you're|you are|it's|it is|it will|it'll|it would|that's|that is|this is|this will|they're|they are|" +
      "there's|there is|there are) (?:(?:just|merely|only|simply|already|still|not) )?[a-z]",
    example: "Don't use the old handler; you're merely adding a useless label there.",
    nearMiss: "Don't use the old handler; use the new one.",
    source: 'politeness corpus (Stack Exchange): advice with its reason after a semicolon',
  },
  {
    // "Just for those not familiar with X, could you add Y?": who the request serves is its reason.
    id: 'for-those-who',
    pattern:
      '\\bfor (?:the benefit of (?:others|readers|anyone|everyone|newcomers)|(?:those|anyone|people|readers|others)' +
      " (?:who(?:'re| are| is)? )?(?:not|un[a-z]+|new to|less familiar|who (?:don't|aren't|haven't)))\\b",
    example: 'Just for those not familiar with the macro, could you add the closing line at the end?',
    nearMiss: 'Is this for those of you on the late shift?',
    source: 'politeness corpus (Stack Exchange): a request made for other readers',
  },
  {
    // A result clause that says what is at stake is the reason for the request beside it.
    id: 'so-it-matters',
    pattern:
      "\\b,\\s+so\\s+(?:[\\w']+\\s+){0,4}?(?:really\\s+|especially\\s+)?(?:matters|counts|" +
      "(?:is|are|it's) (?:really |especially )?(?:important|critical|crucial|key|vital|essential))\\b",
    example: 'Missed picks cost us the bonus last quarter, so accuracy really matters on their orders.',
    nearMiss: 'So what matters most to you this week?',
    source: MODEL,
  },
];

/** Invitations: the sentence asks for the reader's view or for a volunteer. */
export const INVITE: PhraseEntry[] = [
  {
    id: 'too-much',
    pattern: '\\b(?:pushing it|too soon|too early|asking too much)\\b',
    example: 'Is Friday pushing it?',
    nearMiss: 'Push the trolley to bay 3.',
    source: DEV,
  },
  {
    id: 'let-me-know-whether',
    pattern: '\\b(?:could|can|would) you (?:let me know|tell me)\\b[^?]{0,40}\\b(?:if|whether)\\b',
    example: 'Could you let me know whether Friday works?',
    nearMiss: 'Could you send me the file?',
    source: MODEL,
  },
  {
    id: 'who-can',
    pattern: "^\\W*who(?:'s| is)? (?:can|could|free|available|up for|wants?|willing|able|in)\\b",
    example: 'Who can cover Saturday?',
    nearMiss: 'Who left the door open.',
    source: DEV,
  },
  {
    id: 'can-anyone',
    pattern:
      '\\b(?:(?:can|could) (?:anyone|anybody|someone|somebody)|would (?:any|some|one|either|' +
      'a couple) of (?:you|your)|let me know who|(?:can anyone|could anyone|is anyone|anyone) (?:can|' +
      'could|able|free|available|up for|want|willing))',
    example: 'Could anyone cover the late shift?',
    nearMiss: 'Anyone who is late will miss the briefing.',
    source: MODEL,
  },
  {
    id: 'what-do-you-think',
    pattern:
      '\\b(?:what do you think|what are your thoughts|thoughts\\s*\\?|any (?:thoughts|concerns|' +
      'objections|ideas|feedback|issues|problems|suggestions)|(?<!(?:have|are) )any questions|your ' +
      '(?:thoughts|input|view|take)\\b)',
    example: 'What do you think?',
    nearMiss: 'I think we should move it.',
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'does-that-work',
    pattern:
      '\\b(?:how does (?:that|this) sound|does (?:that|this|it) (?:work|sound|suit|fit|make sense)|' +
      'would (?:that|this|it) (?:work|be ok|be okay|be possible|suit)|(?:is|would) (?:that|this|it|' +
      "[\\w' ]{1,30}) (?:doable|realistic|possible|feasible|ok|okay|too tight|too much|manageable|" +
      'a problem|an issue)|does (?:that|this|the timing|the plan|anything) (?:cause|create))',
    example: 'Does that work for you?',
    nearMiss: 'That works for me.',
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'let-me-know-if',
    pattern:
      '\\b(?:let (?:me|us) know (?!if (?:you have|there are) (?:any )?(?:other |more |' +
      'further )?questions)(?:if|what|how|whether|your)|(?:please )?advise if|tell me (?:if|what|how))',
    example: 'Let me know if that timing is tight.',
    nearMiss: 'Let me know if you have any questions.',
    source: MODEL,
  },
  {
    id: 'id-love-to-hear',
    pattern:
      "\\b(?:i'd (?:love|like) (?:to hear|your (?:input|view|take|thoughts))|open to (?:ideas|" +
      'suggestions|other)|happy to (?:talk|discuss|hear)|can we (?:talk|discuss|chat|meet|go over|' +
      "find)|i'd rather hear|(?<!not )up for discussion)",
    example: "I'd love to hear your take.",
    nearMiss: "I'd love a coffee.",
    source: MODEL,
  },
  {
    id: 'how-do-you-feel',
    pattern:
      '\\b(?:how do you feel|what would (?:you need|help|work)|would you be (?:ok|okay|happy|' +
      'comfortable|open)|are you (?:ok|okay|happy|comfortable|open|free|able))',
    example: 'How do you feel about the new rota?',
    nearMiss: 'How do we file the form?',
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'what-suits-you',
    pattern: '\\b(?:what (?:works|suits) (?:for )?you|when (?:works|suits|would work))',
    example: 'What suits you best?',
    nearMiss: 'The suit is at the cleaners.',
    source: MODEL,
  },
];

/** Acknowledgement: thanks, praise, empathy, apology (politeness strategies: gratitude, apologising). */
export const ACKNOWLEDGE: PhraseEntry[] = [
  {
    id: 'thanks',
    pattern: '\\b(?:thanks|thank you|thank u|thx|ty|appreciate|grateful)\\b',
    example: 'Thanks for staying late.',
    nearMiss: 'The tank is full.',
    source: POLITENESS,
  },
  {
    id: 'praise',
    pattern:
      '\\b(?:great (?:work|job)|well done|nice work|good work|amazing work|kudos|shout-?out|proud of)\\b',
    example: 'Great job on the launch.',
    nearMiss: 'The launch is on Friday.',
    source: POLITENESS,
  },
  {
    id: 'i-know',
    pattern:
      '\\b(?:i know (?:this|it|that|you|how|some|several|many|the)|i reali[sz]e|i understand|' +
      'i hear you|i get (?:it|that))\\b',
    example: 'I know this is a lot.',
    nearMiss: 'I knew the answer.',
    source: MODEL,
  },
  {
    id: 'sorry',
    pattern: '\\b(?:sorry (?:for|about|that|to)|apologies|i owe you)\\b',
    example: 'Sorry for the short notice.',
    nearMiss: 'Sorry, wrong chat.',
    source: POLITENESS,
  },
  {
    id: 'you-have-been',
    pattern: "\\b(?:you(?:'ve| have) been|you must be (?:exhausted|tired|busy|swamped))\\b",
    example: "You've been amazing this week.",
    nearMiss: 'You will be on the early shift.',
    source: MODEL,
  },
];

/** Support: the writer offers help or has already cleared the way. */
export const SUPPORT: PhraseEntry[] = [
  {
    id: 'how-can-i-help',
    pattern:
      '\\b(?:how can i help|what (?:do )?you need|let me know (?:what|if) you need|if you need ' +
      '(?:anything|help|a hand|me|it|more)|happy to help|here (?:if|to help)|' +
      'let me know if anything is (?:blocking|in the way))\\b',
    example: 'How can I help?',
    nearMiss: 'Help yourself to cake.',
    source: MODEL,
  },
  {
    id: 'ill-cover',
    pattern:
      "\\bi(?:'ll| will| can) (?:help|cover|bring|sort|handle|take care|find|set|ask|book|arrange|make|" +
      'get|pair|walk|free|clear|pick up|back you|support|do)\\b',
    example: "I'll cover the phones while you're out.",
    nearMiss: "You'll cover the phones.",
    source: MODEL,
  },
  {
    id: 'ive-arranged',
    pattern:
      "\\bi(?:'ve| have) (?:asked|arranged|booked|scheduled|blocked|set up|added|cleared|moved|sorted|" +
      'left|got)\\b',
    example: "I've booked the training room for you.",
    nearMiss: "You've booked the wrong room.",
    source: MODEL,
  },
  {
    id: 'door-is-open',
    pattern: '\\bmy door is open\\b',
    example: 'My door is open.',
    nearMiss: 'The door is open.',
    source: MODEL,
  },
  {
    id: 'a-guide',
    pattern: '\\b(?:has a [\\w\\s-]{1,30}guide|protected time)\\b',
    example: 'The wiki has a step-by-step guide.',
    nearMiss: 'The wiki has the old rota.',
    source: DEV,
  },
];

/** Invitations to socialise ("let's grab lunch") are not requests. */
export const SOCIAL: PhraseEntry[] = [
  {
    id: 'lets-grab-lunch',
    pattern:
      "\\blet'?s\\s+(?:grab|get|have|go (?:for|out|to))\\s+(?:a\\s+|some\\s+)?(?:lunch|coffee|dinner|" +
      'breakfast|drinks?|a drink|beers?|a bite|food|pizza|tacos|cake)',
    example: "Let's grab lunch on Friday.",
    nearMiss: "Let's grab the figures before the call.",
    source: DEV,
  },
  {
    id: 'lets-celebrate',
    pattern: "\\blet'?s\\s+(?:celebrate|catch up|hang out|chat soon)",
    example: "Let's celebrate on Friday!",
    nearMiss: "Let's check the figures on Friday.",
    source: DEV,
  },
];

/** A polite request or proposal aimed at the reader ("Could you…?", "I'd like to move…", "please"). */
export const POLITE_REQUEST: PhraseEntry[] = [
  {
    id: 'could-you',
    pattern:
      "\\b(?:could|can|would|will) (?:you|u|we|someone|somebody|anyone|anybody|everyone|y'all|" +
      'one of you|either of you|whoever|(?:a couple|a few|some|any|two|each|all|both) of you)\\b',
    example: 'Could you send the figures?',
    nearMiss: 'You could be right.',
    source: POLITENESS,
  },
  {
    id: 'id-like-the',
    pattern:
      "\\bI(?:'d| would) like (?:the|your|a|an|it|this|that|those|these|everyone|all)\\b|" +
      "\\bI(?:'d| would) like (?:us|you|everyone|the team|all of you) to\\b",
    example: "I'd like the figures by Friday.",
    nearMiss: "I'd like to thank everyone.",
    source: POLITENESS,
  },
  {
    id: 'we-need-more',
    pattern:
      '\\b(?:we|i) need (?:a few |some |\\d+ |two |three )?(?:more|extra) \\w+|' +
      '\\bneed (?:someone|somebody|a volunteer|volunteers|help)\\b',
    example: 'We need two more people on Saturday.',
    nearMiss: 'We need to talk.',
    source: DEV,
  },
  {
    id: 'has-to-be',
    pattern:
      "\\b(?<!(?:no|don't|doesn't|not) )(?:needs|has) to (?:be|stay|come|go|get)\\b|" +
      '\\b[a-z]+[^su\\W]s (?:need|have) to (?:be|stay|come|go|get)\\b',
    example: 'The form has to be signed by Friday.',
    nearMiss: "The form doesn't have to be signed.",
    source: DEV,
  },
  {
    id: 'must-not-be',
    pattern:
      "\\b(?:can't|cannot|mustn't|must not) be (?:left|used|taken|moved|parked|kept|shared|opened|" +
      'propped)\\b|\\b(?:is|are) (?:not )?to be\\b',
    example: 'The fire door must not be propped open.',
    nearMiss: 'The fire door must be checked.',
    source: DEV,
  },
  {
    id: 'would-you-mind',
    pattern:
      '\\b(?:any chance|would you mind|do you mind)\\b|' +
      '\\bwould (?:any|some|one|either|a couple) of (?:you|your)\\b',
    example: 'Would you mind closing the door?',
    nearMiss: 'Mind the step.',
    source: POLITENESS,
  },
  {
    id: 'i-need-the',
    pattern:
      '\\bI (?:want|need) (?:the|your|a|an|this|that|it|them|all)\\b|' +
      '\\bI need (?:the|your|a|an|this|that|those|these|it|them|all|everyone|someone|somebody)\\b',
    example: 'I need the keys back by 5.',
    nearMiss: 'I needed a break.',
    source: DEV,
  },
  {
    id: 'please',
    pattern: '\\b(?:please|pls|plz|kindly)\\b',
    example: 'Please sign the form.',
    nearMiss: 'The client was pleased.',
    source: POLITENESS,
  },
  {
    id: 'id-appreciate-it-if',
    pattern:
      "\\bi(?:'d| would) (?:like|love|appreciate) (?:you|it if|to (?:move|change|switch|cancel|shift|" +
      'try|start|have|ask))|' +
      "\\bi(?:'d| would) love (?:someone|somebody|you|a volunteer|for (?:you|someone)|(?:a|some|" +
      "a couple of|a few|\\d+|two|three) (?:volunteers?|helpers?|hands|people)|[\\w']+" +
      "(?: [\\w']+)? to \\w+|it if)\\b",
    example: "I'd appreciate it if you checked the totals.",
    nearMiss: "I'd appreciate a quiet day.",
    source: POLITENESS,
  },
  {
    id: 'im-planning-to',
    pattern:
      "\\bi(?:'m| am) (?:planning|thinking|hoping|proposing|going) to\\b|" +
      "\\bi(?:'m| am) thinking (?:we|of|about)\\b|" +
      "\\bI(?:'m| am)? (?:propos|suggest)(?:e|ing)? (?:that|we)\\b|^\\W*thinking (?:of|about) \\w+ing\\b|" +
      '\\b(?:how about|what if) we\\b',
    example: "I'm planning to move the stand-up to 10.",
    nearMiss: "I'm planting tomatoes this weekend.",
    source: DEV,
  },
  {
    id: 'id-like-to',
    pattern:
      "\\bi(?:'d| would) like to (?!thank|say|welcome|congratulate|introduce|share|let|wish|remind|" +
      'acknowledge|recogni[sz]e|give a shout)\\w+',
    example: "I'd like to move the stand-up.",
    nearMiss: "I'd like to thank everyone.",
    source: DEV,
  },
  {
    id: 'i-wonder-if',
    pattern: "\\bI (?:was )?wonder(?:ed|ing) (?:if|whether)\\b|\\bI'm wondering (?:if|whether)\\b",
    example: 'I was wondering if we could swap shifts.',
    nearMiss: 'I wonder why the printer jammed.',
    source: POLITENESS,
  },
  {
    id: 'reminder-to',
    pattern: '\\breminder to \\w+',
    example: 'Reminder to sign the card for Sam.',
    nearMiss: 'This is a reminder of the rules.',
    source: DEV,
  },
  {
    id: 'would-that-be-possible',
    pattern:
      "\\bwould (?:[\\w']+\\s+){1,5}be (?:possible|ok|okay|doable)\\b|" +
      "\\bwould (?:[\\w']+\\s+){1,4}work for (?:you|everyone|the team)\\b",
    example: 'Would a Friday start be possible?',
    nearMiss: 'That would be great.',
    source: POLITENESS,
  },
  {
    id: 'can-i-borrow',
    pattern: '\\b(?:could|can|may) I (?:borrow|have|get|grab|ask|steal|book)\\b',
    example: 'Can I borrow your charger?',
    nearMiss: 'I can lend you a charger.',
    source: POLITENESS,
  },
  {
    id: 'lets',
    pattern: "\\blet's\\b|^\\W*who (?:can|could|wants|is free)\\b",
    example: "Let's move the stand-up to 10.",
    nearMiss: 'Lets in the light.',
    source: DEV,
  },
];
