import { describe, expect, it } from 'vitest';
import { PHRASE_DATA } from './index';
import { entryRegExp, PARTS, phraseTable, warmPhraseTables, type PhraseEntry } from './phrases';

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
  it('matches through emphasis markers and maps the hit back to the original offsets', () => {
    const text = 'As said *once again*, per my _last_ email.';
    expect(table.all(text)).toEqual([
      { id: 'b', start: 9, end: 19 },
      { id: 'a', start: 22, end: 41 },
    ]);
    // Not emphasis: inside a word, or an operator between spaces.
    expect(table.test('per_my last email')).toBe(false);
    expect(table.test('x = once * again')).toBe(false);
  });
  it('rejects unknown parts and duplicate ids at load', () => {
    expect(() =>
      phraseTable([{ id: 'x', pattern: '{nope}', example: '', nearMiss: '', source: '' }]),
    ).toThrow(/nope/);
    const e = { id: 'x', pattern: 'a', example: '', nearMiss: '', source: '' };
    expect(() => phraseTable([e, e])).toThrow(/duplicate/);
  });
});

describe('warmPhraseTables', () => {
  it('warms one table per call past its deadline, until none is left, and a warmed table matches the same', () => {
    warmPhraseTables(); // the tables created so far
    const entries = [
      { id: 'asap', pattern: '\\basap\\b', example: 'ASAP', nearMiss: 'wasp', source: 'test' },
    ];
    const a = phraseTable(entries);
    const b = phraseTable(entries);
    expect(warmPhraseTables(0)).toBe(false); // a, and b still cold
    expect(warmPhraseTables(0)).toBe(true);
    expect(warmPhraseTables(0)).toBe(true);
    for (const t of [a, b])
      expect(t.all('Send it ASAP, asap.')).toEqual([
        { id: 'asap', start: 8, end: 12 },
        { id: 'asap', start: 14, end: 18 },
      ]);
  });
});

// A long table is compiled in parts (to keep each compile short); its hits must be those of the one
// alternation of all its entries, the way it was matched before: same entry, same offsets, same order.
describe('a table compiled in parts', () => {
  const texts = Object.values(PHRASE_DATA).flatMap((entries) =>
    entries.flatMap((e) => [e.example, e.nearMiss, `${e.nearMiss} ${e.example} ${e.example}`]),
  );
  const expand = (p: string) => p.replace(/\{(\w+)\}/g, (_, n: string) => PARTS[n]!);
  it.each(Object.entries(PHRASE_DATA) as Array<[string, PhraseEntry[]]>)('%s', (_, entries) => {
    const one = new RegExp(entries.map((e, i) => `(?<p${i}>${expand(e.pattern)})`).join('|'), 'gi');
    const reference = (text: string) => {
      const out: Array<{ id: string; start: number; end: number }> = [];
      one.lastIndex = 0;
      for (let m = one.exec(text); m; m = one.exec(text)) {
        if (m[0] === '') {
          one.lastIndex++;
          continue;
        }
        const i = entries.findIndex((_, k) => m!.groups?.[`p${k}`] !== undefined);
        out.push({ id: entries[i]!.id, start: m.index, end: m.index + m[0].length });
      }
      return out;
    };
    const table = phraseTable(entries);
    for (const text of texts) {
      const want = reference(text);
      expect(table.all(text), text).toEqual(want);
      expect(table.first(text), text).toEqual(want[0]);
      expect(table.test(text), text).toBe(want.length > 0 || one.test(text));
    }
  });
});
