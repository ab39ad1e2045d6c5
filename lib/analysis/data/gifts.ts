/**
 * Giving is not ordering (coaching-model.md): an imperative that hands the reader something — time off,
 * a break, rest, permission, a treat — asks no work of them. "Have Friday off, you've earned it."
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, conventions: giving is not ordering';
const TIME =
  '(?:day|days|afternoon|morning|evening|night|week|weekend|time|hour|hours|shift|monday|tuesday|wednesday|' +
  'thursday|friday|saturday|sunday|tomorrow|today|tonight)';

export const GIFTS: PhraseEntry[] = [
  {
    id: 'time-off',
    pattern:
      `^\\W*(?:please\\s+)?(?:take|have|enjoy)\\s+(?:the\\s+|a\\s+|an\\s+|your\\s+)?(?:rest of (?:the|your)\\s+|` +
      `whole\\s+|full\\s+)?(?:[\\w-]+\\s+){0,2}?${TIME}s?\\s+off\\b`,
    example: "Take tomorrow morning off, you've earned it.",
    nearMiss: 'Take the old fridge off the list.',
    source: MODEL,
  },
  {
    id: 'take-the-day',
    pattern:
      `^\\W*(?:please\\s+)?(?:take|have)\\s+(?:the|a|an|your)\\s+(?:whole|full|long|proper|extra)\\s+(?:${TIME}|break|` +
      `lunch|lunch break|rest|weekend)\\b`,
    example: 'Take the whole day, we will manage here.',
    nearMiss: 'Take the whole pallet to bay 4.',
    source: MODEL,
  },
  {
    id: 'a-break',
    pattern:
      '^\\W*(?:please\\s+)?(?:have|take|grab|get)\\s+(?:a|an|some|your)\\s+(?:proper\\s+|long\\s+|good\\s+|early\\s+|' +
      'decent\\s+)?(?:lunch|break|rest|lie-in|nap|breather|sleep|coffee on me|treat)\\b',
    example: "have a proper lunch today, I'll do your playground duty",
    nearMiss: 'Have a look at the lunch rota and fill the gaps.',
    source: MODEL,
  },
  {
    id: 'go-home',
    pattern:
      '^\\W*(?:please\\s+)?(?:go|head|get off|knock off|log off|sign off|clock off)\\s+(?:home\\s+)?(?:early|now|home)\\b(?!\\s+(?:and|to)\\b)',
    example: "Go home early tonight, I'll close up.",
    nearMiss: 'Go home and pick up your laptop, then come back to site.',
    source: MODEL,
  },
  {
    id: 'enjoy',
    pattern: '^\\W*(?:please\\s+)?(?:enjoy|savour|savor|treat yourself(?:ves)?|celebrate)\\b',
    example: 'Enjoy your anniversary, Dana.',
    nearMiss: 'We enjoy working with you.',
    source: MODEL,
  },
  {
    id: 'look-after-yourself',
    pattern:
      '^\\W*(?:please\\s+)?(?:look after|take care of|be kind to|be gentle with)\\s+(?:yourself|yourselves|each other)\\b|' +
      "^\\W*(?:please\\s+)?(?:rest up|put your feet up|take it easy|sleep in|get some (?:rest|sleep)|don't give (?:work|it|us) a (?:second )?thought)\\b",
    example: 'Please look after yourselves today.',
    nearMiss: 'Please look after the front desk today.',
    source: MODEL,
  },
];
