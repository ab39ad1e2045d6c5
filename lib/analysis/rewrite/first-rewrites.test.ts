// Issue 16: first rewrites a blind reader judged unsendable, one table per class of sentence. Each row is a
// draft sentence and what the first rewrite of its finding must be, or null where nothing may be flagged.
// The rows are variants of each grammar, not the one sentence the reader saw.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { lintRewrite } from './lint';
import { fillSlots } from './slots';

type Row = [string, string | null];

/** The first rewrite of the draft's first warning or alert, or null when it has none. */
function firstRewrite(text: string): string | null {
  const f = analyse(text).findings.find((x) => x.severity !== 'hint');
  return f ? (f.rewrites[0] ?? '(no rewrite)') : null;
}

/** The rewrite clears what it was offered for, and the lint finds nothing in it. */
function sendable(text: string) {
  for (const f of analyse(text).findings) {
    const rw = f.rewrites[0];
    if (rw === undefined) continue;
    expect(lintRewrite(f.text, rw, f.problems ?? [f.rule])).toEqual([]);
    const again = analyse(fillSlots(rw, 'the client review moved to Monday')).findings;
    expect(again.filter((g) => g.severity !== 'hint').map((g) => g.rule)).toEqual([]);
  }
}

// 1. Comparison put-downs: the comparator is the jab and goes; the work the sentence names stays.
const PUT_DOWNS: Row[] = [
  ['My Year 7s could do better with crayons.', "I'm not sure this works yet: [concern]. What led you to it?"],
  [
    'Even an intern could manage the Q3 report.',
    "I'm not sure the Q3 report works yet: [concern]. What led you to it?",
  ],
  [
    'A trainee could have written these release notes.',
    "I'm not sure these release notes work yet: [concern]. What led you to them?",
  ],
  [
    'Any intern would have done the Lawson audit better.',
    "I'm not sure the Lawson audit works yet: [concern]. What led you to it?",
  ],
  [
    'honestly, a trained parrot would get better CSAT scores than you',
    "I'd like to talk about your CSAT scores: [concern]. What would help?",
  ],
];

// 2. "If you can X, why can't you Y?": what makes the one harder than the other.
const CONTRASTS: Row[] = [
  [
    "If you can mail a letter, why can't you e-mail one?",
    'What makes e-mailing one harder than mailing a letter?',
  ],
  [
    "If you can book a holiday, why can't you book the meeting room?",
    'What makes booking the meeting room harder than booking a holiday?',
  ],
  [
    "If you managed to email the client, why couldn't you email me?",
    'What made emailing me harder than emailing the client?',
  ],
  [
    "If you have time to post on Facebook, why don't you have time to answer my emails?",
    'What makes answering my emails harder than posting on Facebook?',
  ],
  [
    "If Dana can hit her numbers, why can't you?",
    'What makes hitting your numbers harder for you than for Dana?',
  ],
  [
    "If the night shift can do it, why can't you?",
    'What makes doing it harder for you than for the night shift?',
  ],
  [
    "If you're able to answer Slack, why can't you answer email?",
    'What makes answering email harder than answering Slack?',
  ],
  [
    'if u can post on linkedin why cant u reply to me',
    'What makes replying to me harder than posting on linkedin?',
  ],
  [
    "If you've got time to chat, why haven't you got time to finish the rota?",
    'What makes finishing the rota harder than chatting?',
  ],
  // Past, with no contrast: what got in the way, never "would it work to".
  [
    "If you knew it was broken, why didn't you say so?",
    'If you knew it was broken, what got in the way of saying so?',
  ],
  ["Why didn't you tell me?", 'What got in the way of telling me?'],
];

// 3. An order with its mocked outcome and a question mark is sarcasm: no "Could you…" order rewrite.
const SARCASM: Row[] = [
  [
    'Word your question imperfectly and expect it to be closed?',
    'If you word your question imperfectly, would you expect it to be closed?',
  ],
  [
    'Skip the tests and expect the build to pass?',
    'If you skip the tests, would you expect the build to pass?',
  ],
  [
    'You skip the tests and expect the build to pass?',
    'If you skip the tests, would you expect the build to pass?',
  ],
  [
    'Cut corners on the audit and expect nobody to notice?',
    'If you cut corners on the audit, would you expect nobody to notice?',
  ],
  [
    'Leave the cash drawer open and hope nobody notices?',
    'What would you expect to happen if you leave the cash drawer open?',
  ],
  [
    'Ignore the checklist and then act surprised when the build fails?',
    'What would you expect to happen if you ignore the checklist?',
  ],
  // The writer's own plan, asked: not sarcasm.
  ['Should we ship it tonight and hope the fix holds?', null],
];

// 4. A noun compound with a question mark is asked about, not ordered.
const NOUN_QUESTIONS: Row[] = [
  ['Transport protocol right above the link layer?', null],
  ['Memory leak in the cache layer?', null],
  ['Test plan for the Q3 release?', null],
  ['Design doc for the new onboarding flow?', null],
  ['Cache layer between the app and the database?', null],
];
/** Still orders put as questions (a hint, with a "Could you…"): a verb with its object. */
const STILL_ORDERS: Row[] = [
  ['Use default parameter window = NULL?', 'Could you use default parameter window = NULL?'],
  ['Fill preallocated blocks with that symbol?', 'Could you fill preallocated blocks with that symbol?'],
  ['Print flyers for the fair?', 'Could you print flyers for the fair?'],
  // The question in brackets after it stays a question of its own.
  [
    'Define *"nested binary search tree"* (do you mean subtree?)',
    'Could you define *"nested binary search tree"*? (Do you mean subtree?)',
  ],
  [
    'Could you, please, make your statement about paths more precise?',
    'Could you, please, make your statement about paths more precise, so that [reason]?',
  ],
];

// 5. Disbelief put as a question becomes an open one, with its topic kept.
const DISBELIEF: Row[] = [
  [
    'Do you really think throwing code at us will solve your problem?!',
    'What leads you to think throwing code at us will solve your problem?',
  ],
  [
    'Do you honestly think the client will accept this?',
    'What leads you to think the client will accept this?',
  ],
  ["Do you really believe that's going to work?", "What leads you to believe that's going to work?"],
  ["You really think that's going to fly?", "What leads you to think that's going to fly?"],
  ['Did you really think nobody would notice?', 'What led you to think nobody would notice?'],
  // Without the intensifier it asks.
  ['Do you think the client will sign this week?', null],
];

// 6. From later reads: glad stacked marks keep one "!"; a jab that the answer is obvious points to it instead;
// a suggestion said back in doubt, a noun and its clause, two options asked about: no order.
const LATER_READS: Row[] = [
  ['It works!!', 'It works!'],
  ['hahah!! that is brilliant', 'Hahah!'],
  ["Hasn't anyone ever heard of Google?", 'Google may already have the answer — worth a look?'],
  ["Haven't you heard of the style guide?", 'The style guide may already have the answer — worth a look?'],
  ['Just make a Facebook account? I thought sites would offer it if they can.', null],
  ['Post you linked to also has a fix by Otto.', null],
  ["Get access to someone else's record, or go for the SQL injection there?", null],
  ['Time to register and start voting for the answers that helped you.', null],
  ["Why don't you get that they are helpful?", 'I think they are helpful. How do you see it?'],
  [
    'How can you not know the length of the array?',
    'What is making it hard to know the length of the array?',
  ],
  [
    "Send me the deck, there's a board meeting at 9.",
    "Could you send me the deck? There's a board meeting at 9.",
  ],
  [
    'And why on earth do you have these absurd constraints?',
    'Could you tell me why you have these constraints?',
  ],
  ['Why would you write such sloppy code?', 'What led you to write such code?'],
  [
    'Sorry, why are you forced to use this thing?',
    'Sorry, could you tell me why you are forced to use this thing?',
  ],
  ['How do you want to deal with it?', null],
  // Read at seed 4242: a phrase set in emphasis names it, a question echoed back asks what was meant, a sentence
  // trailing off into "… is that right?" checks an understanding, and an order in capitals is calmed.
  ['*Find a random element* sounds like picking a random element.', null],
  ['convert a string to a string? do you mean to an int?', null],
  ['Then create every plane that meets the centroid... is that right?', null],
  ['STOP!', 'Please stop, because [reason].'],
  ['Or are we supposed to guess?', 'Could you share a bit more detail, so I can follow?'],
  [
    'Sounds like homework.',
    'If this is coursework, which part are you stuck on? We can help with that part.',
  ],
  [
    "Is there a reason you didn't cc me on this?",
    "I noticed you didn't cc me on this. What was behind that?",
  ],
  ["So what's the real question?", 'What would you most like to know?'],
  ['Since when do we skip code review?', 'Do we skip code review? I had understood otherwise.'],
  ['Vote down? Would you care to explain why?', "Could you explain why? I'd like to understand."],
  [
    "You don't actually know what those things mean, do you?",
    'How familiar are you with what those things mean?',
  ],
  ['Your plan makes no sense.', "I'm not following your plan yet. Could you walk me through it?"],
  ['Do you really need all of them?', 'What do you need all of them for?'],
  // Read at seed 9191.
  ['Why is updating the display immediately an issue?', null],
  ['"Loops are forbidden"?', null],
  ['What is the actual question: how to build it as a framework, or both?', null],
  ['Sry this explains to me... I want to rewrite it in ruby.', null],
  [
    "Reason I ask is this, instead of wrapping the library, why don't you implement a simpler model?",
    'Reason I ask is this, instead of wrapping the library, would it work to implement a simpler model?',
  ],
  // Read at seed 8484.
  ["shouldn't it be simply n! (if n is the length of your string)?", null],
  ['When you downgraded, did you just put the image on there right away?', null],
  ['You must be a Lisper. Am I right?', null],
  ["*@itrekkie*: Try as I might I don't understand the question.", null],
  ['So your goal, as stated above, is not complete?', null],
  ['How could you guess what format the full name is?', null],
  ['Question what is the average of (0, 180)? 90 or 270?', null],
  ['Can you please help me how can I do that? Whit some code example?', null],
  // Read at seed 7373.
  ['**Come on!** I already made a site.', null],
  ['Why not zucchini and a protein?', 'What about zucchini and a protein?'],
  ['Why not refactor it?', 'Would it work to refactor it?'],
  ['WTF? Downvotes? What for?', 'I was surprised to see this.'],
  [
    'Too vague - explain what you want to do - give an example.',
    'Too vague, could you explain what you want to do and give an example?',
  ],
  ["Send the report - it's late.", "Could you send the report? It's late."],
  ['Is this not clear enough?', 'What is missing from this?'],
  // Read at seed 6161.
  ["Sorry, don't follow. Can you elaborate?", null],
  ['They should be round blue dots, not crossed out. Can you see that?', null],
  ['So list A = {(3, 5), (5, 6)} and B would be all the points?', null],
  ['Will you allow more than one web user at a time?', null],
  ['Can you just print it out like that?', null],
  [
    'But make sure you have the right (error) line.',
    'Could you check that you have the right (error) line, so that [reason]?',
  ],
  ['Why do you have to restart the server?', 'What makes it necessary to restart the server?'],
  [
    'Do you have to implement these two functions, or are they implemented and you need to use them for something?',
    null,
  ],
  [
    "Why wouldn't you expect it to be present in your environment?",
    "Could you tell me why you wouldn't expect it to be present in your environment?",
  ],
];

// 7. Questions that doubt the reader made the least effort ("at all", "tried reading…", "really call this")
// become a plain question or the help itself; a homework jab, whatever its shape, the offer to help.
const DOUBTED_EFFORT: Row[] = [
  ['Did you read the documentation *at all*?', 'Have you had a chance to read the documentation?'],
  ['Have you tested the patch at all?', 'Have you had a chance to test the patch?'],
  [
    'Did you look at the invoice at all before approving it?',
    'Have you had a chance to look at the invoice before approving it?',
  ],
  ['Have you thought about the rota at all?', 'Have you had a chance to think about the rota?'],
  ['Did you bother to check the totals at all?', 'Have you had a chance to check the totals?'],
  ['Do you have any questions at all?', null],
  ['Could you look at the draft at all today?', null],
  ['Have you tried reading the style guide?', 'Reading the style guide might help here.'],
  ['Have you tried looking in the handbook?', 'Looking in the handbook might help here.'],
  ['Have you tried Google?', 'A Google search might help here.'],
  ['Did you try searching online?', 'A web search might help here.'],
  ['Have you tried restarting the router?', null],
  ['Would you really call this a finished draft?', 'What makes this a finished draft, in your view?'],
  ['Do you really want x <= 10 here?', null],
  ['So are we doing your homework for you?', 'What have you tried so far, and where are you stuck?'],
  [
    "Surely you don't expect an answer, as then you wouldn't be doing your homework?",
    'If this is coursework, which part are you stuck on? We can help with that part.',
  ],
  ["I put my certificates on my CV. Why wouldn't you?", null],
];

// 8. No order: a verb after ", and" that shares the writer's "I"; a definition or a second subject checked back.
const SHARED_SUBJECTS: Row[] = [
  ["I have these pedals, and don't have this problem.", null],
  ["We checked the logs, and don't see anything odd.", null],
  ['I sent the forms on Monday, and never heard back.', null],
  [
    "Check the logs, and don't touch the config.",
    'Could you check the logs without touching the config, so that [reason]?',
  ],
  ['List A = {1, 2} and B would be the rest?', null],
  ['Queue Q = [3, 4] and P would be empty?', null],
];

// 9. Loaded questions that had no rewrite: stressed words, a lead before "..." or with no comma, a slip supposed,
// sarcasm about the question itself.
const NO_REWRITE_BEFORE: Row[] = [
  [
    'To put it another way, _why_ do you want to do this?',
    'To put it another way: what are you hoping to achieve by doing this?',
  ],
  ['_Why_ are you trying to delay it?', 'What led you to try to delay it?'],
  ['Seriously, have you tried Googling for "shift swaps"?', 'Googling for "shift swaps" might help here.'],
  ['did you forget to attach the rota?', 'Did you mean to attach the rota?'],
  [
    "I'm not sure what your problem is here.",
    "I'm not sure I follow what's going wrong yet. Could you say a bit more?",
  ],
  ['Is this a joke?', "I'm not sure I follow. Could you say a bit more about what you're after?"],
  ['Do you _really_ want the vendor to run the migration?', 'Do you want the vendor to run the migration?'],
  [
    'If the audit was done ... why did you book another one?',
    'If the audit was done, what led you to book another one?',
  ],
  ["Now that we've all shared our updates, did you have a question?", 'What would you like to ask?'],
  ['if yes then why dont you try the staging server?', 'If yes, would it work to try the staging server?'],
];

// 10. No order: the writer's reading checked ("… is that right?"), "I" dropped before "don't see any", whether
// the reader can tell; SQL in capitals is no shouting; stress around stacked marks goes with them.
const READ_2323: Row[] = [
  ['Then merge the two lists and drop the duplicates... is that right?', null],
  ['So first export the ledger, then reconcile it, correct?', null],
  ["Don't see any reason why the import fails.", null],
  ["Don't see much point in a second review.", null],
  [
    "Don't share the draft outside the team.",
    "Please don't share the draft outside the team, because [reason].",
  ],
  ['Would you be able to tell if the sensor dropped readings overnight?', null],
  ['Can you say whether the vendor signed?', null],
  ['The report query ends with ORDER BY and a LIMIT clause.', null],
  ['OK, I have to ask: *windowed mode!?*', 'OK, I have to ask: windowed mode?'],
];

// 11. From the read of seed 3434: which of two asked; the reader's preference or consent; whether it works on
// their side; a proof's "if you take…, you have to"; a homework jab as a statement; "Since when?" alone.
const READ_3434: Row[] = [
  ['Do you need the totals as a *yes/no?* answer or do you need the breakdown?', null],
  ['Would you be opposed to moving the stand-up to 10?', null],
  ['Would you be okay with me taking Friday off?', null],
  ['Can you run it? Do you have a test board?', null],
  ['Can you reproduce the crash on the staging build?', null],
  ['If you take a graph on n vertices you have to select n/2 of them.', null],
  [
    'Okay, you simply posted your homework verbatim.',
    "We can't do the whole assignment, but we're glad to help with the part you're stuck on. Which part is it?",
  ],
  [
    "We don't do people's homework here.",
    "We can't do the whole assignment, but we're glad to help with the part you're stuck on. Which part is it?",
  ],
  ['I see no question here.', "I'm not sure what you're asking yet. What would you like to know?"],
  [
    '"The vans don\'t need servicing in winter." Since when?',
    "What's that based on? I had understood otherwise.",
  ],
];

// 12. From the read of seed 4545: a label in bold; verbs that share "allow you to"; a question quoted, not asked;
// "so against" asked after as a concern; a condition before "..." stays joined to its request.
const READ_4545: Row[] = [
  ['**Question:** Is the rota allowed to repeat a name in one week?', null],
  [
    '__Note:__ Keep the old invoices for a year.',
    '__Note:__ Could you keep the old invoices for a year, so that [reason]?',
  ],
  [
    'Note: Keep the old invoices for a year.',
    'Note: Could you keep the old invoices for a year, so that [reason]?',
  ],
  ['The portal will allow you to book leave, and see who else is off that week.', null],
  ['Admin rights let you reset passwords, and unlock accounts after three tries.', null],
  ['The usual reply was "why would you do that?" and nothing else.', null],
  [
    'Why are you so against moving the review to Monday?',
    "What's your concern about moving the review to Monday?",
  ],
  [
    'I only wanted to fix the title ... if you think it should stay, update it instead of me.',
    'I only wanted to fix the title... if you think it should stay, could you update it instead of me, so that [reason]? ' +
      'What would you need to get it done?',
  ],
];

// 13. From the read of seed 5656: a numbered step; the reader's word stressed and asked back; how far they
// got; whether a program starts; what happens to a thing "or" it is not done is the why; "or you're fired".
const READ_5656: Row[] = [
  ['Step 1: acquire a piglet.', null],
  ['Part 2) Run the migration on a copy first.', null],
  ['**manage** your budget? In a spreadsheet?', null],
  ['Could you find an answer on your own so far?', null],
  ['Can you start Outlook?', null],
  [
    'You need to state the question more precisely or it will probably be closed.',
    'Could you state the question more precisely? Otherwise it will probably be closed.',
  ],
  ['Water the seedlings today or they will wilt.', null],
  [
    "Send the file by Friday or you're fired.",
    "Please send the file by Friday, because [reason]. If something is in the way, tell me early and we'll sort it out together.",
  ],
];

// 14. From the OK grades of two reads: advice after "so" is offered; a polite request asks once (no second
// ask after it); "ever" goes with the other heat.
const OK_GRADES: Row[] = [
  ['So use a merge sort.', 'Would a merge sort work?'],
  ['Then try the staging server.', 'Would the staging server work?'],
  ['Use the new template.', 'Could you use the new template, so that [reason]?'],
  ['Why would you ever need a second laptop?', 'What led you to need a second laptop?'],
];

// 15. From the read of seed 6767: "how are you supposed to know" asks how anyone can; a homework jab in a
// put-down gets the offer to help; a word the lexicon lacks is a verb with a prefix or an object after it.
const READ_6767: Row[] = [
  ['In particular, how are you supposed to know how many arguments to pass it?', null],
  ['How am I supposed to know what you want?', 'Could you share a bit more detail, so I can follow?'],
  [
    "How can we answer your homework for you if you can't even format it?",
    'Could you format it? Then we can help.',
  ],
  ['Why not uncheck the box?', 'Would it work to uncheck the box?'],
  ['Why not suscribe to this feed instead?', 'Would it work to suscribe to this feed instead?'],
  ['Why not grep the logs?', 'Would it work to grep the logs?'],
  ['Why not Redis?', 'What about Redis?'],
];

// 16. From the read of seed 7878: doubt that it can be done ("can you really…?") asks nothing; "right now"
// after "you have" is a state, not a deadline; "what kind of X are you" asks about the person; the pressure
// before "deal with it" goes with it; "wasting your time with" asks what it is for.
const READ_7878: Row[] = [
  ['can you really fix the price and vary the volume?', null],
  ['What is the actual problem you have right now with the export?', null],
  ['What kind of analyst are you?', "What's your background with this?"],
  ['You better deal with it soon.', 'Please take care of it soon, because [reason].'],
  ['Why are you wasting your time with those reports?', 'What are you hoping to achieve with those reports?'],
];

// 17. From the read of seed 8989: a quotation's words are mentioned, not ordered; a line of code; a dare.
const READ_8989: Row[] = [
  ['There is a plan that always works: "list every option, choose the cheapest one that fits."', null],
  ['total(order) = sum(lines) ... is that really the question?', null],
  ['Dare to prove this wrong?', null],
  [
    'What sort of pointless exercise is this?',
    "I'm not sure about this exercise yet: [concern]. Could you tell me more about it?",
  ],
  // A hedge before what follows is no order (several reads called the order's explanation wrong here); the
  // disclaimer before criticism is the passive-aggressive rule's, and its rewrite drops it.
  [
    "Please don't take this the wrong way, but the brief is out of scope for us.",
    'The brief is out of scope for us.',
  ],
  ['With all due respect, the numbers are off.', 'The numbers are off.'],
  ["Don't get me wrong, I like the plan.", null],
  ["Don't be offended, but the draft needs another pass.", null],
  ["Don't take the van home.", "Please don't take the van home, because [reason]."],
  [
    'He wrote "send it by Friday, and copy me" on the card. Send it today.',
    'Could you send it today, so that [reason]? Does today work for you?',
  ],
];

// 18. From the read of seed 1357: "explain to me" is no sanction; a word shouted again and again is said
// once, and a question gets no "because"; "could you be caching…?" guesses at the cause.
const READ_1357: Row[] = [
  [
    "If I'm right, can someone please explain to me WHY WHY WHY that would matter???",
    "If I'm right, can someone please explain to me why that would matter?",
  ],
  ['Could you be caching things that are only used once?', null],
  ['Could you be working on the wrong branch?', null],
  [
    'If this happens again, you will explain yourself to me.',
    "I need this not to happen again, because [reason]. If something is in the way, tell me early and we'll sort it out together.",
  ],
];

// 19. From the read of seed 2468: a lone "*" is part of a name ("LET*"), only paired stress goes; "what is it
// you need to do?" asks; a homework limit stated keeps its point.
const READ_2468: Row[] = [
  ['why are you using the LET* ?', 'What led you to use the LET*?'],
  ['What is it you need to do?', null],
  ['Base ID: 000340f2 on the page you linked.', null],
  [
    'Action Items: send the deck by Friday.',
    'Action Items: Could you send the deck by Friday, so that [reason]? Does Friday work for you?',
  ],
  ['Which report do you need to finish first?', null],
  [
    "Preferably, we don't do peoples homework here.",
    "We can't do the whole assignment, but we're glad to help with the part you're stuck on. Which part is it?",
  ],
];

// From the reads of seeds 1111 and 2222: pointers, answers and views are not orders; the jab's statement stays.
const READ_1111_2222: Row[] = [
  ['Take a look [here](https://example.com/a). Is that the kind of thing you are after?', null],
  ['Doubt it.', null],
  ['Hope so, the build was green this morning.', null],
  ["Why don't you think it's optimal, or where have you gotten stuck?", null],
  ["Why don't you post your best attempt and we'll look at it?", null],
  ['Letting recruiters IM you at work? Are you crazy?', "I'd think twice about that, because [concern]."],
  ['Before you go off and read a book, tell me - what are you trying to accomplish?', null],
  [
    'That site has two versions of each image, [colour](https://a.example/c) and [grayscale](https://a.example/g).',
    null,
  ],
  [
    'You really want to use JS to create a cookie, receive it with PHP, and store it in a cookie.jar file?',
    null,
  ],
  [
    "Why are you using jQuery here in the first place, it doesn't seem to be doing any good.",
    "What led you to use jQuery here? It doesn't seem to be doing any good.",
  ],
  ['But do you remember what happens if you were to actually hit other cars?', null],
  ['Could you please comment on the usage of this expression in a sentence?', null],
  ['To fix this, restart the server.', null],
  ['To be honest, restart the server.', 'To be honest, could you restart the server, so that [reason]?'],
];

/** What the reader has or knows, asked for, carries its own why; work asked for still gets a hint. */
const WHAT_YOU_HAVE: Array<[string, boolean]> = [
  ['Can you post the regexp that you are using?', false],
  ['Can you share the site where you found the question?', false],
  ['Can you give the commands you entered and the output?', false],
  ['Could you tell which packages you have already tried?', false],
  ['Could you cite a reference please?', false],
  ['Can you remember any other ingredients that might tell them apart?', false],
  ['Can you provide a testcase demonstrating the behaviour?', false],
  ['Can you post the schedule on the board?', true],
  ['Can you share the deck with the client?', true],
  ['Can you provide cover for Sam on Friday?', true],
];

// From the reads of seeds 3131 and 4141.
const READ_3131_4141: Row[] = [
  ['You mention fragmentation, can you "move" objects around once placed or not?', null],
  ['Can you not just create an image file for download?', null],
  ['Amusingly, the tool you linked can be used for the task you need to do. Have you tried it?', null],
  [
    'On Monday you need to present the figures.',
    'On Monday, could you present the figures, so that [reason]?',
  ],
  ["Why can't you store positions?", "What's stopping you from storing positions?"],
  ['Why are you so reluctant to show us your code?', 'Could you show us your code?'],
  [
    'Why would you need to remove a newline to read the second statement?',
    'What makes removing a newline necessary to read the second statement?',
  ],
  [
    'Where did you get the idea to do this, and why not just call it once?',
    'Where did you get the idea to do this? Would it work to call it once?',
  ],
  [
    "Don't you think this kind of program is a little bit out of your league?",
    "This is a big step up from what you've done so far. What would help you get there?",
  ],
  ["I don't know of a specific resource, but the manual covers it.", null],
];

// From the reads of seeds 5252 and 6363.
const READ_5252_6363: Row[] = [
  ['Hmmm... it works!!', 'Hmmm... it works!'],
  ['Can you modify the source code of the objects class? Or do we need a separate Observer?', null],
  [
    'Could you possibly expand on the difference between the two? Until now, I thought they were the same.',
    null,
  ],
  [
    'Why do you need to create static images for the pages at all?',
    'What makes creating static images for the pages necessary?',
  ],
  [
    'why on earth would you want to put it in git, what the hell are you doing with it ?',
    'What are you hoping to achieve by putting it in git? What are you doing with it?',
  ],
  [
    "Starting next week, we are changing the policy on working from home. It will be at managers' discretion.",
    'Starting next week, we are changing the policy on working from home, because [reason].',
  ],
  ['Finish the deck now.', 'Could you finish the deck now, so that [reason]?'],
];

// From the reads of seeds 7474 and 8585.
const READ_7474_8585: Row[] = [
  ['"Please explain in detail"? Really?', 'I was surprised to see this.'],
  ["I want it clear that I don't care what my vote is used for.", null],
  ['List A is in the database, and it can have > 100K rows?', null],
  [
    '*"I am going to be developing a real-time web application"* - good luck with that!',
    '*"I am going to be developing a real-time web application"* - that\'s ambitious: [concern].',
  ],
  [
    'Are you asking us to try and predict the future?',
    "I don't think anyone can predict that. What do you need to decide now?",
  ],
];

// From the reads of seeds 9696 and 1029.
const READ_9696_1029: Row[] = [
  ['Is this homework?', 'Is this for a course?'],
  [
    'Solo, you really need to compare the top tube lengths to truly understand the comparison. Make sense?',
    null,
  ],
  [
    "And why don't you reroute it inside (the way it probably should be)?",
    'Would it work to reroute it inside (the way it probably should be)?',
  ],
  [
    "Why couldn't you do a stone patio, with one step down from the door?",
    'Would it work to do a stone patio, with one step down from the door?',
  ],
  ["Why couldn't you tell me yesterday?", 'What got in the way of telling me yesterday?'],
  ["That's a good idea, and then use default parameter window = NULL?", null],
  ['"Bike tires don\'t need tread." Since when?', "What's that based on? I had understood otherwise."],
];

// From the reads of seeds 4060 and 5070.
const READ_4060_5070: Row[] = [
  [
    'You start by remarking that P is recognizable, and then observe that if HALT were decidable we could decide P.',
    null,
  ],
  [
    "What's the point of subfeatures if you can't save them to a file?",
    "What do subfeatures give us if you can't save them to a file?",
  ],
  ['If you have a specific follow-up question, why not post it?', null],
  [
    "I think we must sort the group of 5 elements in the quick select algorithm !! isn't it?",
    'I think we must sort the group of 5 elements in the quick select algorithm!',
  ],
  [
    "Why don't you do it yourself?",
    'Have you had a chance to try it yourself? We can help where you get stuck.',
  ],
  ['Why not K&R?', 'What about K&R?'],
  ['Naive question: why not sequential?', 'Naive question: what about sequential?'],
  ['please make us clear what do you mean by start menu bar.', null],
  [
    "How can we answer your homework for you if you can't even format it well?",
    'Could you format it well? Then we can help.',
  ],
  // From the read of seed 6080.
  [
    'The normal way is: You startx on machineA, open xterm, ssh machineB, start the applications you want there.',
    null,
  ],
  ['You did great, now send me the file.', 'You did great. Could you send me the file, so that [reason]?'],
  // From the read of seed 7090.
  [
    'Say the text was "abcdefgh", would you first split it into "ab"-"cd"-"efgh", and then continue with "agh"?',
    null,
  ],
  [
    'How long can it possibly take to copy a ssh key to some remote system? Even over a dial-up line?',
    'What is getting in the way of copying a ssh key to some remote system?',
  ],
  // From the reads of seeds 8010 and 9020.
  ['You better deal with it soon...', 'Please take care of it soon, because [reason].'],
  [
    "Why don't you go do your homework?",
    'If this is coursework, which part are you stuck on? We can help with that part.',
  ],
  ["If you've got a NASM resource, it should be easy to convert it to MASM.", null],
  ['**0% acceptance rate?** Really?', 'I was surprised to see this.'],
  [
    'This question seems nonsensical as focused beyond hyperfocal seems self-contradictory. Can you elaborate?',
    "I'm not sure I follow the question yet, as focused beyond hyperfocal seems self-contradictory.",
  ],
  [
    "If you don't know what it is, then how come you know you want to implement it?",
    'Could you tell me why you know you want to implement it?',
  ],
  // From the reads of seeds 1122, 3344 and 5566.
  [
    "If you didn't reinvent the wheels literally, why are you considering it metaphorically?",
    "If you didn't reinvent the wheels literally, what led you to consider it metaphorically?",
  ],
  ['Why do you want to know?', null],
  ["If you can't, why don't you just use it?", "If you can't, would it work to use it?"],
  ['Will you fetch the closest 1000 points for several locations, before the set of points changes?', null],
  ["I've merged the two questions.", null],
  ['Looks like homework: what have you tried so far?', 'If this is coursework, what have you tried so far?'],
  [
    "Ugh, possibly the ugliest Python code I've ever seen.",
    'This Python code is hard to read in places: [concern].',
  ],
  // From the reads of seeds 7777 and 8888.
  ['lol, WHAT?', 'Lol. I was surprised to see this.'],
  ['if you set the OptimizedDoubleBuffer flag you must also set the UserDraw flag.', null],
  // From the read of seed 6565.
  ['What type of application is this? WebApp, Console, WPF, etc?', null],
  [
    'Why do you need to be able to distinguish between DATA and STDIN?',
    'What makes being able to distinguish between DATA and STDIN necessary?',
  ],
  // From the read of seed 9999: what a goal will take, said of an indefinite thing, is advice.
  ["You'll need to store something server-side.", null],
  // From the reads of seeds 1313 and 2424.
  ['Would you require a clarification of the question in C/C++?', null],
  [
    'I just had the greatest idea - when a user clicks on a question in the widget, why not redirect them to the page?',
    'I just had the greatest idea - when a user clicks on a question in the widget, would it work to redirect them to the page?',
  ],
  [
    "You'll need to send the form by Friday.",
    'Could you send the form by Friday, so that [reason]? Does Friday work for you?',
  ],
];

// From the reads of seeds 2040 and 3050.
const READ_2040_3050: Row[] = [
  ['Can you please guide me as to how to go about with the approach?', null],
  ['PATH-TO-OPENJPA.jar, which jar are you pointing at?', null],
  [
    'Do you have a problem with account association, is this homework, are you both following the same tutorial, or what?',
    null,
  ],
  [
    "Why can't you just split every job into three parts and always run one job at a time?",
    "What's stopping you from splitting every job into three parts and always running one job at a time?",
  ],
  ['Can you hear the thickness change by flicking it with a fingernail?', null],
  [
    'For example, read throughput (concurrent reads), fault tolerance when machines go down, low number of machines.',
    null,
  ],
  [
    "Sounds pretty brute-force :) If that's your proposal, why not writing it in an answer instead of a comment?",
    "Sounds pretty brute-force :) If that's your proposal, would it work to write it in an answer instead of a comment?",
  ],
];

/** A requirement that serves the reader's own goal, or a state needed for access, is not pressure. */
const OWN_GOALS: Row[] = [
  ["To install it you'll need to run the installer as root.", null],
  ['You must be logged in to see the page.', null],
  ['To be honest, you need to be in by 9.', 'To be honest, could you be in by 9, so that [reason]?'],
];

describe('asking for what the reader has or knows', () => {
  it.each(WHAT_YOU_HAVE)('%j: a hint %j', (text, hint) => {
    expect(analyse(text).findings.some((f) => f.rule === 'bare-command')).toBe(hint);
  });
});

// From this session's reads (seeds 5151 to 1414), the last session's "not proud" list, and "Could you let's…"
// rewrites found in the eval sets: a rewrite already proposing is never wrapped in "Could you".
const READ_5151_TO_1414: Row[] = [
  ['Why would you not post it as an answer?', 'Would it work to post it as an answer?'],
  ['Why are you not using `use strict`?', 'Would it work to use `use strict`?'],
  ['Why did you not tell me yesterday?', 'What got in the way of telling me yesterday?'],
  [
    'figure it out and get the patio open by 5',
    "Let's figure it out together and get the patio open by 5, because [reason].",
  ],
  [
    "scanner's down? you'll have to figure it out yourselves, I'm in meetings all afternoon",
    "Let's figure it out together, because [reason]. I'm in meetings all afternoon.",
  ],
  // A debugging step and the yes/no check it is for.
  ["Try using 'localhost' as your address. Does it work?", null],
  ['Look at the debug output of the app. Are there binding errors?', null],
  ['Send me the report by Friday. Is it done?', 'Could you send me the report by Friday, so that [reason]?'],
  ['Finish the migration. Is it clear?', 'Could you finish the migration, so that [reason]?'],
  [
    'Resize the hero images. Does that fit with the Harlow stuff?',
    'Could you resize the hero images, so that [reason]?',
  ],
  [
    "Try to get the terminology right, there really isn't such a thing as POST and GET variables.",
    "Could you double-check the terminology? There really isn't such a thing as POST and GET variables.",
  ],
  // Questions are followed, not worked.
  [
    "And this is why you're asking all the stupid questions?",
    "I'm not sure I follow these questions yet: [concern].",
  ],
  ['Your questions are stupid.', "I'm not sure I follow your questions yet: [concern]."],
  // Why-not questions that argue for doing something.
  [
    'If they are valid, why would you not want to count them?',
    'If they are valid, is there a reason not to count them?',
  ],
  ["Why wouldn't you want to go to the source code?", 'Is there a reason not to go to the source code?'],
  ["Why don't you want to use that module?", "Could you tell me why you don't want to use that module?"],
  [
    'Nothing *wrong* with using it, but why would you start a new project with it?',
    'Nothing wrong with using it. What led you to start a new project with it?',
  ],
  [
    'So this compiles, but why would you start a new project with it?',
    'So this compiles, but what led you to start a new project with it?',
  ],
];

/** A "could you" with no verb, or one that asks what is possible, names no work: no finding, no slot. */
const NO_WORK_NAMED: Row[] = [
  ['Can you please little bit technical?', null],
  ['Can you please more specific?', null],
  ['Can you dial back the torque like you can with an electric screwdriver?', null],
  ['can you expand your question please - what version of ubuntu, what version of mono?', null],
  ['Could you clear the cache?', 'Could you clear the cache, so that [reason]?'],
  ['Could you free up some space?', 'Could you free up some space, so that [reason]?'],
  [
    'Could you send me the deck like you did last week?',
    'Could you send me the deck like you did last week, so that [reason]?',
  ],
  [
    'Could you next time create 2 posts if you have 2 questions?',
    'Could you next time create 2 posts if you have 2 questions, so that [reason]?',
  ],
];

describe.each([
  ['from the reads of seeds 5151 to 1414', READ_5151_TO_1414],
  ['from the reads of seeds 1111 and 2222', READ_1111_2222],
  ['own goals and access states', OWN_GOALS],
  ['from the reads of seeds 3131 and 4141', READ_3131_4141],
  ['from the reads of seeds 5252 and 6363', READ_5252_6363],
  ['from the reads of seeds 7474 and 8585', READ_7474_8585],
  ['from the reads of seeds 9696 and 1029', READ_9696_1029],
  ['from the reads of seeds 2040 and 3050', READ_2040_3050],
  ['from the reads of seeds 4060 and 5070', READ_4060_5070],
  ['later reads', LATER_READS],
  ['from the read of seed 2468', READ_2468],
  ['from the read of seed 1357', READ_1357],
  ['from the read of seed 8989', READ_8989],
  ['from the read of seed 7878', READ_7878],
  ['from the read of seed 6767', READ_6767],
  ['from the OK grades of two reads', OK_GRADES],
  ['from the read of seed 5656', READ_5656],
  ['from the read of seed 4545', READ_4545],
  ['from the read of seed 3434', READ_3434],
  ['from the read of seed 2323', READ_2323],
  ['loaded questions that had no rewrite', NO_REWRITE_BEFORE],
  ['questions that doubt the effort', DOUBTED_EFFORT],
  ['subjects shared or checked back', SHARED_SUBJECTS],
  ['comparison put-downs', PUT_DOWNS],
  ['conditional contrast questions', CONTRASTS],
  ['sarcastic orders put as questions', SARCASM],
  ['noun compounds put as questions', NOUN_QUESTIONS],
  ['disbelief questions', DISBELIEF],
] as const)('%s', (_, rows) => {
  it.each(rows)('%j → %j', (text, want) => {
    expect(firstRewrite(text)).toBe(want);
    sendable(text);
  });
});

describe('orders put as questions, and asks that name no work', () => {
  it.each([...STILL_ORDERS, ...NO_WORK_NAMED])('%j → %j', (text, want) => {
    const f = analyse(text).findings.find((x) => x.rule === 'bare-command');
    expect(f?.rewrites[0] ?? null).toBe(want);
  });
});

describe('a polite request asks once', () => {
  it.each([
    ['Can you please review the draft?', 'Can you please review the draft, so that [reason]?'],
    ['Could you file the receipts?', 'Could you file the receipts, so that [reason]?'],
    [
      'Could you send the deck by Friday?',
      'Could you send the deck by Friday, so that [reason]? Does Friday work for you?',
    ],
  ])('%j → %j', (text, want) => {
    expect(analyse(text).findings[0]?.rewrites[0]).toBe(want);
  });
});
