/**
 * Decisions without input: a change to people's work, announced (coaching-model.md,
 * `decision-without-input`). ANNOUNCE is each grammatical shape of an announcement (a start marker with a
 * date, a decision verb, a change predicate on someone's arrangements); MEMO is each shape of a change
 * imposed on a group in memo form. The rule only asks whether any entry matches. Shapes that hang on a
 * capitalised name ("Jamie takes the Friday close") need case and stay as regexes in the rule.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, decision-without-input';
const MEMOS = 'realworld-dev.jsonl shape: published return-to-office and policy memos';
const DEV = 'dev data shape';

/** A date or time a change starts from: "Monday", "next week", "the 3rd", "Q2", "immediately". */
const DAY =
  '(?:in |on )?(?:january|february|march|april|june|july|august|september|october|november|' +
  'december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|' +
  'immediately|next|this|the|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|' +
  'summer|fall|autumn|winter)';

export const ANNOUNCE: PhraseEntry[] = [
  {
    id: 'effective-date',
    pattern:
      '^\\W*(?:(?:fyi|heads up|update|quick update|note|reminder|ok|so|also|just so you know)\\W+)?' +
      '(?:effective|starting|beginning|as of|as from|commencing|from)\\s+' +
      DAY,
    example: 'Effective Monday your team moves to the third floor.',
    nearMiss: 'Effective communication matters to all of us.',
    source: MODEL,
  },
  {
    id: 'from-next-week',
    pattern:
      '\\b(?:from|starting|beginning|as of)\\s+(?:next|this coming)\\s+(?:half term|week|month|monday|' +
      'tuesday|wednesday|thursday|friday|saturday|sunday|term|semester|quarter|year|shift|season|rota)',
    example: 'From next month, parking is by permit.',
    nearMiss: "From this morning's meeting, two actions.",
    source: MODEL,
  },
  {
    id: 'day-not-day',
    pattern:
      '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}(?::\\d\\d)?\\s*(?:am|' +
      'pm)?)\\s*,?\\s+(?:not|instead of)\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|' +
      'saturday|sunday|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?)\\b',
    example: "We're pouring Thursday, not Friday.",
    nearMiss: 'Thursday or Friday both work for me.',
    source: DEV,
  },
  {
    id: 'now-mandatory',
    pattern:
      '\\b(?:is|are)\\s+(?:now\\s+)?(?:mandatory|compulsory|prohibited|forbidden|not allowed|' +
      'not permitted|banned)\\b',
    example: 'Safety boots are now mandatory on the floor.',
    nearMiss: 'Is training mandatory for contractors?',
    source: MODEL,
  },
  {
    id: 'goes-live',
    pattern: '\\b(?:go|goes)\\s+live\\b|\\btakes?\\s+effect\\b|\\bcomes?\\s+into\\s+(?:force|effect)\\b',
    example: 'The new rota goes live on Monday.',
    nearMiss: 'The live chat is busy today.',
    source: MODEL,
  },
  {
    id: 'is-final',
    pattern: '\\b(?:is|are)\\s+final\\W*$',
    example: 'The new rota is final.',
    nearMiss: 'The final rota is on the wall.',
    source: MODEL,
  },
  {
    id: 'number-changes',
    pattern:
      '\\b(?:go(?:es)?\\s+(?:up|down)|rises?|increases?|decreases?|falls?|drops?|shrinks?|grows?)\\s+' +
      '(?:from\\s+\\d[\\d.:]*\\s*(?:am|pm)?\\s+)?to\\s+\\d',
    example: 'Groups go up from 6 to 8.',
    nearMiss: 'Groups go up to the second floor.',
    source: DEV,
  },
  {
    id: 'ends-on',
    pattern:
      '\\b(?:ends|stops|finishes|is ending|will end|will stop)\\s+(?:on|from|at the end of|next|this|after)\\b',
    example: 'The late shift ends on Friday.',
    nearMiss: 'The film ends with a twist.',
    source: DEV,
  },
  {
    id: 'from-monday-you',
    pattern:
      "\\bfrom (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b(?=.*\\b(?:your|you're|" +
      'join|joins|moves?|starts?|taking|takes?)\\b)|' +
      "\\b(?:your|you're|join|joins|moves?|starts?|taking|takes?)\\b.*\\bfrom (?:monday|tuesday|" +
      'wednesday|thursday|friday|saturday|sunday)\\b',
    example: 'From Monday you start at 7.',
    nearMiss: "I'm out from Monday to Wednesday.",
    source: DEV,
  },
  {
    id: 'on-hold',
    pattern:
      '\\b(?:is|are|has been|have been)\\s+(?:now\\s+)?(?:paused|postponed|shelved|deprioriti[sz]ed|' +
      'put on hold|on hold)\\b',
    example: 'The Henley project is on hold.',
    nearMiss: 'Please hold the door.',
    source: MODEL,
  },
  {
    id: 'signed-off-on',
    pattern:
      '\\bsigned off on (?:moving|changing|cutting|cancel+ing|dropping|replacing|merging|the move|' +
      'the change)\\b',
    example: 'Leadership signed off on moving the team.',
    nearMiss: 'Dana signed off the invoice.',
    source: DEV,
  },
  {
    id: 'from-then-onwards',
    pattern: '\\bfrom \\w+ onwards?\\b',
    example: 'From March onwards, we start at 8.',
    nearMiss: 'From March to May, we start at 8.',
    source: DEV,
  },
  {
    id: 'decided-by-me',
    pattern:
      '\\b(?:will be|are|is)(?: now)? (?:set|decided|assigned|approved|chosen|handled|made|done|' +
      'signed off) by me\\b',
    example: 'Shifts will be assigned by me.',
    nearMiss: 'Shifts will be assigned by Dana.',
    source: DEV,
  },
  {
    id: 'x-is-moving-to',
    pattern: "\\b[\\w'-]+\\s+(?:is|are)\\s+(?:moving|switching|shifting)\\s+(?:to|from)\\b",
    example: 'The stand-up is moving to 10.',
    nearMiss: 'The stand-up is at 10.',
    source: MODEL,
  },
  {
    id: 'from-now-on',
    pattern:
      '\\b(?:from now on|going forward|moving forward|from here on(?: out)?|with immediate effect|' +
      'effective immediately)\\b',
    example: 'From now on all reports go through me.',
    nearMiss: 'Now, on to the next item.',
    source: MODEL,
  },
  {
    id: 'i-have-decided',
    pattern:
      "\\b(?:I|we|management|leadership|the board|HR)(?:'ve| have)?\\s+(?:decided|" +
      'chosen)\\b(?!\\s+to\\s+(?!(?:move|change|switch|cancel|cut|merge|replace|drop|end|close|stop|' +
      'restructure|reassign|go with|pause|suspend|freeze|retire|remove|sunset|deprecate|discontinue|' +
      'introduce|require|reduce|limit|ban|outsource|scrap|shut)\\b))',
    example: "I've decided we're switching vendors.",
    nearMiss: "I've decided to take Friday off.",
    source: MODEL,
  },
  {
    id: 'i-have-cancelled',
    pattern:
      "\\b(?:I|we)(?:'ve| have)\\s+(?:cancel+ed|moved|reassigned|changed|switched|cut|replaced|merged|" +
      'dropped|removed|ended|closed|postponed|rescheduled|reorgani[sz]ed|restructured|suspended|' +
      'frozen|scrapped|pulled)\\b' +
      // "I've merged the two questions", "we've closed this thread": housekeeping on posts, not a decision
      // about people's work.
      '(?!\\s+(?:the|your|this|these|those|both)\\s+(?:two\\s+|duplicate\\s+)?(?:questions?|posts?|answers?|threads?|comments?|tags?|topics?)\\b)',
    example: "I've cancelled the Friday meeting.",
    nearMiss: 'Have you cancelled the Friday meeting?',
    source: MODEL,
  },
  {
    id: 'clause-then-date',
    pattern: '[,;—–-]\\s*(?:starting|effective|beginning|as of|from)\\s+' + DAY,
    example: 'Desks are being reassigned, starting Monday.',
    nearMiss: 'Desks are being reassigned starting soon.',
    source: MODEL,
  },
  {
    id: 'the-new-x-starts',
    pattern:
      '(?<!\\b(?:before|after|when|once|until|till|by the time|as soon as)\\s)\\b(?:the|our|' +
      "your) new [\\w\\s'-]{1,40}?\\b(?:starts|begins|launches|kicks off|goes live|takes effect|" +
      'applies)\\b',
    example: 'The new rota starts on Monday.',
    nearMiss: 'Before the new rota starts, check your shifts.',
    source: MODEL,
  },
  {
    id: 'decision-made',
    pattern:
      '\\b(?:made|taken) the (?:call|decision) to\\b|\\bthe decision has been (?:made|taken)\\b|' +
      '\\b(?:management|leadership|the board|HR|head office|the partners) (?:has|have) (?:decided|' +
      'agreed|chosen)\\b',
    example: 'The decision has been made.',
    nearMiss: 'The decision is yours to make.',
    source: MODEL,
  },
  {
    id: 'it-has-been-decided',
    pattern:
      "\\b(?:it|this)(?:'s| is| has been)\\s+(?:been\\s+)?decided\\b|\\bhas been (?:decided|finali[sz]ed)\\b",
    example: 'It has been decided that we close early.',
    nearMiss: 'It is undecided for now.',
    source: MODEL,
  },
  {
    id: 'is-cancelled',
    pattern:
      "\\b(?:is|are|will be|has been|have been|'s|'re)\\s+(?:now\\s+|officially\\s+|being\\s+)?(?:cut|" +
      'cancel+ed|moved|replaced|merged|reassigned|discontinued|eliminated|reduced|removed|suspended|' +
      'revoked|frozen|scrapped|consolidated|restructured|outsourced|capped|banned|shortened|combined|' +
      'switched|shifted|denied|rejected|declined|refused|loaned|lent|seconded|transferred|' +
      'assigned by me|no longer (?:allowed|permitted|available|an option|needed|required|possible))\\b',
    example: 'The Thursday data meetings are cancelled for the rest of the semester.',
    nearMiss: 'The meetings are going ahead as planned.',
    source: MODEL,
  },
  {
    id: 'your-x-is-changing',
    pattern:
      "\\b(?:your|our|the|all)\\s+[\\w\\s'-]{1,40}?\\b(?:is|are)\\s+(?:moving|changing|switching|shifting|" +
      'ending|going away)\\s+(?:to|from|on|at|in)?\\b',
    example: 'Your shift pattern is changing in May.',
    nearMiss: 'Your shift pattern is great.',
    source: MODEL,
  },
  {
    id: 'your-x-drops',
    pattern:
      "\\b(?:your|our)\\s+[\\w\\s'-]{0,40}?\\b(?:moves?|drops?|shifts?|changes?|switch(?:es)?)\\s+(?:to|" +
      'from|back|down|up)\\b',
    example: 'Your staffing hours drop from 120 to 100 a week.',
    nearMiss: 'Your staffing hours look fine.',
    source: DEV,
  },
  {
    id: 'we-are-moving',
    pattern:
      "\\b(?:I'm|I am|I will|I'll|we're|we are|we will|we'll)\\s+(?:moving|relocating|switching|" +
      'shifting|adding|changing|reorgani[sz]ing|downsizing|outsourcing|rotating|splitting|' +
      'consolidating|cancel+ing|cutting|reassigning|allocating|reallocating|borrowing|redeploying|' +
      'transferring|pulling|taking you off|putting you on|dropping|replacing|merging|discontinuing|' +
      'ending|closing|restructuring|going with|consolidating)\\b',
    example: "We're moving the stand-up to 10.",
    nearMiss: "We're meeting at 10.",
    source: MODEL,
  },
  {
    id: 'id-like-to-move',
    pattern:
      "\\b(?:I'd like to|I would like to|we'd like to|we would like to|I'm planning to|I am planning to|" +
      "we're planning to|we plan to|I plan to)\\s+(?:move|change|switch|cancel|shift|cut|merge|replace|" +
      'drop|end|reassign|fold|combine|close|restructure|allocate|put|borrow|pull|trial|pilot|introduce)\\b',
    example: "I'd like to move the stand-up to 10.",
    nearMiss: "I'd like to thank everyone.",
    source: MODEL,
  },
  {
    id: 'im-thinking-of',
    pattern: "\\bI(?:'m| am) thinking (?:we|of|about)\\s+\\w+",
    example: "I'm thinking of moving the stand-up.",
    nearMiss: "I'm thinking it over.",
    source: MODEL,
  },
  {
    id: 'thinking-of-moving',
    pattern:
      '^\\W*thinking (?:of|about) (?:moving|changing|switching|cancel+ing|cutting|merging|dropping|' +
      'ending|replacing)\\b',
    example: 'Thinking of moving the stand-up to 10.',
    nearMiss: 'Thinking of you all today.',
    source: DEV,
  },
  {
    id: 'taking-over',
    pattern:
      '\\b(?:will be taking over|will take over|is taking over|takes over|will replace|is replacing)\\b',
    example: 'Jo will be taking over your accounts.',
    nearMiss: 'Jo will be taking the minutes.',
    source: MODEL,
  },
  {
    id: 'not-you',
    pattern: '\\b(?:now|instead),?\\s+not you\\b|\\binstead of you\\b|\\bnot you any ?more\\b',
    example: 'Sam runs the Friday close now, not you.',
    nearMiss: 'Not you again!',
    source: DEV,
  },
  {
    id: 'from-tomorrow',
    pattern: '\\bfrom (?:the \\d{1,2}(?:st|nd|rd|th)|tomorrow)\\b(?!\\s+(?:to|until|till|through)\\b)',
    example: 'From tomorrow the lift is out of service.',
    nearMiss: "From tomorrow to Friday I'm away.",
    source: DEV,
  },
  {
    id: 'you-are-being-moved',
    pattern:
      "\\byou(?:'re| are| will be|'ll be)\\s+(?:being\\s+)?(?:moved|reassigned|transferred|taken off|" +
      'switched|placed|losing|no longer)\\b',
    example: "You're being moved to the late shift.",
    nearMiss: "You're moving house, congratulations!",
    source: MODEL,
  },
  {
    // A decision about the reader's own time: "I'm putting you down for", "I've signed you up for".
    id: 'putting-you-down-for',
    pattern:
      "\\bI(?:'m| am|'ve| have)\\s+(?:putting|put|signing|signed|booking|booked|rostering|rostered|" +
      'scheduling|scheduled|assigning|assigned|enrolling|enrolled)\\s+you\\s+(?:down |up |in )?(?:for|on|to)\\b',
    example: "I'm putting you down for the pathway training on the 12th.",
    nearMiss: "I'm putting you in touch with Sam.",
    source: MODEL,
  },
  {
    id: 'moving-people',
    pattern:
      '^\\W*(?:moving|switching|reassigning|pulling|cutting|cancel+ing|merging|dropping|changing)\\s+' +
      '(?:\\S+\\s+){1,5}?(?:to|from|off|onto)\\b',
    example: 'moving 3 people from inbound to picking tomorrow',
    nearMiss: 'Moving day went well.',
    source: DEV,
  },
];

export const MEMO: PhraseEntry[] = [
  {
    id: 'group-rule-from-date',
    pattern:
      '\\b(?:everyone|everybody|all staff|staff|each of you|every (?:nurse|teacher|driver|picker|server|agent|member)|' +
      'all (?:nurses|teachers|drivers|pickers|servers|agents))\\s+(?:will\\s+)?(?:does|do|gets?|takes?|works?|covers?|' +
      'starts?|finishes?|has|have|brings?|signs?|logs?|clocks?)\\b[^.!?]*?\\b(?:from|starting|as of|beginning)\\s+' +
      '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|the \\d)',
    example: 'Everyone does a 15-minute tidy at the end of their shift from Monday.',
    nearMiss: 'Everyone did a brilliant job from Monday to Friday.',
    source: MEMOS,
  },
  {
    id: 'we-will-be-introducing',
    pattern:
      '\\b(?:we|the company|management|the business|the school|the trust|the firm|HR|the practice|' +
      "the board)(?:'ll| will|'re| are| shall)(?: now)? (?:be )?(?:introducing|implementing|imposing|" +
      'rolling out|requiring|moving (?:to|from|over)|changing|launching|enforcing|trialling|trialing|' +
      'piloting|reducing|ending|discontinuing|asking (?:all|every|each)|switching|adopting|replacing|' +
      'restricting|removing|withdrawing|suspending|closing|making (?:a |some )?changes?|' +
      'making it mandatory|cutting|capping|freezing|scrapping|banning)\\b',
    example: 'On Monday we will be imposing a non-email day.',
    nearMiss: 'We will be in the office on Monday.',
    source: MEMOS,
  },
  {
    id: 'staff-wanting-must',
    pattern:
      '\\b(?:staff|employees|colleagues|team members|workers|anyone|those|people|drivers|nurses|' +
      'teachers|associates)\\s+(?:wanting|wishing|who (?:want|wish|need)|needing|hoping|' +
      'planning)\\b[^.!?]{0,60}?\\b(?:must|will (?:need|have) to|are (?:required|expected|asked) to|' +
      'should)\\b',
    example: 'Staff wanting a later shift must apply in writing to their supervisor.',
    nearMiss: 'Staff wanting a later shift can talk to me.',
    source: MEMOS,
  },
  {
    id: 'staff-are-expected-to',
    pattern:
      '\\b(?:all |every )?(?:staff|employees|colleagues|team members|workers)\\s+(?:are|will be)\\s+' +
      '(?:now\\s+)?(?:expected|required)\\s+to\\b',
    example: 'All staff are expected to attend the briefing.',
    nearMiss: 'All staff are invited to the party.',
    source: MEMOS,
  },
  {
    id: 'will-not-be-permitted',
    pattern:
      '\\b(?:will|shall) (?:no longer|not) be (?:permitted|allowed|accepted|honou?red|tolerated|' +
      'available|paid|reimbursed|approved|possible)\\b',
    example: 'Trainers and hoodies will not be permitted on the shop floor after that date.',
    nearMiss: 'Hoodies will be provided on the shop floor.',
    source: MEMOS,
  },
  {
    id: 'no-longer-allowed',
    pattern:
      '\\b(?:is|are) (?:no longer|not) (?:permitted|allowed|accepted)\\b|' +
      '\\b(?:can|will) no longer (?:allow|permit|accept|offer|pay|provide|approve|support)\\b',
    example: 'Phones are no longer allowed on the floor.',
    nearMiss: 'Phones are allowed during breaks.',
    source: MEMOS,
  },
  {
    id: 'now-requires',
    pattern: '\\b(?:now|will now|will) requires?\\b(?! (?:you|your|us|me|a (?:bit|little)))',
    example: 'Overtime now requires written approval from the site manager.',
    nearMiss: 'This will require you to stay late.',
    source: MEMOS,
  },
];
