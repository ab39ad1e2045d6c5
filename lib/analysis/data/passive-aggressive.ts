/**
 * Passive-aggressive: stock phrases that scold while seeming polite (coaching-model.md,
 * `passive-aggressive`): "per my last email", "as I already said", "friendly reminder", "for the last time",
 * "once again", "I shouldn't have to". The rule takes the first hit in a sentence: the leftmost, and at one
 * position the earlier entry, so keep the order when adding.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, passive-aggressive';
const SURVEYS = 'most-disliked email phrases surveys (e.g. Adobe 2019, Perkbox 2018)';
const DEV = 'dev data shape';

export const PASSIVE_AGGRESSIVE: PhraseEntry[] = [
  {
    id: 'per-my-last-email',
    pattern: '\\b(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|note|mail|reply)\\b',
    example: 'Per my last email, the deadline is Friday.',
    nearMiss: 'As we said in the meeting, the deadline is Friday.',
    source: SURVEYS,
  },
  {
    id: 'as-i-already-said',
    pattern:
      "\\bas (?:I|we)(?:'ve| have)? (?:already |previously |clearly |repeatedly )(?:said|mentioned|" +
      'stated|explained|noted|told you|asked|pointed out)\\b|' +
      "\\bas (?:I|we)(?:'ve| have) (?:said|mentioned|stated|explained|told you) (?:already|repeatedly|several times)\\b",
    example: 'As I already said, permission slips go to the front office.',
    nearMiss: 'As I said to Priya, the slips are great.',
    source: SURVEYS,
  },
  {
    id: 'as-ive-said-before',
    pattern:
      "\\bas I(?:'ve| have) (?:said|told you|explained|mentioned) (?:before|multiple times|many times|" +
      'several times|a few times|repeatedly)\\b',
    example: "As I've said many times, the fire door stays shut.",
    nearMiss: "As I've said to the client, we're on track.",
    source: SURVEYS,
  },
  {
    id: 'as-i-said-before',
    pattern: '\\bas I said (?:before|earlier|already|last week|yesterday)\\b',
    example: 'As I said before, sign in at the desk.',
    nearMiss: 'As I said to Sam, thanks for the cover.',
    source: SURVEYS,
  },
  {
    id: 'like-i-said',
    pattern: '\\blike I (?:already )?said\\b',
    example: 'Like I said, the van leaves at 6.',
    nearMiss: 'I said I would cover Friday.',
    source: SURVEYS,
  },
  {
    id: 'as-previously-stated',
    pattern:
      '\\bas (?:previously|already|clearly) (?:stated|mentioned|discussed|noted|said|communicated|' +
      'explained)\\b',
    example: 'as previously stated, discharge orders should be in before 11.',
    nearMiss: 'As planned, the move is on Monday.',
    source: SURVEYS,
  },
  {
    id: 'as-stated-above',
    // "So your goal, as stated above, is…" points at the reader's own words, not the writer's.
    pattern: '(?<!\\byour \\w+,? )\\bas stated (?:above|below|previously|before)\\b',
    example: 'As stated above, the form is due Monday.',
    nearMiss: 'The form stated the wrong date.',
    source: SURVEYS,
  },
  {
    id: 'as-you-should-know',
    pattern: '\\bas you (?:should|ought to) (?:already |all )?(?:know|be aware)\\b',
    example: 'As you should already know, the tills close at 9.',
    nearMiss: 'As you know from the trial, it went well.',
    source: SURVEYS,
  },
  {
    id: 'friendly-reminder',
    // "Send a friendly reminder to everyone" asks for one; only the writer's own is the jab.
    pattern:
      '(?<!\\b(?:send|sending|sent|give|write|post|email) (?:a |them a |everyone a |out a )?)\\b(?:just a )?(?:friendly|gentle) reminder\\b',
    example: 'Friendly reminder that timesheets are due today.',
    nearMiss: 'I set a reminder for the team meeting.',
    source: SURVEYS,
  },
  {
    id: 'as-mentioned-n-times',
    pattern:
      "\\bas (?:(?:I|we)(?:'ve| have)? )?(?:mentioned|said|stated|explained|noted|pointed out|told you|" +
      "discussed)(?: [\\w']+){0,4}? (?:before|previously|already|several times|multiple times|" +
      'many times|repeatedly|more than once|twice|a few times|countless times)\\b',
    example: 'As mentioned several times already, the fire exit stays clear.',
    nearMiss: "As mentioned in Monday's meeting, the launch is on track.",
    source: SURVEYS,
  },
  {
    id: 'nth-time-asking',
    pattern:
      "\\b(?:this is the |that's the )?(?:second|third|fourth|fifth|umpteenth|nth) time (?:I've |" +
      "I have |I'm |I am )?(?:asking|asked|raising|raised|mentioning|mentioned|reminding|chasing)" +
      '(?: \\w+)?\\b',
    example: "This is the third time I've asked for the receipts.",
    nearMiss: 'This is the third time we have won the award.',
    source: SURVEYS,
  },
  {
    id: 'tired-of-repeating',
    pattern: "\\bI'm (?:tired|sick) of (?:repeating|saying|asking|reminding|chasing|telling)\\b",
    example: "I'm tired of repeating this: gloves on the floor.",
    nearMiss: "I'm tired after the late shift.",
    source: SURVEYS,
  },
  {
    id: 'not-sure-why-still',
    pattern: '\\bnot sure why [^.?!]{0,60}?(?:is|are) still\\b',
    example: 'Not sure why the rota is still not posted.',
    nearMiss: 'Not sure why, but the printer works now.',
    source: MODEL,
  },
  {
    id: 'not-sure-why-so-hard',
    pattern: '\\bnot sure why [^.?!]{0,60}?(?:so hard|so difficult|such a mess|so complicated)\\b',
    example: 'Not sure why the handover is so hard to get right.',
    nearMiss: 'Not sure why the printer jammed.',
    source: MODEL,
  },
  {
    id: 'why-is-this-still',
    pattern: '\\bwhy (?:is|are) (?:this|these|that|it) still\\b',
    example: 'Why is this still open?',
    nearMiss: 'Why is this step needed?',
    source: MODEL,
  },
  {
    id: 'for-the-last-time',
    pattern: '\\bfor the (?:last|final|third|fourth|fifth|hundredth|umpteenth) time\\b',
    example: 'For the last time, sign in at the front desk.',
    nearMiss: 'For the first time, we hit the target.',
    source: SURVEYS,
  },
  {
    id: 'once-again',
    pattern:
      "\\b(?<!(?:thank you|thanks|thank u|congrats|congratulations|you've|you have) )once again(?!,? " +
      '(?:thank|thanks|congrat|great|well done|nice|amazing|you (?:nailed|crushed|did|saved|' +
      "came through|pulled))|,? you(?:'ve| have) (?:pulled|saved|nailed|smashed|crushed|delivered|" +
      'outdone|come through|stepped up|made|done it))\\b',
    example: 'once again, pls restock the gloves in bay 3',
    nearMiss: 'Once again, thank you all for a great season.',
    source: SURVEYS,
  },
  {
    id: 'yet-again',
    pattern: '\\byet again\\b',
    example: 'The bins were left out yet again.',
    nearMiss: 'Yet another great quarter for the team.',
    source: SURVEYS,
  },
  {
    id: 'shouldnt-have-to',
    pattern: "\\b(?:I (?:really )?shouldn't (?:have|need) to|I (?:really )?should not (?:have|need) to)\\b",
    example: "I shouldn't have to remind you about this.",
    nearMiss: "You shouldn't have to stay late for this.",
    source: SURVEYS,
  },
  {
    id: 'as-you-are-aware',
    pattern: "\\b(?:as you(?:'re| are) (?:well|fully|no doubt) aware|as you well know)\\b",
    example: 'As you are well aware, the audit is Monday.',
    nearMiss: 'Are you aware of the new parking rules?',
    source: SURVEYS,
  },
  {
    id: 'said-it-repeatedly',
    pattern:
      '\\b(?:mentioned|said|told you|raised|asked|explained) (?:this |that |it )?(?:more than once|' +
      'several times|multiple times|repeatedly|again and again|over and over)\\b',
    example: "I've mentioned this more than once.",
    nearMiss: 'I mentioned this to the client once.',
    source: SURVEYS,
  },
  {
    id: 'repeating-myself',
    pattern: '\\b(?:keep|keeps) repeating myself\\b',
    example: 'I keep repeating myself about the bins.',
    nearMiss: 'Please repeat the order back to the customer.',
    source: SURVEYS,
  },
  {
    id: 'as-i-told-you',
    pattern: '\\bas I told you\\b\\b',
    example: 'As I told you, the keys are at reception.',
    nearMiss: 'I told Sam the keys are at reception.',
    source: SURVEYS,
  },
  {
    id: 'for-future-reference',
    pattern: '\\bfor future reference\\b',
    example: 'For future reference, invoices go to accounts.',
    nearMiss: 'The reference number is on the invoice.',
    source: `${MODEL}; ${DEV}`,
  },
  {
    // "Don't take this the wrong way, but…", "With all due respect, …": a disclaimer that announces the criticism
    // ("No offence, but…" is a put-down's sneering aside).
    id: 'dont-take-this-wrong',
    pattern:
      "\\b(?:don't|do not|dont) take (?:this|it|that) (?:the )?wrong way\\b|\\bwith (?:all )?due respect\\b",
    example: "Don't take this the wrong way, but the deck needs work.",
    nearMiss: 'We took the wrong way to the venue.',
    source: 'realworld-dev.jsonl shape: surveyed passive-aggressive phrases',
  },
  {
    id: 'dont-let-it-happen-again',
    pattern: "\\b(?:make sure|ensure) (?:this|it) (?:doesn't|does not|never) happens? again\\b",
    example: "Please make sure this doesn't happen again.",
    nearMiss: 'Please make sure this gets to the client today.',
    source: `${MODEL}; ${DEV}`,
  },
  {
    id: 'im-sure-youre-aware',
    pattern: "\\b(?:I'm sure you(?:'re| are) (?:aware|well aware)|I'm sure you know)\\b",
    example: "I'm sure you're aware of the dress code.",
    nearMiss: "I'm sure you'll do a great job.",
    source: SURVEYS,
  },
  {
    id: 'not-sure-if-you-saw',
    pattern:
      '\\bnot sure if you (?:saw|got|read) (?:my|the) (?:last |previous )?(?:email|message|note|memo)\\b',
    example: 'Not sure if you saw my last email.',
    nearMiss: 'Not sure if you saw the game last night!',
    source: SURVEYS,
  },
  {
    id: 'sorry-if-unclear',
    pattern:
      "\\bsorry if (?:you found me|I was|that was|I wasn't|you were) (?:unclear|confusing|confused|" +
      'offended|clear enough)\\b',
    example: 'Sorry if I was unclear.',
    nearMiss: 'Sorry I was late this morning.',
    source: SURVEYS,
  },
  {
    id: 'sorry-you-feel-that-way',
    pattern: '\\bsorry you feel that way\\b',
    example: "I'm sorry you feel that way.",
    nearMiss: 'Sorry you felt unwell, rest up.',
    source: SURVEYS,
  },
  {
    id: 'in-case-you-missed-it',
    pattern: '\\bin case you missed (?:it|my)\\b',
    example: 'In case you missed it, the deadline was yesterday.',
    nearMiss: 'In case you need it, the code is 4411.',
    source: SURVEYS,
  },
  {
    id: 'ive-told-you-before',
    pattern:
      "\\bI(?:'ve| have) told you (?:this |that )?(?:before|already|twice|more than once|" +
      'several times)\\b',
    example: "I've told you this before.",
    nearMiss: "I've told the client we're on track.",
    source: SURVEYS,
  },
  {
    id: 'as-youve-been-told',
    pattern: "\\bas you(?:'ve| have) been told\\b",
    example: "As you've been told, the car park closes at 8.",
    nearMiss: "As you'll see, the car park is closed.",
    source: SURVEYS,
  },
  {
    id: 'whats-unclear-about',
    pattern: "\\bnot sure what(?:'s| is) (?:unclear|confusing|hard|difficult) about\\b",
    example: "Not sure what's unclear about this.",
    nearMiss: "Not sure what's for lunch today.",
    source: SURVEYS,
  },
  {
    id: 'wont-repeat-myself',
    pattern: "\\b(?:not going to |won't )repeat myself\\b",
    example: "I won't repeat myself.",
    nearMiss: 'Please repeat the safety briefing for the new starters.',
    source: SURVEYS,
  },
  {
    id: 'as-said-at-every',
    pattern:
      "\\bas (?:I|we)(?:'ve| have)? (?:said|mentioned|pointed out|explained|stated) (?:at|in) every\\b\\b",
    example: 'As I have said at every meeting, the door stays shut.',
    nearMiss: 'As I said at the meeting, thanks for your work.',
    source: SURVEYS,
  },
  {
    id: 'as-said-in-my-last',
    pattern:
      '\\bas I (?:said|mentioned|stated|explained) in my (?:last|previous|earlier) (?:message|email|' +
      'e-mail|note)\\b',
    example: 'As I mentioned in my last email, the forms are due.',
    nearMiss: 'As I mentioned in the call, the forms are optional.',
    source: SURVEYS,
  },
  {
    id: 'as-said-at-the-last-meetings',
    pattern: '\\bas I (?:said|mentioned|explained) (?:at|in) the last (?:two|three|few|several|\\d+) \\w+\\b',
    example: 'As I said at the last three meetings, the door stays shut.',
    nearMiss: 'As I said at the meeting, thanks for your work.',
    source: SURVEYS,
  },
  {
    id: 'as-you-should-all-know',
    pattern: '\\bas you (?:should|ought to) all know\\b',
    example: 'As you should all know, lockers are emptied on Friday.',
    nearMiss: 'As you all know, Sam retires on Friday.',
    source: SURVEYS,
  },
  {
    id: 'why-so-hard',
    pattern: '\\bnot sure why this is so (?:hard|difficult|complicated)\\b',
    example: 'Not sure why this is so hard.',
    nearMiss: 'Not sure why this is so popular, but great!',
    source: MODEL,
  },
  {
    id: 'how-many-times',
    pattern: '\\bhow (?:many|often) times do I have to\\b',
    example: 'How many times do I have to say it?',
    nearMiss: 'How many times do you want to meet this month?',
    source: SURVEYS,
  },
  {
    id: 'asked-twice',
    pattern:
      "\\bI(?:'ve| have) (?:already )?asked (?:you )?(?:twice|three times|several times|multiple times|" +
      'repeatedly|more than once)\\b',
    example: "I've asked you twice for the receipts.",
    nearMiss: "I've asked the client for the receipts.",
    source: SURVEYS,
  },
  {
    id: 'did-you-read-my-email',
    pattern:
      '\\bdid you (?:even )?(?:read|see|get) my (?:last |previous |earlier )?(?:email|e-mail|message|' +
      'note)\\b',
    example: 'Did you even read my email?',
    nearMiss: 'Did you get a chance to rest this weekend?',
    source: SURVEYS,
  },
  {
    id: 'already-explained-this',
    pattern: "\\bI(?:'ve| have) already (?:explained|said|told you|covered) (?:this|that)\\b",
    example: "I've already explained this.",
    nearMiss: "I've explained the change to the client.",
    source: SURVEYS,
  },
  {
    id: 'told-you-twice',
    pattern:
      '\\b(?:explained|told you|said) (?:this |that )?(?:twice|three times|multiple times|' +
      'several times|more than once)\\b',
    example: 'I explained that twice on Monday.',
    nearMiss: 'I explained the change to the client.',
    source: SURVEYS,
  },
];
