/**
 * Frame lines (coaching-model.md: greetings and sign-offs are never checked for requests): a greeting opens
 * the message, a sign-off closes it. Each pattern is a whole line.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, frame lines; dev data shape';

export const GREETINGS: PhraseEntry[] = [
  {
    id: 'hello',
    pattern:
      '^(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|morning|greetings|hiya|' +
      'yo)\\b[^.!?\\n]{0,60}[,!:]?$',
    example: 'Hi Sam,',
    nearMiss: 'High priority: the audit is on Monday.',
    source: MODEL,
  },
  {
    id: 'team',
    pattern: "^(?:all|team|folks|everyone|everybody|guys|y'all|hi all)[,:!]?$",
    example: 'Team,',
    nearMiss: 'Team meeting at 3 today.',
    source: MODEL,
  },
];

export const SIGN_OFFS: PhraseEntry[] = [
  {
    id: 'thanks',
    pattern: '^(?:thanks|thank you|thanks again|many thanks|thx|ty|with thanks|ta)\\b[^.!?\\n]{0,20}[,!.]?$',
    example: 'Thanks again,',
    nearMiss: 'Thanks for covering Saturday, it made a real difference to the whole team.',
    source: MODEL,
  },
  {
    id: 'regards',
    pattern:
      '^(?:best|best wishes|all the best|regards|kind regards|warm regards|best regards|warmly|cheers|' +
      'sincerely|yours)\\b[^.!?\\n]{0,20}[,!.]?$',
    example: 'Kind regards,',
    nearMiss: 'Best practice is to log every call before you leave.',
    source: MODEL,
  },
  {
    id: 'see-you',
    pattern: '^(?:talk soon|take care|speak soon|love)\\b[^.!?\\n]{0,20}[,!.]?$',
    example: 'Talk soon!',
    nearMiss: 'Take care when lifting the boxes in the loading bay.',
    source: MODEL,
  },
  {
    id: 'have-a-nice-day',
    pattern:
      '^(?:have a (?:great|good|nice|lovely) (?:day|weekend|week|evening|one))\\b[^.!?\\n]{0,20}[,!.]?$',
    example: 'Have a great weekend!',
    nearMiss: 'Have a great time at the conference and send me the notes after.',
    source: MODEL,
  },
];
