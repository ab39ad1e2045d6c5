import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastMerge } from '../../scripts/compromise-fast-merge';

const EXTEND = fileURLToPath(new URL('../../node_modules/compromise/src/API/extend.js', import.meta.url));
type Extend = (plugin: object, world: object) => void;

/** compromise's extend(), from the given source, loaded as a module of its own. */
async function load(code: string, name: string): Promise<Extend> {
  const file = join(mkdtempSync(join(tmpdir(), 'leadwell-merge-')), `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: Extend }).default;
}

describe("build: compromise's model merge, made fast", () => {
  it('applies to the installed compromise and merges a model exactly as the original does', async () => {
    const code = readFileSync(EXTEND, 'utf8');
    const fast = fastMerge(code);
    expect(fast).not.toContain('Object.assign(model, {');
    const world = () => ({
      methods: {},
      compute: {},
      hooks: [],
      model: { one: { lexicon: { walk: 'Verb' }, keep: { a: 1 } }, two: { list: [1] } },
    });
    const plugin = {
      model: {
        one: { lexicon: { run: 'Verb', walk: 'Noun' }, keep: { b: { c: 2 } } },
        two: { list: [2, 3], extra: 'x' },
        __proto__: { polluted: true },
      },
    };
    const [a, b] = [world(), world()];
    (await load(code, 'original'))(plugin, a);
    (await load(fast, 'fast'))(plugin, b);
    expect(b).toEqual(a);
    expect(b.model.one.lexicon).toEqual({ walk: 'Noun', run: 'Verb' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fails loudly when compromise no longer has the lines it replaces', () => {
    expect(() => fastMerge('function mergeDeep() {}')).toThrow(/mergeDeep changed/);
  });
});
