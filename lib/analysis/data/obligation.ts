/**
 * Obligation (coaching-model.md, `obligation`): what follows "you must" or "I want you to" that makes it
 * no order at all. The subject + modal grammar itself stays in rules/obligation.ts.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, obligation';
const DEV = 'dev data shape';

/** After the modal, sympathy or an idiom, not a demand: "You must be exhausted", "you have to admit…". */
export const NOT_A_DEMAND: PhraseEntry[] = [
  {
    id: 'must-be-tired',
    pattern:
      '^(?:(?:all|both)\\s+)?be\\s+(?:so\\s+|very\\s+|really\\s+|pretty\\s+)?(?:exhausted|tired|shattered|' +
      'knackered|drained|wiped|beat|proud|thrilled|excited|relieved|busy|swamped|frustrated|gutted|' +
      'devastated|overwhelmed|starving|freezing|frozen|soaked|drenched|worn out|sore|fried|done in|' +
      'pleased|glad|delighted|chuffed|sad|upset|worried|nervous|stressed|fed up|sick of|feeling|' +
      'joking|kidding|new|the|a|an|one of|from|right|mistaken|confused|thinking|referring|using|running|talking)\\b',
    example: 'be exhausted after that shift.',
    nearMiss: 'be here at 8.',
    source: MODEL,
  },
  {
    id: 'must-have-been',
    pattern:
      '^(?:(?:all|both)\\s+)?have\\s+(?:been|had|seen|heard|missed|worked|done|gone|known|taken|felt|' +
      '\\w+ed)\\b\\b',
    example: 'have been up since 5.',
    nearMiss: 'have the figures ready by 9.',
    source: MODEL,
  },
  {
    id: 'must-admit',
    pattern:
      '^(?:(?:all|both)\\s+)?(?:admit|love|see\\s+(?:this|it|the)|laugh|hand\\s+it|wonder|try\\s+the)\\b',
    example: 'admit it was a great launch.',
    nearMiss: 'attend the briefing on Monday.',
    source: `${MODEL}; ${DEV}`,
  },
];

/** After "I want you to": an invitation to speak up or a wish, not a demand. */
export const INVITING: PhraseEntry[] = [
  {
    id: 'push-back',
    pattern:
      '^(?:push back|disagree|challenge|tell me|be honest|speak up|ask (?:questions|me)|question|' +
      'poke holes|weigh in|share)\\b',
    example: 'push back if you disagree.',
    nearMiss: 'push the trolley to bay 3.',
    source: MODEL,
  },
  {
    id: 'feel-free',
    pattern: '^(?:feel free|come to me|flag|raise|call me|let me know)\\b',
    example: 'feel free to call me.',
    nearMiss: 'fill in the form by Friday.',
    source: MODEL,
  },
  {
    id: 'enjoy',
    pattern: '^(?:enjoy|rest|relax)\\b',
    example: 'enjoy the long weekend.',
    nearMiss: 'empty the bins before you go.',
    source: MODEL,
  },
];
