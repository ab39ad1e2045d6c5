/**
 * Bare commands (coaching-model.md, `bare-command`): what turns "could you…" into no request at all, and
 * the softeners that make an order a hint rather than a warning. The imperative grammar stays in the rule.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, bare-command';
const POLITENESS = 'politeness strategies (Danescu-Niculescu-Mizil et al. 2013): please, indirect requests';
const DEV = 'dev data shape';

/** What follows "could you / would you mind" when it is no request: "Could you believe it?", "Can you be free at 3?" */
export const NOT_A_REQUEST: PhraseEntry[] = [
  {
    id: 'figure-of-speech',
    pattern: '^(?:please\\s+)?(?:believe|imagine|guess|think|hear me)\\b',
    example: 'believe it or not, it worked.',
    nearMiss: 'bring the keys back by 5.',
    source: MODEL,
  },
  {
    id: 'let-me-know',
    pattern: '^(?:please\\s+)?(?:let me know|(?:let me know|tell me)\\b[^?]{0,40}\\b(?:if|whether))\\b',
    example: 'let me know if Friday works?',
    nearMiss: 'label the boxes by Friday.',
    source: MODEL,
  },
  {
    id: 'show-and-help',
    pattern: '^(?:please\\s+)?(?:make it|see (?:my|the) screen|do (?:it|that|this)\\b|help\\b)\\b',
    example: 'make it to the party on Friday?',
    nearMiss: 'make the coffee before the meeting.',
    source: DEV,
  },
  {
    // "Would you be able to tell if more than 24 hours elapsed?": whether the reader can know, not work.
    id: 'tell-whether',
    pattern:
      '^(?:please\\s+)?(?:be able to )?(?:tell|say|see) (?:if|whether)\\b(?![^?]{0,60}\\b(?:me|us)\\b)',
    example: 'be able to tell if more than 24 hours elapsed between start and stop?',
    nearMiss: 'tell the client whether we can ship.',
    source: 'politeness corpus (Stack Exchange): a question of what the reader can know',
  },
  {
    // "Could you be caching things that are only used once?": a guess at what is happening, not a request.
    id: 'could-you-be-doing',
    pattern: '^be [a-z]+ing\\b',
    example: 'be caching things that are only used once?',
    nearMiss: 'be on site by seven.',
    source: 'politeness corpus (Stack Exchange): a guess at the cause, put as a question',
  },
  {
    // "Would you be opposed to a concrete finish?", "Would you be OK with me taking Friday?": the reader's view
    // or consent, asked.
    id: 'opposed-or-ok-with',
    pattern:
      '^(?:please\\s+)?be (?:opposed|averse|against|(?:ok|okay|fine|comfortable|alright|all right) with)\\b',
    example: 'be opposed to the new screed layer being your finished surface?',
    nearMiss: 'be on time for the audit.',
    source: "politeness corpus (Stack Exchange): a question of the reader's preference",
  },
  {
    // "Can you start X?", "Can you reproduce it?": whether it works on the reader's side, a diagnostic question.
    id: 'diagnostic',
    pattern:
      '^(?:reproduce|ping|boot|access|connect to|log ?in(?:to)?|compile|launch)\\b|' +
      '^(?:run|start|open|load|see|hear|reach) (?:it|this|that|them)(?: at all| now)?\\W*\\?\\W*$',
    example: 'run it?',
    nearMiss: 'start the meeting without me.',
    source: 'politeness corpus (Stack Exchange): a troubleshooting question',
  },
  {
    id: 'availability',
    pattern:
      '^(?:please\\s+)?(?:have (?:the )?time|be (?:free|around|available|up for|willing|keen|' +
      'interested)|fit (?:it|that|this) in|manage (?:it|that))\\b',
    example: 'be free at 3 for a quick call?',
    nearMiss: 'be on site at 7.',
    source: MODEL,
  },
  {
    id: 'offer-of-more',
    pattern:
      '^(?:please\\s+)?(?:guys\\s+|all\\s+)?(?:need|want|like|require) (?:any|anything|something|more|other|a|an)\\b',
    example: 'guys need any other things from me to recreate the error?',
    nearMiss: 'guys clear the loading bay by 4?',
    source: MODEL,
  },
  {
    id: 'your-view',
    pattern: '^(?:please\\s+)?(?:really\\s+(?:call|say|think|consider|want|need)|say|agree)\\b',
    example: 'really call this a basic question?',
    nearMiss: 'call the client before noon.',
    source:
      "coaching-model.md, message-level cues (a question that wants the reader's view is an invitation)",
  },
  {
    // "Can you see that?", "Can you hear me?": a check of what the reader perceives, not work asked.
    id: 'perception-check',
    pattern:
      '^(?:please\\s+)?(?:see|hear|notice|spot|read) (?:that|it|this|them|those|me|the difference)\\W*\\?\\W*$',
    example: 'see that?',
    nearMiss: 'see that the boxes are labelled by Friday?',
    source: 'politeness corpus shape: a check that the reader sees what the writer sees',
  },
  {
    // "Can you hear the thickness change by flicking it?": whether the reader can sense it, not work asked.
    id: 'can-you-sense',
    pattern:
      '^(?:hear|feel|smell|taste|notice|spot|sense)\\b|^see (?:any|a|the) (?:difference|change)\\b|^see (?:if|whether)\\b',
    example: 'hear the thickness change by flicking it with a fingernail?',
    nearMiss: 'help the new starter with the till?',
    source: 'politeness corpus (Stack Exchange): a question of what the reader can perceive',
  },
  {
    id: 'preference',
    pattern: '^(?:please\\s+)?(?:want to|like to|rather|prefer)\\b',
    example: 'prefer the early or the late shift?',
    nearMiss: 'print the rota for the wall.',
    source: MODEL,
  },
];

/** Softeners: "please", "when you get a chance", "could you". */
export const SOFTENERS: PhraseEntry[] = [
  {
    id: 'please',
    pattern: '\\b(?:please|pls|plz|kindly)\\b',
    example: 'Please send the report.',
    nearMiss: 'The client was pleased with the report.',
    source: POLITENESS,
  },
  {
    id: 'when-you-can',
    pattern:
      '\\b(?:when you (?:get a chance|can|have a (?:sec|second|minute|moment))|if you (?:can|could|' +
      'get a chance)|if possible)\\b',
    example: 'Send the report when you get a chance.',
    nearMiss: 'Send the report when it is ready.',
    source: POLITENESS,
  },
  {
    id: 'could-you',
    pattern: '\\b(?:could you|can you|would you|any chance|would you mind|do you mind)\\b',
    example: 'Send the report, could you?',
    nearMiss: 'Send the report to Dana.',
    source: POLITENESS,
  },
];
