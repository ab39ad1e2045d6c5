import { describe, expect, it } from 'vitest';
import { PHRASE_DATA } from './index';
import { entryRegExp, phraseTable, type PhraseEntry } from './phrases';

// Every entry of every table: its example matches it, its near miss does not, it names a source, and
// no pattern is a line-long alternation nobody can review.
describe.each(Object.entries(PHRASE_DATA) as Array<[string, PhraseEntry[]]>)(
  'phrase table %s',
  (name, entries) => {
    it('compiles, with unique ids', () => {
      expect(() => phraseTable(entries)).not.toThrow();
    });
    it.each(entries.map((e) => [e.id, e] as const))(
      '%s matches its example and not its near miss',
      (_, e) => {
        const re = entryRegExp(e);
        expect(re.test(e.example), `${name}/${e.id} misses "${e.example}"`).toBe(true);
        expect(re.test(e.nearMiss), `${name}/${e.id} matches near miss "${e.nearMiss}"`).toBe(false);
        expect(e.source.length).toBeGreaterThan(5);
      },
    );
    it('finds each example through the compiled table', () => {
      const table = phraseTable(entries);
      for (const e of entries) expect(table.test(e.example), e.example).toBe(true);
    });
  },
);

describe('phraseTable', () => {
  const table = phraseTable([
    { id: 'a', pattern: '\\bper my last email\\b', example: 'x', nearMiss: 'y', source: 'test' },
    { id: 'b', pattern: '\\bonce again\\b', example: 'x', nearMiss: 'y', source: 'test' },
  ]);
  it('returns every hit with its entry id and offsets', () => {
    const text = 'Per my last email, and once again: Friday.';
    expect(table.all(text)).toEqual([
      { id: 'a', start: 0, end: 17 },
      { id: 'b', start: 23, end: 33 },
    ]);
    expect(table.first(text)?.id).toBe('a');
    expect(table.test('nothing here')).toBe(false);
  });
  it('rejects unknown parts and duplicate ids at load', () => {
    expect(() =>
      phraseTable([{ id: 'x', pattern: '{nope}', example: '', nearMiss: '', source: '' }]),
    ).toThrow(/nope/);
    const e = { id: 'x', pattern: 'a', example: '', nearMiss: '', source: '' };
    expect(() => phraseTable([e, e])).toThrow(/duplicate/);
  });
});
