import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripEntryDocs } from '../../scripts/strip-entry-docs';

const DATA = fileURLToPath(new URL('../../lib/analysis/data/', import.meta.url));
const files = readdirSync(DATA).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('build: the coaching data ships without its examples and sources', () => {
  it.each(files)('%s keeps every id and pattern, and nothing else of an entry', (f) => {
    const code = readFileSync(DATA + f, 'utf8');
    const out = stripEntryDocs(code, f);
    const ids = (s: string) => [...s.matchAll(/\bid: ['"]([\w-]+)['"]/g)].map((m) => m[1]);
    expect(ids(out)).toEqual(ids(code));
    expect(out.match(/\bpattern:/g)?.length ?? 0).toBe(code.match(/\bpattern:/g)?.length ?? 0);
    expect(out).not.toMatch(/\b(?:example|nearMiss|source):/);
    expect(out.length).toBeLessThan(code.length);
  });
});
