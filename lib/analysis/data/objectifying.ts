/**
 * Objectifying: people named as resources, bodies, manpower or headcount (coaching-model.md,
 * `objectifying`). Grouped by the rule's rewrite; groups run in this order and an earlier group's span wins
 * over an overlapping later one. "Resource" as a thing (a budget, a page, a useful resource) stays clean.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, objectifying';
const GUIDE = '"people are not resources" in people-first management writing';

/** How many: "two", "a couple of", "extra", "new"… */
const COUNT =
  '(?:a couple of|a handful of|several|a|an|one|two|three|four|five|six|\\d+|another|more|extra|additional|spare|' +
  'some|a few|enough|new|fresh)';
const NUMBER = '(?:one|two|three|four|five|six|\\d+)';
/** Kinds of staff put before "resource": "a dev resource", "QA resources". */
const KIND = '(?:dev|qa|design|engineering|junior|senior|offshore|contract|extra)';
/** "a useful resource", "a learning resource": a thing, not a person. */
const THING =
  '(?:useful|great|good|helpful|free|new|key|valuable|shared|external|web|online|learning|training|budget|financial|' +
  'reference|educational|internal|central|handy|excellent|brilliant|fantastic|wonderful|important|specific|particular|' +
  'single|similar|better|reliable|definitive|authoritative|comprehensive|official|decent|canonical|standard)';

export const OBJECTIFYING = {
  resource: [
    {
      id: 'allocate-a-resource',
      pattern:
        '\\b(?:allocat|assign|reassign|borrow|lend|loan|free up|spar|hir|pull)\\w*\\s+' +
        '(?:a|an|one|two|three|\\d+|another|more|extra|additional|the)\\s+' +
        '(?:(?:extra|additional|more|new|dev|qa|design|engineering|junior|senior|spare|offshore|contract)\\s+)?resources?\\b',
      example: "I'm allocating a resource from receiving to your department.",
      nearMiss: "We're allocating the budget by Friday.",
      source: `${MODEL}; ${GUIDE}`,
    },
    {
      id: 'resources-short',
      pattern:
        `\\b${COUNT}\\s+(?:${KIND}\\s+)?resources?` +
        '(?=\\s+(?:from|to|on|in|between|short|down|out|off|for (?:the|your|our) (?:team|shift|project|department)|' +
        'is|are|will|who|starts?|joins?))\\b',
      example: "We're two resources short this week.",
      nearMiss: 'We need more resources for the launch budget.',
      source: MODEL,
    },
    {
      id: 'kind-of-resource',
      pattern:
        '\\b(?:dev|qa|junior|senior|offshore|contract|engineering|design|staffing|people) resources?\\b',
      example: 'Can we get QA resources on this?',
      nearMiss: 'Human resources will send the forms.',
      source: MODEL,
    },
    {
      id: 'number-of-resources',
      pattern: `\\b(?:${NUMBER}|a couple of|a few)\\s+(?:more\\s+|extra\\s+|additional\\s+)?(?:[a-z-]+\\s+)?resources\\b`,
      example: "We'll have three more resources by June.",
      nearMiss: 'The resources page has the templates.',
      source: MODEL,
    },
    {
      id: 'heads-short',
      pattern: `\\b${NUMBER} heads? (?=short|down|missing|light)\\b`,
      example: "We're two heads short on the floor tonight.",
      nearMiss: 'Two heads are better than one.',
      source: `${MODEL}; dev data shape`,
    },
    {
      id: 'one-more-resource',
      pattern: '\\b(?:another|one more|an extra) resource\\b(?!s)',
      example: 'We need one more resource on nights.',
      nearMiss: 'Another useful resource is the wiki.',
      source: MODEL,
    },
    {
      id: 'a-kind-of-resource',
      // "If you've got a NASM resource", "know of a good resource": a manual or a page, which people get, use
      // or find; staff are added, moved, freed up.
      pattern:
        `(?<!\\b(?:got|have|has|had|know of|knows of|find|found|use|using|used|recommend|read|reading|check|see|` +
        `cite|share|try)\\s+)\\b(?:a|an|one|another) (?!${THING}\\b)[a-z-]+ resource\\b(?!s)`,
      example: "We're adding a QA resource to the team.",
      nearMiss: 'Another useful resource is the wiki.',
      source: MODEL,
    },
  ],
  bodies: [
    {
      id: 'count-bodies',
      pattern:
        `\\b(?:warm|${COUNT}(?:\\s+(?:more|extra|warm|fewer|less))?)\\s+bod(?:y|ies)\\b` +
        `(?![\\s-]+(?:problem|of|text|copy|shop|language|temperature|parts?|work|armou?r|spray|wash|kits?)\\b)`,
      example: 'The agency is sending us two extra bodies for peak week.',
      nearMiss: 'Everybody in the kitchen did brilliantly.',
      source: `${MODEL}; ${GUIDE}`,
    },
  ],
  'warm-body': [
    {
      id: 'warm-body',
      pattern: '\\bwarm bod(?:y|ies)\\b',
      example: 'We need one more warm body in the cafeteria.',
      nearMiss: 'Wear warm boots on the dock.',
      source: `${MODEL}; ${GUIDE}`,
    },
  ],
  manpower: [
    {
      id: 'manpower',
      pattern: '\\bmanpower\\b',
      example: "We'll need more manpower on the line.",
      nearMiss: "We'll need more people on the line.",
      source: `${MODEL}; ${GUIDE}`,
    },
  ],
  'bums-on-seats': [
    {
      id: 'bums-on-seats',
      pattern: '\\b(?:bums|butts) (?:on|in) seats\\b',
      example: 'We just need bums on seats for the webinar.',
      nearMiss: 'Please keep your seats for the second session.',
      source: MODEL,
    },
  ],
  headcount: [
    {
      id: 'a-new-headcount',
      pattern: `\\b${COUNT}\\s+(?:headcounts?|FTEs?)\\b`,
      example: 'We are getting a new headcount in March.',
      nearMiss: 'Final headcount for the party is 42.',
      source: MODEL,
    },
    {
      id: 'headcount-starts',
      pattern: '\\bheadcount (?=(?:starts?|joins?|will (?:start|join)|arrives?|is starting))',
      example: 'The new headcount starts Monday.',
      nearMiss: 'Final headcount for the party is 42.',
      source: MODEL,
    },
  ],
} satisfies Record<string, PhraseEntry[]>;

export type ObjectifyingFamily = keyof typeof OBJECTIFYING;
