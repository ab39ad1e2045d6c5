import { TABLES } from '../patterns';
import { toClauseEnd, type Candidate, type Rule, type RuleExamples } from './rule';

/** Who is told: the reader, or a group the reader is in. */
const READER = [
  '(?:you|u)(?:\\s+(?:guys|all|two|both))?',
  "y'all",
  'yall',
  '(?:each and )?every one of you',
  'everyone',
  'everybody',
  'all of you',
  'each of you',
  'all staff',
  'staff',
  'employees',
  'the team',
  'team members',
  'each person',
].join('|');
/** The modal forms of pressure after the subject: "'ve got to", "'ll need to", "must", "are to"… */
const PRESSURE = [
  "(?:'ve|\\s+have)\\s+got\\s+to",
  "'ll\\s+(?:just\\s+|really\\s+|still\\s+)?(?:need|have)\\s+to",
  "'re\\s+(?:required|expected|obliged|going\\s+to\\s+have)\\s+to",
  '\\s+(?:will|are\\s+going\\s+to)\\s+(?:need|have)\\s+to',
  "(?:\\s+will\\s+be|'ll\\s+be)\\s+(?:expected|required|obliged)\\s+to",
  '\\s+(?:do\\s+)?(?:need|needs|have|has)\\s+to',
  '\\s+must',
  '\\s+(?:are|is)\\s+(?:required|expected|obliged|obligated)\\s+to',
  "(?:'re|\\s+are|\\s+is)\\s+to",
  '\\s+gotta',
  '\\s+got\\s+to',
].join('|');
/** "you need to", "everyone must", "you're required to" — group 1 is the subject. */
const SUBJECT_MODAL = new RegExp(
  `\\b(${READER})` +
    // "everyone on the late shift", "you really"
    '(?:\\s+(?:on|in|at|from)\\s+(?:the\\s+)?[\\w-]+(?:\\s+(?:shift|team|crew|staff|floor|ward|unit))?)?' +
    `(?:\\s+(?:really|absolutely|still|also|just|now|all|both|definitely))?(?:${PRESSURE})\\s+`,
  'gi',
);
/** "I need you to", "I expect everyone to", "I'm going to need you to". */
const WRITER_WANTS = new RegExp(
  `(?:\\bI(?:'m going to|'ll| will| would|'d)?\\s*|^\\W*)(?:need|want|expect|require)\\s+` +
    `(${READER}|this|that|it|these|those)\\s+(?:to\\s+|(?=(?:in|here|there|back|on site|at)\\b))`,
  'gi',
);
/** "I want this report done by Fri.", "I need these files put away": the writer's wish as an order. */
const WANT_IT_DONE = new RegExp(
  "\\b(?:I|we)(?:'d| would)?\\s+(?:need|want|expect|require)\\s+(?=(?:this|that|these|those|the|your|" +
    "it|them)(?:\\s+[\\w'-]+){0,3}?\\s+(?:done|finished|completed|sent|submitted|fixed|ready|back|" +
    'signed|updated|cleaned|sorted|filed|delivered|uploaded|approved|put away|tidied|cleared|' +
    'on my desk)\\b)',
  'gi',
);
/** The reader's own goal, or the writer checking their understanding, before the modal. */
const OWN_GOAL = new RegExp(
  "\\b(?:if|when|since) (?:you|u) (?:need|want|wish|prefer|'d like|would like|like|care about)\\b|" +
    '\\bif I (?:understand|read|follow|get)\\b|\\bas I understand\\b|' +
    // "If you take a line graph on n vertices you have to select n/2": a supposition, the generic "you" of a proof.
    '\\b(?:if|when) (?:you|u|we|one) (?:take|consider|assume|let|pick|choose|start with|look at|fix)\\b|' +
    // "To install it you'll need to run it as root": a purpose leading the sentence is the reader's own goal.
    '^\\W*(?:(?:so|and|but)\\s+)?(?:in order )?to (?!be\\b)[a-z]+\\b',
  'i',
);
/** "…to (truly) understand the comparison": what the reader gets out of it is the point, not a demand. */
const UNDERSTAND =
  /\bto (?:\w+ly )?(?:understand|see (?:why|how|what|whether|if)|know (?:why|how|what|whether|if)|make sense of|work out|figure out|get a feel for)\b/i;
/** "You must be logged in to see the page": a state the reader needs for access, with its purpose. */
const ACCESS_STATE = new RegExp(
  String.raw`^\s*be\s+(?:logged|signed|registered|authenticated|subscribed|enrolled|verified|connected|root|` +
    String.raw`an? (?:member|admin|administrator|registered user))\b[^.!?]*?\bto\s+[a-z]+`,
  'i',
);
/** "make sure you", "be sure to", "ensure you". */
const MAKE_SURE = /\b(?:make sure|be sure|ensure)\s+(?:that\s+)?(?:you\s+|to\s+)/gi;
/** "you will be here at 8", "you'll report to Dana". */
const FUTURE_ORDER = new RegExp(
  "\\b(you)(?:\\s+will|'ll)\\s+(?:all\\s+|both\\s+)?(?=(?:be\\s+(?:here|there|in|at|on|available|ready|" +
    'working|covering)|arrive|report|work|come|attend|complete|finish|submit|stay|cover|start|' +
    'take over|handle)\\b)',
  'gi',
);

/** Not pressure: conditionals, negation, questions, sympathy, idioms, relative clauses. */
const BEFORE_EXEMPT = new RegExp(
  '\\b(?:if|unless|whether|when|in case|what|whatever|anything|everything|all|do|does|did|why|how|since|' +
    'because|given that|as|while|whereas|although|though|odd|strange|weird|surprising|funny|a shame|a pity)\\s+' +
    '(?:\\w+\\s+)?$|' +
    // "Why do you think you need to do this?", "Are you sure you have to…": the reader's own view is asked.
    '\\b(?:do|does|did|are|were)\\s+(?:you|u)\\s+(?:really\\s+)?(?:think|believe|feel|reckon|sure)\\s+(?:that\\s+)?$|' +
    // "I would tell your host that 4.8 is no option and you must have 5.0": what to say to someone else.
    '\\b(?:tell|telling|ask|asking|remind|reminding|explain to|insist to)\\s+(?!(?:you|u)\\b)(?:[\\w-]+\\s+){1,3}?that\\b(?:[^.;!?]|\\.(?=\\w))*$|' +
    // A relative clause on a noun: "in the moment you need to fit it", "by the time you have to leave".
    '\\b(?:the|a|any|every|each)\\s+(?:\\w+\\s+)?(?:moment|time|minute|point|day|stage|thing|things|stuff|' +
    'way|ways|place|part|bits?|ones?)\\s+(?:that\\s+|which\\s+)?$',
  'i',
);

export const obligation: Rule = {
  id: 'obligation',
  severity: 'warning',
  message:
    'Pressure phrases ("you need to", "make sure you") push where a request and a reason would win help.',
  source:
    'coaching-model.md; directive modals ("you must", "I need you to") in workplace-communication guides',
  asks: true,
  detect(s) {
    const out: Candidate[] = [];
    for (const re of [SUBJECT_MODAL, WRITER_WANTS, MAKE_SURE, FUTURE_ORDER, WANT_IT_DONE]) {
      for (const m of s.text.matchAll(re)) {
        const before = s.text.slice(0, m.index);
        const rest = s.text.slice(m.index + m[0].length);
        if (BEFORE_EXEMPT.test(before) || TABLES['obligation/not-a-demand'].test(rest)) continue;
        // "You need to clarify the question", "You'll have to give us more context": asking to be told, which
        // is a question put as a need (as the order rule reads "Could you clarify…").
        if (TABLES['cue/information'].test(rest.trim())) continue;
        if (re === WRITER_WANTS && TABLES['obligation/inviting'].test(rest)) continue;
        // "If you need wide support, you'll have to use JavaScript": advice toward the reader's own goal.
        if (OWN_GOAL.test(before) || /,\s*(?:right|correct|yes|no)\W*\?\W*$/i.test(rest)) continue;
        // "You really need to compare the lengths to truly understand it": advice toward the reader's own grasp.
        if (ACCESS_STATE.test(rest) || UNDERSTAND.test(rest)) continue;
        // "You'll need to store something server-side": what a goal will take, said of an indefinite thing, is
        // advice; "you'll need to send the form" names the work.
        if (
          /(?:'ll|\swill)\s+need\s+to\s*$/i.test(s.text.slice(0, m.index + m[0].length)) &&
          /^\s*[a-z]+\s+(?:a|an|some|something|another|somewhere|somehow)\b/i.test(rest)
        )
          continue;
        // "If you set flag A you must also set flag B": a rule of how the thing works, one setting needing another.
        if (
          /^\W*(?:if|when|whenever|once)\s+(?:you|u)\s+(?:set|use|enable|add|call|install|pass|turn on|select)\b/i.test(
            before,
          ) &&
          /^\s*also\b/i.test(rest)
        )
          continue;
        // "…used for the task you need to do.": a relative clause whose verb's object is the noun before it
        // describes the reader's task; it asks nothing.
        if (
          /\b(?:the|a|an|any|this|that|these|those|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that\s+|which\s+)?$/i.test(
            before,
          ) &&
          /^\s*[a-z]+(?:\s+(?:it|them))?\s*(?:[.,;:!?)]|$|\s+(?:for|with|in|on|at|by|to|from|before|after|is|are|was|will|here|there|now|today)\b)/i.test(
            rest,
          )
        )
          continue;
        // "You need to pass a struct from C to Lua?": checking what the reader needs, not telling them.
        if (/^\W*(?:so\s+)?$/i.test(before) && /^\W*(?:you|u)\b/i.test(m[0]) && /\?\W*$/.test(rest)) continue;
        // "Do you have to implement these, or are they done and you need to use them?": a yes/no question asks
        // about the reader's situation; its "you need to" is one of the answers offered.
        if (/^\W*(?:do|does|did|are|is|am|was|were|have|has)\b[^.!?]*\?\W*$/i.test(s.text)) continue;
        // "What is it you need to do?": a question about what the reader needs, which asks their view.
        if (/^\W*(?:what|which|how|where|when|who)\b[^.!?]*\?\W*$/i.test(s.text)) continue;
        if (
          re === MAKE_SURE &&
          /\b(?:I|we)(?:'ll|'d|\s+will|\s+can|\s+would|'m going to|\s+want to|\s+need to)?\s*$|\blet me\s*$/i.test(
            before,
          )
        )
          continue;
        if (/\b(?:don't|do not|doesn't|won't|no longer|never)\s*$/i.test(before)) continue;
        // "AFAIK you'll need to loosen the spokes": how things work, as far as the writer knows; advice, no demand.
        if (/\b(?:afaik|iirc|afaict|as far as I (?:know|can tell)|if I (?:recall|remember))\b/i.test(before))
          continue;
        // Inside an open quotation ('…so inconsiderate to say "Hey, you have to use…"'): someone else's words.
        if ((before.match(/["“”]/g) ?? []).length % 2 === 1) continue;
        if (out.some((c) => c.start <= m.index && m.index < c.end)) continue;
        const [start, end] = toClauseEnd(s, m.index);
        const phrase = s.raw.slice(m.index + m[0].length, end);
        if (!/[a-z]/i.test(phrase)) continue;
        out.push({ rule: 'obligation', start, end, severity: 'warning' });
      }
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'You need to finish the audit by Friday.',
    'I need you to run the cycle count on Monday.',
    'Make sure you enable 2FA by the 15th.',
    "You've got to stop leaving the door open.",
    'Everyone must clock in before 9.',
    'You will be here at 8 on Saturday.',
    'I want this report done by Fri.',
    'I expect you to be on the floor by 6:45.',
    "You're required to attend the safety briefing.",
  ],
  pass: [
    'I would tell your host that 4.8 is not an option and you must have 5.0.',
    'Why do you think you need to do this?',
    'I need to finish the deck before 3pm.',
    "You'll have to give us a bit more context here.",
    'You need to pass a data structure from C to Lua?',
    "AFAIK you'll need to loosen your spokes to get one in there.",
    'They told us "you have to restart the server every night" and never said why.',
    "You don't have to do it on your day off.",
    'If you need to leave early, let me know.',
    'Or do you only know that in the moment you need to fit it?',
    'You must be exhausted after that shift.',
    'Do you need to leave early on Friday?',
    'Let me know if there is anything you need to get started.',
    'You will love the new coffee machine.',
    "Here's what I'm thinking, but I want you to push back if you disagree.",
    'Glad to hear you got it sorted out.',
  ],
};
