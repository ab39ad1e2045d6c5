import { describe, expect, it } from 'vitest';
import { calm } from './transforms';

// Shouting is lowercased; acronyms and names in capitals keep their case (the rewrite lint counts them).
describe('calm', () => {
  it.each([
    ['This is URGENT!!', 'This is urgent!'],
    ['NEVER do that again', 'never do that again'],
    ['STOP SENDING ME THESE', 'stop sending me these'],
    ['Delete your answer to the TAOCP question?', 'Delete your answer to the TAOCP question?'],
    ['Is NASDAQ open today?', 'Is NASDAQ open today?'],
    ['The CQC visit is on Monday.', 'The CQC visit is on Monday.'],
    ['Why?!', 'Why?'],
    ['Why not use the DEBUG flag directly?', 'Why not use the DEBUG flag directly?'],
    ['No access to the ESRI REST server.', 'No access to the ESRI REST server.'],
    ["DON'T BE LATE AGAIN.", "don't be late again."],
    ['Please STOP, because it is late.', 'Please stop, because it is late.'],
    ['Could you send the report NOW?', 'Could you send the report now?'],
    ['Could you set DEBUG to 1?', 'Could you set DEBUG to 1?'],
    [
      'There is no such thing as POST and GET variables.',
      'There is no such thing as POST and GET variables.',
    ],
  ])('%s → %s', (input, expected) => {
    expect(calm(input)).toBe(expected);
  });
});
