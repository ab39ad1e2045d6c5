/**
 * Threats: a consequence held over the reader to force compliance (coaching-model.md, `threat`). The
 * grammar: a CONDITION the reader must meet ("if it happens again", "or", "one more no-show and",
 * "anyone who…", "failure to…") joined to a SANCTION aimed at the reader (dismissal, discipline, a loss of
 * pay, hours, duties or perks, being reported up). Some sanctions are threats on their own, with no
 * condition spoken ("I'm documenting this", "consider this your final warning"). The writer's own
 * consequences ("or I'll miss my train", "we lose the deposit") name no sanction on the reader.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, threat';
const RW = 'realworld-dev.jsonl shape: published manager memos quoted in the press';

/** What the reader stands to lose or suffer. Each needs a condition in the same sentence. */
export const SANCTIONS: PhraseEntry[] = [
  {
    id: 'dismissal',
    pattern:
      '\\b(?:be|get|getting|being|{youre}) (?:\\w+ )?(?:fired|sacked|let go|terminated|replaced|demoted|suspended)\\b|' +
      '\\b(?:replace|fire|sack) (?:you|u|him|her|the lot of you|all of you)\\b|' +
      "\\bsomeone else (?:in|at) (?:your|their) (?:seat|job|place|role|chair|desk)\\b|\\b(?:I|we)(?:'ll| will| can|" +
      " could|'m going to| am going to)? (?:find|hire|get) (?:someone|somebody) (?:else )?(?:who|that) (?:will|can|" +
      'does)\\b',
    example: "If you don't, I'll find someone who will.",
    nearMiss: 'Could you find someone who can cover Sunday?',
    source: `${MODEL}; ${RW}`,
  },
  {
    id: 'out-of-a-job',
    pattern:
      "\\b(?:you're|you are|you'll be|you will be|they're|they are|they'll be) (?:out|gone|done|history|" +
      'finished)(?: (?:of here|here|with (?:this|the) (?:company|firm|team|business)))?(?=\\s*(?:[.!,;]|$))|' +
      '\\b(?:out of (?:a job|the door)|clear (?:your|their) desk|looking for (?:a new|another) job)\\b|' +
      "\\bdon't (?:bother|even bother) (?:coming|showing up|turning up)\\b",
    example: "One more mistake and you're out.",
    nearMiss: "You're out of the office tomorrow, right?",
    source: MODEL,
  },
  {
    id: 'taken-off',
    pattern:
      "\\b(?:be|you're|you are|they're|he's|she's|(?:take|taking|took|kick|kicked|throw|thrown|pull|pulled) (?:you|u|" +
      'him|her|them)) (?:off|out of) (?:the|my|this|that|your) ' +
      '(?:[\\w-]+ ){0,2}(?:account|rota|site|schedule|team|project|case|list|shift|ward|job|client|floor)\\b|' +
      "\\btak(?:e|ing) (?:you|u|him|her|them) off\\b|\\b(?:won't|will not|wont) be (?:on|getting|working) (?:the|any|your|a)\\b",
    example: "If it happens one more time, you'll be off the Lawson account for good.",
    nearMiss: 'You can take the afternoon off the rota if you need it.',
    source: MODEL,
  },
  {
    id: 'discipline',
    pattern:
      '\\b(?:written up|write (?:you|u|them|him|her) up|disciplinary|(?:a|your|their) (?:formal|written|final|' +
      'verbal) warning|gets? a (?:formal |written |final |verbal )?warning|' +
      'dealt with|(?:be )?escalated to|tak(?:e|ing) (?:it|this|things|the matter|this matter) (?:further|higher|' +
      'up the chain|to (?:HR|management|the director))|' +
      '(?:be )?reported to|answer to (?:HR|me|management|the (?:director|board|partners|owner|head|regional manager|area manager|MD|CEO))|' +
      // "explain yourself to me" is a sanction; "can someone explain to me why…" asks for help.
      'explain (?:(?:yourself|themselves) to me|(?:yourself |themselves )?to (?:HR|the (?:director|board|head|partners|owner)|' +
      'your (?:manager|boss)|management))|' +
      '(?:HR|management|the director|the partners) will be (?:hearing|involved)|hear(?:ing)? from (?:HR|me|' +
      'management)|performance (?:improvement )?plan|\\bPIP\\b)',
    example: 'Failure to complete your mandatory training will result in disciplinary action.',
    nearMiss: 'Please report to the front desk when you arrive.',
    source: MODEL,
  },
  {
    id: 'loss',
    pattern:
      '\\b(?:out of (?:your|their) (?:pay|wages|salary|bonus)|without pay|' +
      'docked(?! (?:attribute|window|panel|toolbar|view|mode|station))|dock(?:ing)? (?:your|their)|' +
      'cut(?:ting)? (?:your|their) (?:hours|pay|shifts|overtime|bonus)|' +
      "los(?:e|es|ing) (?:your|their|his|her) |(?:you|u|someone|somebody|everyone|they)(?:'s|'ll| will| are going to|" +
      "'re going to|'re| is) (?:be )?los(?:e|ing) \\w+|(?:the (?:whole )?team|everyone|someone|somebody) (?:loses|" +
      'is losing) \\w+|' +
      "(?:you can|you'll|you will) forget (?:about )?(?:that|your|the|any)\\b|goes? home without)",
    example: "Fill the bakery shelves before 8 or I'm cutting your hours.",
    nearMiss: "If I don't have the forms by Friday, we lose the deposit.",
    source: MODEL,
  },
  {
    // "Fix the build tonight or I'll escalate it": the writer takes it over the reader's head.
    id: 'escalate',
    pattern: "\\bor (?:else )?(?:I|we)(?:'ll| will|'m going to| am going to) (?:have to )?escalate\\b",
    example: "Fix the build tonight or I'll escalate it.",
    nearMiss: "If the vendor hasn't replied by Friday, I'll escalate it.",
    source: MODEL,
  },
  {
    id: 'punitive-duty',
    pattern:
      "\\b(?:you're|you are|you'll be|you will be) on (?:dishes|cleaning|toilets|bins|pot wash|litter duty)\\b",
    example: "You burn one more steak tonight and you're on dishes for the rest of the week.",
    nearMiss: "You're on the late shift with Sam next week, thanks for swapping.",
    source: MODEL,
  },
  {
    id: 'consequences',
    pattern:
      '\\b(?:there will be|face (?:the )?) (?:serious )?consequences\\b|\\bheads will roll\\b|' +
      '\\b(?:a )?(?:very )?(?:different|serious|difficult|less pleasant) conversation\\b|' +
      '\\b(?:noted|documented|recorded|logged|reflected|mentioned) (?:in|on|for) (?:your|their|' +
      'the) (?:\\w+ )?(?:review|appraisal|record|file|evaluation|allocations?)\\b',
    example: "Get it under 7 by the end of the month or we'll be having a very different conversation.",
    nearMiss: 'We had a very good conversation about your goals.',
    source: MODEL,
  },
];

/** What makes a sanction conditional on the reader: the demand it is held over. */
export const CONDITIONS: PhraseEntry[] = [
  {
    id: 'if-unless',
    pattern: '\\b(?:if|unless|until|in case)\\b',
    example: 'If it happens again, heads will roll.',
    nearMiss: 'Heads up: the van is here.',
    source: MODEL,
  },
  {
    id: 'or-otherwise',
    pattern: '(?:\\bor(?: else)?|\\botherwise|\\beither)\\b',
    example: "Finish it by Friday or you're off the project.",
    nearMiss: 'Finish it by Friday, thanks.',
    source: MODEL,
  },
  {
    id: 'repeat',
    pattern:
      '\\b(?:next time|one more|another|again|once more|keep this up|(?:a|the) (?:second|third|fourth|fifth|next) (?:time|person|one)|any more|anymore|' +
      'no more chances|no further warnings)\\b',
    example: "One more no-show on a Saturday and I'm taking you off the rota.",
    nearMiss: 'The Saturday rota is up.',
    source: MODEL,
  },
  {
    id: 'whoever',
    pattern:
      '\\b(?:anyone|anybody|whoever|those|staff|people|employees|latecomers|offenders|the person|the people|someone|somebody|everyone) ' +
      '(?:who|caught|found|seen|that|responsible|not|without|late|leaving|failing)\\b|\\bfailure to\\b|\\bwhoever\\b',
    example: 'Anyone who leaves the unit before handover will be written up.',
    nearMiss: 'Everyone did brilliantly on Saturday.',
    source: MODEL,
  },
  {
    id: 'shortfall',
    pattern:
      '\\b(?:below|under|less than|fewer than)\\s+\\d|\\b(?:late|missed|unfinished|incomplete|failed|' +
      'sloppy)\\s+(?:\\w+\\s+)?(?:reports?|shifts?|picks?|orders?|timesheets?|work|entries)\\b',
    example: 'Pick rates below 95% this week will be reflected in your shift allocations next month.',
    nearMiss: 'Pick rates rose to 97% this week, thank you.',
    source: MODEL,
  },
  {
    id: 'and-after-order',
    pattern:
      "^\\W*(?:\\w+\\s+){1,8}?(?:and|,)\\s+(?:you(?:'re|'ll| will| are)?|I(?:'m|'ll| will| am)?|we(?:'ll| will)?|HR|they(?:'re|'ll)?|someone)\\b",
    example: 'Keep this up and HR will be hearing from me.',
    nearMiss: 'Thanks for this.',
    source: MODEL,
  },
];

/** Threats that need no condition: the sanction is held over the reader by being said. */
export const THREATS_ALONE: PhraseEntry[] = [
  {
    id: 'documenting-this',
    pattern:
      "\\b(?:I'm|I am|I'll be|I will be|I've been|I have been) (?:documenting|noting|recording|logging|keeping a record of) (?:this|these|it|every)\\b|" +
      "\\bI(?:'ve| have) (?:made|taken) a note of (?:it|this|that) for your\\b|\\b(?:this|that|it) (?:will|" +
      "is going to|'ll) (?:be )?(?:go(?:ing)? )?(?:noted|documented|recorded|logged|on your record)\\b",
    example: "i'm documenting this. third missed standup this sprint.",
    nearMiss: "I'm documenting the new process in the wiki.",
    source: MODEL,
  },
  {
    id: 'final-warning',
    pattern:
      '\\b(?:this is|consider this|take this as) (?:your|a) (?:final|last|first and last|only) (?:warning|chance)\\b|\\b(?:last|final) warning\\b|' +
      "\\b(?:you're|you are) on thin ice\\b|\\bdon't make me\\b|\\byou(?:'ll| will) regret\\b|" +
      '\\bthink (?:very )?(?:carefully|hard) about (?:how|what|whether|your)\\b',
    example: 'Consider this your final warning.',
    nearMiss: 'Final call for lunch orders!',
    source: MODEL,
  },
  {
    id: 'strike-three',
    pattern:
      // "…what happens if you were to hit other cars?" wonders about a hypothetical; it holds nothing over anyone.
      '\\b(?:you know what|remember what) (?:happens(?! if (?:you|u) were to\\b)|strike \\w+ means|the next one means)\\b|' +
      '\\bstrike (?:one|two|three)\\b|\\btwo strikes\\b',
    example: "that's strike two, Ben. you know what strike three means",
    nearMiss: 'The strike on Thursday means no trains, so work from home.',
    source: MODEL,
  },
  {
    id: 'keep-your-job',
    pattern:
      '\\b(?:do|if) (?:you|u) (?:actually |really |even )?(?:want|wish|value|like|hope) (?:to keep |' +
      'to still have )?(?:your|this) (?:job|position|role|place here|contract|bonus)\\b|' +
      '\\bdo (?:you|u) (?:actually |really )?(?:want|wish) to (?:keep|continue) (?:working here|working for (?:me|us|' +
      'this \\w+)|your job|this job|your position|being employed)\\b|' +
      '\\byour (?:job|position|role|future here|contract) (?:is|could be|may be|might be) (?:on the line|at risk|in jeopardy|in question|under review)\\b|' +
      '\\bgiven your (?:review|appraisal|contract|probation|renewal) is\\b',
    example: 'Do you want to keep working here?',
    nearMiss: 'Do you want to keep working on the Halden account next quarter?',
    source: MODEL,
  },
  {
    id: 'i-will-replace-you',
    pattern:
      "\\b(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| can easily| could easily|" +
      ' can)\\s+(?:(?:replace|fire|sack|report) (?:you|u|the lot of you|all of you)|' +
      'let you go|have someone else in your (?:seat|job|place|role))\\b',
    example: 'You will fix it or I will replace you.',
    nearMiss: 'I will replace the toner in the printer.',
    source: RW,
  },
];
