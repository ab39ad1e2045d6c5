/**
 * Loaded questions: a question framed to accuse, scold or demand compliance, not to learn the reader's
 * view (coaching-model.md, `loaded-question`). Each entry is one grammatical shape of it.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, loaded-question';
const POLITENESS =
  'Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013): direct "why" questions rated impolite';

/** What a reproachful "why isn't it…" is about: work not finished. */
const DONE =
  '(?:done|finished|ready|fixed|sent|submitted|complete|completed|in|here|signed|sorted|updated|filed|booked|' +
  'cleaned|answered|started|back|on (?:the|my) desk)\\b';

/** Control checks: the question demands agreement; it stands alone or closes the sentence. */
export const CONTROL_CHECKS: PhraseEntry[] = [
  {
    id: 'is-that-clear',
    pattern:
      '(?:^|[,.;:!—–-]\\s*)(?:is (?:that|this|everything) (?:clear|understood)|are we clear|(?:do|did) I make myself clear|' +
      'have I made myself clear|is that understood|we clear)\\W*\\?',
    example: 'The rota is final. Is that clear?',
    nearMiss: 'Is the brief clear enough, or should I add detail?',
    source: MODEL,
  },
  {
    id: 'got-it',
    pattern:
      '(?:^|[,.;:!—–-]\\s*)(?:got it|got that|understood|(?:everyone |everybody |are we |all |' +
      'you all )?clear(?: on (?:that|this))?|capisce|capeesh|comprende|comprendo|savvy|' +
      '(?:do )?(?:you|u) (?:hear|understand) me|do (?:you|u) understand|you with me)\\W*\\?\\W*$',
    example: 'Be here at 7, got it?',
    nearMiss: 'Got it, thanks for the update.',
    source: MODEL,
  },
  {
    id: 'seriously',
    pattern:
      '^\\W*(?:seriously|really|are (?:you|u) serious|you serious|for real|excuse me|what now|wtf|' +
      'what the (?:hell|heck|fuck|f\\*+k)|lol,? what)\\W*\\?+\\W*$',
    example: 'Seriously?',
    nearMiss: 'Seriously, thank you for stepping in.',
    source: MODEL,
  },
];

/** Accusing and rhetorical questions. */
export const ACCUSING: PhraseEntry[] = [
  {
    id: 'why-would-you',
    pattern:
      "\\bwhy (?:on earth |in the world |the hell |the heck |tf )?(?:would|did|didn't|are|aren't|were|weren't|do|don't|" +
      "does|can't|couldn't|haven't|won't|wouldn't|should|shouldn't|is|isn't)(?: not)?\\s+(?:you|u|your)\\b(?!(?<=why do (?:you|u)) think\\b)" +
      // "Why do you use mysql?" asks; "why do you even/need/want/keep…" challenges.
      // "Why do you want to know?" asks what the reader needs the answer for.
      '(?!(?<=why (?:do|does) (?:you|u|your)) (?!(?:even|really|actually|always|keep|insist|need|want(?! to know\\b)|have to)\\b))' +
      // "I listed my classwork. Why wouldn't you?" argues that the reader should too; it accuses nobody.
      "(?!(?<=why (?:wouldn't|would not|wouldnt) (?:you|u))\\W*\\?)" +
      // "Why don't you think it's optimal?" asks the reader's view; "Why don't you post it and we'll look?" offers.
      "(?!(?<=why (?:don't|dont|do not) (?:you|u)) (?:think|believe|agree|feel)\\b)" +
      "(?!(?<=why (?:don't|dont) (?:you|u))[^.!?]*\\band (?:we|I)(?:'ll| will| can)\\b)",
    example: 'Why would you do that?',
    nearMiss: 'Why do you think the numbers dipped in March?',
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'why-on-earth',
    pattern: "\\bwhy (?:on earth|in the world|the hell|the heck|tf|in god's name)\\b",
    example: 'Why on earth is the van still here?',
    nearMiss: 'Why the change of venue, out of interest?',
    source: MODEL,
  },
  {
    // A complaint about a pattern, asked as a question: "Why is it always the same three people…?"
    id: 'why-always',
    pattern:
      '\\bwhy (?:is|was|does|do|did) (?:it|this|that|everything) (?:always|never)\\b|\\bwhy (?:do|must) I always\\b',
    example: 'Why is it always the same three people who tidy the stockroom?',
    nearMiss: 'Why is it busy on Mondays?',
    source: MODEL,
  },
  {
    // "Seriously, who merges a failing test into main?": the opener marks the question as a reproach.
    id: 'seriously-who',
    pattern: '^\\W*(?:seriously|honestly|come on|i mean)\\W+(?:who|why|how come)\\b[^?]*\\?',
    example: 'Seriously, who merges a failing test into main?',
    nearMiss: 'Honestly, what do you think of the draft?',
    source: MODEL,
  },
  {
    id: 'why-isnt-it-done',
    // Work not done, asked as a reproach: "why isn't this done yet?". Not "why doesn't it compile?", a real question.
    pattern:
      '\\bwhy (?:is|are|was|were|has|have) (?:this|that|it|these|those|the \\w+|nothing|nobody|no one)' +
      "(?: \\w+)? (?:still )?(?:not|n't) (?:yet )?(?:been )?" +
      DONE +
      "|\\bwhy (?:isn't|aren't|hasn't|haven't|wasn't|weren't) (?:this|that|it|these|those|anyone|anybody)(?: \\w+)? " +
      '(?:yet )?(?:been )?' +
      DONE +
      "|\\bwhy (?:(?:doesn't|didn't|hasn't) (?:anyone|anybody|somebody|someone)|(?:does|did|has) nobody)\\b",
    example: "Why isn't this done yet?",
    nearMiss: "Why doesn't it compile?",
    source: MODEL,
  },
  {
    id: 'why-not-just',
    pattern: "\\bwhy (?:not|don't you|didn't you) (?:just|simply)\\b",
    example: 'Why not just call it once?',
    nearMiss: 'Why not grab lunch with us on Friday?',
    source: POLITENESS,
  },
  {
    id: 'any-idea',
    pattern:
      '\\b(?:do|did) (?:you|u) (?:even |actually )?(?:have )?(?:any|the (?:faintest|slightest|first)) idea ' +
      '(?:what|how much|how many|how (?:long|hard|important|serious|bad|expensive)|who|why)\\b',
    example: 'Do you have any idea what that case of truffles cost?',
    nearMiss: 'Do you have any idea how we could speed up the close?',
    source: MODEL,
  },
  {
    id: 'when-were-you-planning',
    pattern:
      '\\bwhen (?:exactly )?(?:were|was|are) (?:you|u|they) (?:planning|going|thinking of|intending) (?:to )?(?:tell|let|mention|ask|inform|show)',
    example: 'When exactly were you planning to tell me?',
    nearMiss: 'When are you planning to take your leave this summer?',
    source: MODEL,
  },
  {
    id: 'did-nobody-think',
    pattern:
      '\\b(?:did|does|has) (?:nobody|no one|none of you|anyone|anybody) (?:think|bother|care|stop|' +
      'check) to\\b[^?]*\\?|\\bwhat did I (?:just )?(?:say|tell you) about\\b',
    example: 'Did nobody think to check the forecast before pouring?',
    nearMiss: 'Did anyone think the forecast was good for Friday?',
    source: MODEL,
  },
  {
    id: 'why-not-verb',
    pattern:
      // "If you have a follow-up question, why not post it?": offered on the reader's own terms, it invites.
      // The look back comes after the cheap anchor: at every position it made the table quadratic in the sentence.
      '(?:^|[.!?]\\s+|[,;:—–]\\s*)\\W*(?<!\\bif (?:you|u)\\b[^.!?]*)why not (?!(?:grab|have|join|come|take|get|go|celebrate|treat|try|ask|both|in|' +
      'on|at|the|a|an|yet|now|today|me|us|all|here|there)\\b)' +
      '[a-z]+\\b[^?.!]*\\?',
    example: "You're already using managed code, why not use the BCL's regex class?",
    nearMiss: 'Why not grab lunch with us on Friday?',
    source: POLITENESS,
  },
  {
    id: 'what-do-you-mean-clause',
    pattern:
      "\\bwhat do (?:you|u) mean,? (?:it|you|they|we|he|she|this|that|there)(?:'s|'re)?\\b(?! by\\b)[^?]*\\?",
    example: 'What do you mean it "did not work"?',
    nearMiss: 'What do you mean by "documents"?',
    source: POLITENESS,
  },
  {
    id: 'dont-you-mean',
    pattern: "\\b(?:don't|didn't|do not) (?:you|u) mean\\b[^?]*\\?",
    example: "Less than 127? Don't you mean less or equal to 127?",
    nearMiss: 'Do you mean the March file or the April one?',
    source: POLITENESS,
  },
  {
    id: 'is-this-homework',
    pattern:
      // "…, is this homework, are you both following the same tutorial, or what?": one guess among others.
      '(?<!,\\s*)\\b(?:is|was) (?:this|that|it) (?:a |your )?homework\\b(?!,\\s)|\\bshould (?:we|I) do (?:all of )?your homework\\b|' +
      // "Why isn't this tagged as homework?": the same suspicion, as a rule the asker broke.
      "\\bwhy (?:isn't|is not|wasn't|isnt) (?:this|it) tagged (?:as )?(?:\\[)?homework\\b",
    example: 'This problem is trivial to solve. Is this homework?',
    nearMiss: 'Is the homework club still on Thursdays?',
    source: POLITENESS,
  },
  {
    id: 'how-many-times',
    pattern:
      '\\bhow many more times\\b|\\bhow many times (?:do|must|should|will|have|did|am|do I need to|does one) (?:I|we)?\\s*' +
      '(?:have to |need to |got to |gotta )?(?:tell|ask|remind|say|explain|repeat|go over|mention)',
    example: 'How many times do I have to tell you?',
    nearMiss: 'How many times a week do you run the backup?',
    source: MODEL,
  },
  {
    id: 'how-hard-can-it-be',
    pattern:
      '\\bhow (?:hard|difficult|complicated|tough) (?:can it be|is it|could it be|was it)\\b|' +
      '\\b(?:is|was) (?:it|this|that) (?:really )?(?:that|so) (?:hard|difficult|complicated) (?:to|for (?:you|u))\\b|' +
      '\\bhow (?:long|hard|difficult) (?:can|could) (?:it|this|that) possibly (?:be|take)\\b',
    example: 'How hard is it to close the fridge door?',
    nearMiss: 'How hard was the migration on your side?',
    source: MODEL,
  },
  {
    id: 'how-could-you',
    pattern:
      '\\bhow (?:could|dare|can) (?:you|u)(?: (?:possibly|even|still|seriously|not|be so))?\\b(?<!how can (?:you|u))' +
      // "How could you guess what format it is?": how anyone could know, asked of a method.
      '(?:(?<=\\bnot)|(?! (?:guess|know|tell|figure|determine|distinguish|work out|find out)\\b))|\\bhow come (?:you|u)\\b',
    example: 'How could you forget the client call?',
    nearMiss: 'How can you help with the move?',
    source: MODEL,
  },
  {
    id: 'how-is-this-still-not',
    pattern:
      "\\bhow (?:is|are|was|has|have) (?:this|that|it|these|those|the \\w+) (?:still )?(?:not|n't)\\b|\\bhow is (?:this|that) (?:acceptable|ok|okay)\\b",
    example: 'How is this still not fixed?',
    nearMiss: 'How is the new hire settling in?',
    source: MODEL,
  },
  {
    id: 'what-is-so-hard',
    pattern:
      "\\bwhat(?:'s| is| was) (?:so )?(?:hard|difficult|complicated|confusing|unclear) about\\b[^.!?]*\\?",
    example: 'What is so hard about filling in a timesheet?',
    nearMiss: 'What was the hardest part of the launch for you?',
    source: MODEL,
  },
  {
    id: 'what-were-you-thinking',
    pattern:
      '\\bwhat (?:were|was) (?:you|u|they) (?:even )?(?:thinking|playing at|smoking|on about)\\b|\\bwhat are (?:you|' +
      "u) (?:playing at|on about|smoking)\\b|\\bwhat (?:do|did) (?:you|u) think (?:you(?:'re| are| were)) doing\\b",
    example: 'What were you thinking?',
    nearMiss: 'What are you thinking for the offsite?',
    source: MODEL,
  },
  {
    id: 'what-on-earth',
    pattern: "\\bwhat (?:on earth|in the world|the hell|the heck|in god's name|tf|the fuck|the f\\*+)\\b",
    example: 'What on earth happened to the stockroom?',
    nearMiss: 'What in particular worries you about the plan?',
    source: MODEL,
  },
  {
    id: 'what-part-of',
    pattern: "\\bwhat part of\\b[^?]{1,60}\\b(?:don't|do not|didn't|did not) (?:you|u) (?:understand|get)\\b",
    example: "What part of 'no overtime' don't you understand?",
    nearMiss: 'What part of the brief would you like to take?',
    source: MODEL,
  },
  {
    id: 'what-is-wrong-with-you',
    pattern:
      "\\bwhat(?:'s| is| was|s)? (?:wrong with|the matter with|(?:exactly |even )?your (?:problem|excuse|point)|" +
      "the excuse)(?: (?:you|u|people|ppl|y'all|this team|you guys|everyone|everybody|this place|this site|some people))?" +
      '\\b(?<!wrong with|matter with)',
    example: "What's wrong with you?",
    nearMiss: "What's wrong with the printer?",
    source: MODEL,
  },
  {
    id: 'what-do-you-even-do',
    pattern:
      '\\bwhat (?:do|did|have) (?:you|u) (?:even|actually) (?:do|done|been doing)\\b|\\bwhat have (?:you|u) been doing all (?:day|week|morning)\\b',
    example: 'What do you even do all day?',
    nearMiss: 'What have you been working on this week?',
    source: MODEL,
  },
  {
    id: 'whats-the-point',
    pattern: "\\bwhat(?:'s| is) the point (?:of|in)\\b[^?]*\\?",
    example: "What's the point of a checklist if nobody reads it?",
    nearMiss: 'The point of the checklist is to catch missed steps.',
    source: POLITENESS,
  },
  {
    id: 'who-told-you',
    pattern:
      '\\bwho (?:told|said|asked|allowed|authori[sz]ed|gave) (?:you|u)\\b[^?]{0,40}\\b(?:ok|okay|fine|acceptable|alright|could|can|to|permission)\\b',
    example: 'Who told you that was OK?',
    nearMiss: 'Who told you about the opening? I want to thank them.',
    source: MODEL,
  },
  {
    id: 'who-do-you-think',
    pattern: "\\bwho (?:do|does) (?:you|u|he|she|they) think (?:you are|you're|he is|she is|they are)\\b",
    example: 'Who do you think you are?',
    nearMiss: 'Who do you think would be good for the role?',
    source: MODEL,
  },
  {
    id: 'did-you-even',
    pattern:
      '\\b(?:do|did|have|are|were|can|could|will) (?:you|u) (?:even|actually|ever|seriously) ' +
      '(?:read|look|looked|check|checked|listen|think|care|know|understand|try|tried|bother|test|tested|open|opened|proofread)\\b',
    example: 'Did you even check the totals?',
    nearMiss: 'Did you check the totals against the March file?',
    source: MODEL,
  },
  {
    id: 'did-you-not',
    pattern:
      '(?:^|[,.;:!?]\\s*)\\W*(?:(?:do|did|have) (?:you|u) not (?:read|see|get|understand|hear|check|notice|listen)\\b|did (?:you|u) forget\\b|' +
      "(?:don't|didn't|haven't) (?:you|u) (?:know|care|see|realize|realise|remember|read|get it|understand|listen)\\b)",
    example: 'Did you not read the brief?',
    nearMiss: 'Did you get the brief I sent on Monday?',
    source: MODEL,
  },
  {
    // "Hasn't anyone ever heard of Google?": the answer is said to be obvious; "Have you heard of X?" just asks.
    id: 'never-heard-of',
    pattern: "\\b(?:have|has)(?:n't| not) (?:you|u|anyone|anybody|any of you) (?:ever )?heard of\\b",
    example: "This same question was asked two hours ago. Hasn't anyone ever heard of Google?",
    nearMiss: 'Have you heard of the new rota tool?',
    source: 'politeness corpus (Stack Exchange): a sarcastic question',
  },
  {
    // "Or are you just asking us to do your work for you?": asking for help, said to be shirking.
    id: 'do-your-work-for-you',
    pattern:
      '\\b(?:(?:do(?:ing)?|writ(?:e|ing)|solv(?:e|ing)|finish(?:ing)?|debug(?:ging)?) (?:all )?{your} (?:home)?work|' +
      'do(?:ing)? {your} (?:thinking|job)) for (?:you|u)\\b' +
      '(?=[^.!?()]*\\?)',
    example: 'Or are you just asking us to do your work for you?',
    nearMiss: "You won't get far asking people to do your homework for you.",
    source: 'politeness corpus (Stack Exchange): an accusing question',
  },
  {
    id: 'did-you-bother',
    pattern: '\\b(?:did|have|do|could|can) (?:you|u|anyone|nobody) (?:even )?(?:bother|bothered)\\b',
    example: 'Did you bother to test it?',
    nearMiss: 'Sorry to bother you, did the parts arrive?',
    source: MODEL,
  },
  {
    id: 'are-you-kidding',
    pattern:
      '\\bare (?:you|u) (?:kidding|joking|serious|for real|blind|deaf|stupid|mad|insane|crazy|high|out of your mind|' +
      'even listening|listening to me)\\b|\\bhave (?:you|u) lost your mind\\b',
    example: 'Are you kidding me?',
    nearMiss: 'Are you joining the call at 3?',
    source: MODEL,
  },
  {
    id: 'too-much-to-ask',
    pattern:
      '\\b(?:is it|would it be|was it) (?:really )?(?:too much|so much|asking too much) to (?:ask|expect)\\b',
    example: 'Is it too much to ask that you reply to emails?',
    nearMiss: 'Tell me if this is too much to take on.',
    source: MODEL,
  },
  {
    id: 'cant-you-just',
    pattern:
      "\\b(?:can't|cannot|couldn't|can not) (?:you|u) (?:just|even|simply|at least|read|follow|see)\\b[^?]*\\?|\\b(?:couldn't|could not) (?:you|u) have\\b",
    example: "Can't you just follow the checklist?",
    nearMiss: "If you can't make it, could you tell me by noon?",
    source: MODEL,
  },
  {
    id: 'didnt-i-tell-you',
    pattern:
      "\\b(?:didn't|did not|haven't|have not) I (?:already )?(?:tell|told|ask|asked|say|said|explain|explained|mention|mentioned|remind|reminded)\\b",
    example: "Didn't I tell you to lock the gate?",
    nearMiss: "I didn't tell you about the gate code, sorry: it's 4471.",
    source: MODEL,
  },
  {
    id: 'shouldnt-you-be',
    pattern: "\\b(?:shouldn't|should not) (?:you|u|they|he|she) (?:be|have)\\b[^?]*\\?",
    example: "Shouldn't you be on the floor by now?",
    nearMiss: "You shouldn't have to stay late for this.",
    source: MODEL,
  },
  {
    id: 'isnt-that-your-job',
    pattern:
      "\\b(?:isn't|is not|wasn't) (?:that|this|it) (?:\\w+'s job|your job|your responsibility|obvious|the whole point|kind of the point|common sense|basic)\\b",
    example: "Isn't that your job?",
    nearMiss: "Isn't the meeting at three today?",
    source: `${MODEL}; ${POLITENESS}`,
  },
  {
    id: 'you-do-realize',
    pattern: '\\b(?:you|u) (?:do|did) (?:realize|realise|know|understand|see)\\b[^?]*\\?',
    example: 'You do realize the client saw this?',
    nearMiss: 'I know you did see the client notes, thank you.',
    source: POLITENESS,
  },
  {
    id: 'do-i-have-to',
    pattern:
      '\\b(?:do|must|will|should) I (?:have to|need to|really have to)? ?(?:do everything|spell it out|remind you|draw you a (?:picture|map)|' +
      'explain (?:this|it) again|repeat myself|hold your hand|babysit)\\b|\\bam I the only one (?:who|that)\\b',
    example: 'Do I have to spell it out for you?',
    nearMiss: 'Do I have to book the room, or will you?',
    source: MODEL,
  },
  {
    id: 'was-that-so-hard',
    pattern: '\\bwas (?:that|it) (?:really )?(?:so|that) (?:hard|difficult)\\b',
    example: 'See, was that so hard?',
    nearMiss: 'The audit was hard, and you handled it well.',
    source: MODEL,
  },
  {
    id: 'you-call-this',
    pattern:
      '\\b(?:you|u) call (?:this|that|these|those)\\b[^?]*\\?|\\bis (?:this|that) (?:some kind of |a )?joke\\b',
    example: 'You call this a report?',
    nearMiss: 'You can call this number after six.',
    source: MODEL,
  },
  {
    id: 'what-kind-of-you',
    pattern:
      // "What type of application is this?" asks; "what kind of answer is this?" judges the reader's work.
      '\\bwhat (?:kind|sort|type) of (?:[\\w-]+ )?(?:\\w+ )(?:are you|do you call (?:this|that))\\s*\\?|' +
      '\\bwhat (?:kind|sort) of (?:[\\w-]+ )?(?:answer|question|code|excuse|nonsense|behaviou?r|attitude|joke|logic|' +
      'reasoning|comment|response|reply|explanation|rubbish|crap|garbage|stuff|mess|work) (?:is this|is that)\\s*\\?|' +
      '\\bwhat (?:kind|sort|type) of (?:pointless|stupid|dumb|silly|ridiculous|useless|idiotic|lazy|sloppy|half-baked) ' +
      '[\\w-]+ (?:is this|is that)\\s*\\?',
    example: 'What kind of programmer are you?',
    nearMiss: 'What kind of platform are you using for these algorithms?',
    source: POLITENESS,
  },
  {
    id: 'why-such',
    pattern: '(?:^|[.!?]\\s+)\\W*why such (?:an? )?(?:\\w+ )?\\w+\\W*\\?',
    example: 'why such a large file?',
    nearMiss: 'Why is the file so large, is it the images?',
    source: POLITENESS,
  },
  {
    id: 'why-dont-you-typed',
    pattern:
      '\\bwhy (?:dont|doesnt|didnt|cant|wont|arent|isnt) (?:you|u)\\b' +
      "(?! (?:think|believe|agree|feel)\\b)(?![^.!?]*\\band (?:we|I)(?:'ll| will| can)\\b)",
    example: 'if yes then why dont you try searching this in that?',
    nearMiss: "Why don't we try the other supplier?",
    source: POLITENESS,
  },
  {
    id: 'dont-you-think',
    pattern: "(?:^|[.,;:!?]\\s*)\\W*(?:don't|dont|wouldn't) you (?:think|agree)\\W*\\?",
    example: "Guess that makes this community wiki. Don't you think?",
    nearMiss: "Don't you think the launch went well, Sam? I thought it did.",
    source: POLITENESS,
  },
  {
    // Disbelief put as a question: "Do you really think X will Y?" scoffs at the reader's plan. Without the
    // intensifier ("Do you think the client will sign?") it asks.
    id: 'do-you-really-think',
    pattern:
      '(?:^|[.!?,;:—–]\\s*)\\W*(?:(?:do|did|would) (?:you|u) |(?:you|u) )' +
      '(?:really|honestly|seriously|actually|truly|genuinely) ' +
      // "Would you really call this a basic question?": the reader's word for it, doubted.
      '(?:think|believe|expect|imagine|suppose|call (?:this|that|it|these|those)\\b)[^?]*\\?',
    example: 'Do you really think throwing code at us will solve your problem?!',
    nearMiss: 'Do you think the client will sign this week?',
    source: POLITENESS,
  },
  {
    // "Do you really need all of them?": the reader's need is doubted before it is heard. Without the
    // intensifier ("Do you need all of them?") it asks.
    id: 'do-you-really-need',
    pattern:
      '(?:^|[.!?,;:—–]\\s*)\\W*(?:(?:but|so|and) )?(?:do|did|would) (?:you|u) (?:really|actually|honestly|seriously) ' +
      // "Do you really want R_i <= D_x?" checks a formula, not the reader's need.
      '(?:need|want|have to)\\b(?![^?]*[<>=])[^?]*\\?',
    example: 'Do you really need to load all those packages to get the bug to kick in?',
    nearMiss: 'Do you need anything else from me before the launch?',
    source: POLITENESS,
  },
  {
    // "Is 'find . -name *.c' not simple enough?": the answer is said to be plain already.
    id: 'not-simple-enough',
    pattern:
      '\\bnot (?:simple|clear|good|obvious|easy|explicit|specific|detailed|plain|short|fast) enough\\b[^.!?]*\\?',
    example: "Is 'find . -name *.c' not simple enough?",
    nearMiss: 'If the brief is not clear enough, tell me and I will expand it.',
    source: POLITENESS,
  },
  {
    // "Since when is String a primitive?": the reader's claim is mocked as new to the world.
    id: 'since-when',
    pattern: '(?:^|[.!?,;:]\\s*)\\W*since when\\b[^.!?]*\\?',
    example: 'Since when do we skip code review?',
    nearMiss: 'Since when we moved offices, the printer has been slow.',
    source: POLITENESS,
  },
  {
    // "Would you care to explain why?": a demand dressed as a courtesy.
    id: 'care-to-explain',
    pattern:
      '(?:^|[.!?,;:]\\s*)\\W*(?:(?:would|do) (?:you|u) )?care to (?:explain|elaborate|share|comment|justify)\\b[^.!?]*\\?',
    example: 'Vote down? Would you care to explain why?',
    nearMiss: 'I care to explain things well, so ask away.',
    source: POLITENESS,
  },
  {
    // "You don't actually know what those mean, do you?": the reader's ignorance stated, then "confirmed".
    id: 'you-dont-know-do-you',
    pattern:
      "\\b(?:you|u) (?:don't|do not|didn't|did not|can't|cannot|haven't) (?:actually |even |really )?" +
      '(?:know|understand|get|read|have (?:a|any) clue)\\b[^.!?]*,\\s*(?:do|did|can|have) (?:you|u)\\W*\\?',
    example: "You don't actually know what those things mean, do you?",
    nearMiss: "You don't know the door code yet, so shall I text it?",
    source: POLITENESS,
  },
  {
    // "Is that really useful?": doubt pinned on the reader's work before its purpose is heard.
    id: 'is-that-really-useful',
    pattern:
      '\\b(?:is|are|was|would) (?:this|that|it|these|those|all (?:that|this)(?: \\w+)?) really ' +
      '(?:useful|necessary|needed|worth it|going to help|helping|that hard|so hard)\\b[^.!?]*\\?',
    example: "If it's just a list of milk, is that really useful?",
    nearMiss: 'Is that useful for the Friday review?',
    source: POLITENESS,
  },
  {
    // An order with its mocked outcome, put as a question: "Skip the tests and expect the build to pass?" is
    // sarcasm, not a request. "We ship it and hope?" (the writer's own plan) and "Should we…" ask.
    id: 'do-x-and-expect',
    pattern:
      '^\\W*(?!(?:i|we|do|does|did|should|shall|can|could|would|will|may|might|must|is|are|was|were|' +
      "how|what|why|when|where|who|which|let's|lets|if|so)\\b)[a-z][\\w'-]*\\b[^.!?;]*?" +
      '\\band (?:then |just )?(?:expect|hope|wonder|complain|act (?:all )?surprised|be surprised|' +
      'pretend)\\b' +
      '[^.!?]*\\?',
    example: 'Word your question imperfectly and expect it to be closed mercilessly?',
    nearMiss: 'Should we ship it tonight and hope the fix holds?',
    source: POLITENESS,
  },
  {
    // "Or are we supposed to guess?": the reader is told their question left the writer to read their mind.
    id: 'supposed-to-guess',
    pattern:
      // "How are you supposed to know how many arguments to pass?" asks how anyone can know (a generic "you").
      '\\b(?:(?:are|am|were) (?:we|I|(?<!\\bhow (?:are|were) )you) (?:supposed|expected|meant) to |' +
      '(?:asking|expecting|expect) (?:us|me) to ' +
      '(?:try (?:and|to) )?)(?:guess|know|read (?:your|ur|my) mind|predict the future)\\b(?=[^.!?]*\\?)|' +
      '\\b(?:(?:do|should|must|shall) (?:we|I) (?:have to |just )?|we (?:should|have to|must) )guess(?: at [^.!?]*)?\\W*\\?',
    example: 'You could try telling us what the errors are. Or are we supposed to guess?',
    nearMiss: 'Should we guess the budget for now and fix it later?',
    source: POLITENESS,
  },
  {
    // "Have you even glanced at the docs?": "even" doubts that the reader did the least; any verb after it.
    id: 'you-even',
    pattern:
      '\\b(?:do|did|have|are|were|can|could|will|would|does) (?:you|u) even (?!if\\b|though\\b|so\\b)[a-z]',
    example: 'They are completely different. Have you even glanced at the documentation?',
    nearMiss: 'Have you got an even number of rows?',
    source: POLITENESS,
  },
  {
    // "Surely you don't expect a solution?": the answer is given as the only one a sane reader could give.
    id: 'surely-you',
    pattern: "^\\W*(?:and |but |so )?surely (?:you|u|your|you're|you've)\\b[^.!?]*\\?",
    example: "Surely you don't expect us to write it for you?",
    nearMiss: 'Surely you deserve a break after that week.',
    source: POLITENESS,
  },
  {
    // "Why? Because you can't solve it?": a motive pinned on the reader, put as a question.
    id: 'because-you-cant',
    pattern: "(?:^|[.!?]\\s+)\\W*(?:because|cause|cuz|'cause) (?:you|u|you're|your)\\b[^.!?]*\\?\\W*$",
    example: "Why? Because you can't solve it?",
    nearMiss: 'Because you asked, here is the full list.',
    source: POLITENESS,
  },
  {
    // "Not even proper sentences?": disbelief at how little the reader managed.
    id: 'not-even',
    pattern: '^\\W*not even\\b[^.!?]*\\?',
    example: 'Not even proper sentences?',
    nearMiss: 'Not even close, but thanks for trying.',
    source: POLITENESS,
  },
  {
    // "Is there a reason you didn't cc me?": a fault asked about as if a reason were unthinkable.
    id: 'is-there-a-reason-you-didnt',
    pattern:
      '\\bis there (?:a|any) (?:good |particular )?reason (?:why |that )?(?:you|u|all of you|your \\w+)\\b' +
      "[^.!?]*?\\b(?:\\w+n't|not|never|still|seem)\\b[^.!?]*\\?",
    example: "Is there a reason you didn't cc me on this?",
    nearMiss: 'Is there a particular reason you chose Postgres?',
    source: MODEL,
  },
  {
    // "So what's the real question?", "What's your point?": the reader's message is said to have none.
    id: 'whats-the-real-question',
    pattern:
      "^\\W*(?:so|and|ok|okay)\\W+what(?:'s| is) (?:the|your) (?:question|point)\\W*\\?|" +
      "\\bwhat(?:'s| is| was) (?:the|your) (?:real|actual) (?:question|point)\\b(?!\\s*:)|\\bdid (?:you|u) have a question\\W*\\?\\W*$",
    example: "Stopping code is completely different from debugging code. What's the real question?",
    nearMiss: "What's the question you'd like us to cover on Friday?",
    source: POLITENESS,
  },
  {
    // "Did you read the documentation at all?": "at all" doubts that the reader made the least effort. Only
    // about what they did ("Could you look at it at all today?" hedges a request; "any questions at all?" invites).
    id: 'at-all',
    pattern:
      '\\b(?:did|have|has|do) (?:you|u) (?:\\w+ ){0,2}?(?:read|try|tried|look|looked|check|checked|test|tested|' +
      'search|searched|google|googled|research|researched|think|thought|understand|listen|listened|bother|bothered|' +
      'proofread|debug|debugged)\\b[^.!?]*\\bat all\\b[^.!?]*\\?',
    example: 'Did you read the documentation *at all*? e.g. http://example.com/docs?',
    nearMiss: 'Do you have any questions at all?',
    source: POLITENESS,
  },
  {
    // "Have you tried reading a tutorial?", "Have you tried Google?": the reader is told they skipped the
    // first step anyone would take. "Have you tried restarting it?" suggests a fix and stays clean.
    id: 'tried-the-basics',
    pattern:
      '\\b(?:have|did) (?:you|u) (?:even )?(?:tried|try|thought of|considered) (?:reading|googling|google|' +
      '(?:a |an )?(?:web |internet |google )?search(?:ing)?(?: for it| the web| online)?\\W*\\?|' +
      'looking (?:at|in|through) (?:the|a|any) (?:manual|docs|documentation|tutorial|book|faq|help|man page|handbook|guide|wiki))',
    example: 'Have you tried reading a tutorial or a book?',
    nearMiss: 'Have you tried restarting the server?',
    source: POLITENESS,
  },
];
