import { stripEnd } from '../rewrite/transforms';
import { toSentenceEnd, type Rule } from './rule';

const DAY =
  '(?:in |on )?(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|immediately|next|this|the|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|summer|fall|autumn|winter)';
/** Announcing a change, by form: a start marker, a decision verb, or a change predicate on people's arrangements. */
const ANNOUNCE = [
  new RegExp(
    `^\\W*(?:(?:fyi|heads up|update|quick update|note|reminder|ok|so|also|just so you know)\\W+)?(?:effective|starting|beginning|as of|as from|commencing|from)\\s+${DAY}`,
    'i',
  ),
  new RegExp(
    `\\b(?:from|starting|beginning|as of)\\s+(?:next|this coming)\\s+(?:half term|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|term|semester|quarter|year|shift|season|rota)`,
    'i',
  ),
  // "we're pouring thursday not friday", "at 9 instead of 10": a schedule changed.
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\s*,?\s+(?:not|instead of)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b/i,
  /\b(?:is|are)\s+(?:now\s+)?(?:mandatory|compulsory|prohibited|forbidden|not allowed|not permitted|banned)\b/i,
  /\b(?:go|goes)\s+live\b|\btakes?\s+effect\b|\bcomes?\s+into\s+(?:force|effect)\b/i,
  /\b(?:is|are)\s+final\W*$/i,
  // A number changed: "groups go up from 6 to 8", "hours rise to 40".
  /\b(?:go(?:es)?\s+(?:up|down)|rises?|increases?|decreases?|falls?|drops?|shrinks?|grows?)\s+(?:from\s+\d[\d.:]*\s*(?:am|pm)?\s+)?to\s+\d/i,
  /\b(?:ends|stops|finishes|is ending|will end|will stop)\s+(?:on|from|at the end of|next|this|after)\b/i,
  /\b(?:[Tt]he|[Oo]ur|[Yy]our)\s+[\w\s'-]{1,30}?\b(?:drops|adds|loses|gains|cuts)\s+(?:[A-Z]\w+|\w+\s+(?:nights?|days?|shifts?|slots?|dates?|stops?))\b/,
  /\bfrom (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?=.*\b(?:your|you're|join|joins|moves?|starts?|taking|takes?)\b)|\b(?:your|you're|join|joins|moves?|starts?|taking|takes?)\b.*\bfrom (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:is|are|has been|have been)\s+(?:now\s+)?(?:paused|postponed|shelved|deprioriti[sz]ed|put on hold|on hold)\b/i,
  /\bsigned off on (?:moving|changing|cutting|cancel+ing|dropping|replacing|merging|the move|the change)\b/i,
  /\bfrom \w+ onwards?\b/i,
  /\b(?:will be|are|is)(?: now)? (?:set|decided|assigned|approved|chosen|handled|made|done|signed off) by me\b/i,
  /\b[\w'-]+\s+(?:is|are)\s+(?:moving|switching|shifting)\s+(?:to|from)\b/i,
  /\b(?:from now on|going forward|moving forward|from here on(?: out)?|with immediate effect|effective immediately)\b/i,
  /\b(?:I|we|management|leadership|the board|HR)(?:'ve| have)?\s+(?:decided|chosen)\b(?!\s+to\s+(?!(?:move|change|switch|cancel|cut|merge|replace|drop|end|close|stop|restructure|reassign|go with|pause|suspend|freeze|retire|remove|sunset|deprecate|discontinue|introduce|require|reduce|limit|ban|outsource|scrap|shut)\b))/i,
  /\b(?:I|we)(?:'ve| have)\s+(?:cancel+ed|moved|reassigned|changed|switched|cut|replaced|merged|dropped|removed|ended|closed|postponed|rescheduled|reorgani[sz]ed|restructured|suspended|frozen|scrapped|pulled)\b/i,
  new RegExp(`[,;—–-]\\s*(?:starting|effective|beginning|as of|from)\\s+${DAY}`, 'i'),
  /(?<!\b(?:before|after|when|once|until|till|by the time|as soon as)\s)\b(?:the|our|your) new [\w\s'-]{1,40}?\b(?:starts|begins|launches|kicks off|goes live|takes effect|applies)\b/i,
  /\b(?:made|taken) the (?:call|decision) to\b|\bthe decision has been (?:made|taken)\b|\b(?:management|leadership|the board|HR|head office|the partners) (?:has|have) (?:decided|agreed|chosen)\b/i,
  /\b(?:it|this)(?:'s| is| has been)\s+(?:been\s+)?decided\b|\bhas been (?:decided|finali[sz]ed)\b/i,
  /\b(?:is|are|will be|has been|have been|'s|'re)\s+(?:now\s+|officially\s+|being\s+)?(?:cut|cancel+ed|moved|replaced|merged|reassigned|discontinued|eliminated|reduced|removed|suspended|revoked|frozen|scrapped|consolidated|restructured|outsourced|capped|banned|shortened|combined|switched|shifted|denied|rejected|declined|refused|loaned|lent|seconded|transferred|assigned by me|no longer (?:allowed|permitted|available|an option|needed|required|possible))\b/i,
  /\b(?:your|our|the|all)\s+[\w\s'-]{1,40}?\b(?:is|are)\s+(?:moving|changing|switching|shifting|ending|going away)\s+(?:to|from|on|at|in)?\b/i,
  /\b(?:your|our)\s+[\w\s'-]{0,40}?\b(?:moves?|drops?|shifts?|changes?|switch(?:es)?)\s+(?:to|from|back|down|up)\b/i,
  /\b(?:now|will|must|all [\w\s]{1,20}?)\s+go(?:es)? through (?:me|[A-Z][a-z]+)\b/,
  /\b(?:I'm|I am|I will|I'll|we're|we are|we will|we'll)\s+(?:moving|relocating|switching|shifting|adding|changing|reorgani[sz]ing|downsizing|outsourcing|rotating|splitting|consolidating|cancel+ing|cutting|reassigning|allocating|reallocating|borrowing|redeploying|transferring|pulling|taking you off|putting you on|dropping|replacing|merging|discontinuing|ending|closing|restructuring|going with|consolidating)\b/i,
  /\b(?:I'd like to|I would like to|I'm planning to|I am planning to|we're planning to|we plan to|I plan to)\s+(?:move|change|switch|cancel|shift|cut|merge|replace|drop|end|reassign|fold|combine|close|restructure|allocate|put|borrow|pull)\b/i,
  /\bI(?:'m| am) thinking (?:we|of|about)\s+\w+/i,
  /^\W*thinking (?:of|about) (?:moving|changing|switching|cancel+ing|cutting|merging|dropping|ending|replacing)\b/i,
  // Reassignments: "Jo will be taking over your accounts", "Jamie takes the Friday close", "…now, not you".
  /\b(?:will be taking over|will take over|is taking over|takes over|will replace|is replacing)\b/i,
  /\b[A-Z][a-z]+\s+(?:takes|will take|is taking|'s taking)\s+(?:the|your)\b/,
  /\b(?:now|instead),?\s+not you\b|\binstead of you\b|\bnot you any ?more\b/i,
  /\bfrom (?:the \d{1,2}(?:st|nd|rd|th)|tomorrow)\b(?!\s+(?:to|until|till|through)\b)/i,
  /\byou(?:'re| are| will be|'ll be)\s+(?:being\s+)?(?:moved|reassigned|transferred|taken off|switched|placed|losing|no longer)\b/i,
  // Chat with "I'm" dropped: "moving 3 people from inbound to picking tomorrow".
  /^\W*(?:moving|switching|reassigning|pulling|cutting|cancel+ing|merging|dropping|changing)\s+(?:\S+\s+){1,5}?(?:to|from|off|onto)\b/i,
  /\b[A-Z][a-z]+\s+(?:moves|is moving|will move|is being moved|goes back)\s+to\b/,
];
/**
 * Memos: a change imposed on a group ("we will be introducing…", "Staff wanting X must Y", "Overtime now
 * requires approval", "…will not be permitted"). Each pattern is one shape of it.
 */
const MEMO = [
  new RegExp(
    '\\b(?:we|the company|management|the business|the school|the trust|the firm|HR|the practice|the board)' +
      "(?:'ll| will|'re| are| shall)(?: now)? (?:be )?(?:introducing|implementing|imposing|rolling out|requiring|" +
      'moving (?:to|from|over)|changing|launching|enforcing|trialling|trialing|piloting|reducing|ending|discontinuing|' +
      'asking (?:all|every|each)|switching|adopting|replacing|restricting|removing|withdrawing|suspending|closing|' +
      'making (?:a |some )?changes?|making it mandatory|cutting|capping|freezing|scrapping|banning)\\b',
    'i',
  ),
  /\b(?:staff|employees|colleagues|team members|workers|anyone|those|people|drivers|nurses|teachers|associates)\s+(?:wanting|wishing|who (?:want|wish|need)|needing|hoping|planning)\b[^.!?]{0,60}?\b(?:must|will (?:need|have) to|are (?:required|expected|asked) to|should)\b/i,
  /\b(?:all |every )?(?:staff|employees|colleagues|team members|workers)\s+(?:are|will be)\s+(?:now\s+)?(?:expected|required)\s+to\b/i,
  /\b(?:will|shall) (?:no longer|not) be (?:permitted|allowed|accepted|honou?red|tolerated|available|paid|reimbursed|approved|possible)\b/i,
  /\b(?:is|are) (?:no longer|not) (?:permitted|allowed|accepted)\b|\b(?:can|will) no longer (?:allow|permit|accept|offer|pay|provide|approve|support)\b/i,
  /\b(?:now|will now|will) requires?\b(?! (?:you|your|us|me|a (?:bit|little)))/i,
];

/** The writer's own schedule ("From Monday I'll be out") is news, not a decision about the reader. */
/** What the writer did or saw ("I listened to your calls from Tuesday") is a report, not a decision. */
const OWN_REPORT =
  /^\W*I\s+(?:just\s+)?(?:listened|noticed|saw|heard|read|watched|looked|reviewed|checked|spoke|talked|met|visited|observed|tasted|went through)\b/i;
const OWN_NEWS =
  /\b(?:I|I'll|I'm|I will|I am)\s+(?:be\s+)?(?:out|away|off|on leave|back|available|in the office|working from home|travel+ing)\b|\bI(?:'ve| have) \w+ed my\b/i;

export const decisionWithoutInput: Rule = {
  id: 'decision-without-input',
  severity: 'warning',
  message: 'A change that affects people, announced with no reason and no way to respond, costs their trust.',
  source: 'coaching-model.md; procedural justice research (Kim & Mauborgne, "Fair Process", HBR 1997)',
  asks: true,
  examples: {
    flag: [
      'Effective Monday your team moves to the third floor.',
      "I've decided we're switching vendors.",
      'From now on all reports go through me.',
      'As of Monday, staff meals are cut to one per shift.',
      'The Friday creative review is moving to Monday at 8am.',
      'Your staffing hours drop from 120 to 100 a week.',
      'The Thursday data meetings are cancelled for the rest of the semester.',
      'On Monday we will be imposing a non-email day.',
      'Staff wanting a later shift must apply in writing to their supervisor.',
      'Trainers and hoodies will not be permitted on the shop floor after that date.',
      'Overtime now requires written approval from the site manager.',
    ],
    pass: [
      "From Monday I'll be out of the office.",
      'The client called this morning.',
      'Jordan will send the calendar invites today.',
      'Is the Friday review moving to Monday?',
    ],
  },
  detect(s) {
    // A question about a change ("Is the review moving?") is not an announcement.
    if (
      s.frame ||
      /^\W*(?:is|are|was|will|would|should|can|could|do|does|did|what|when|how|why|who|which|has|have)\b/i.test(
        s.text,
      )
    )
      return [];
    if (
      ![...ANNOUNCE, ...MEMO].some((re) => re.test(s.text)) ||
      OWN_NEWS.test(s.text) ||
      OWN_REPORT.test(s.text)
    )
      return [];
    // A hedged forecast ("the queue should shrink from next month") is news, not a decision.
    const hedged =
      /\b(?:should|might|hopefully|probably|likely)\b/i.test(s.text) || /\bmay\b(?! \d)/.test(s.text);
    if (hedged && !/\b(?:decided|effective|from now on|going forward)\b/i.test(s.text)) return [];
    const [start, end] = toSentenceEnd(s, 0);
    const said = stripEnd(s.raw.slice(start, end));
    return [
      {
        rule: 'decision-without-input',
        start,
        end,
        severity: 'warning',
        gate: 'decision',
        rewrites: [
          `${said}, because [reason]. Does this work for you?`,
          `${said}. Before it's final, what do you think?`,
        ],
      },
    ];
  },
};
