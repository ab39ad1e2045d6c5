import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Issue 12: no source line in lib/ or entrypoints/ is longer than this many characters. */
const MAX = 160;
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('source line length', () => {
  it(`keeps every .ts line in lib/ and entrypoints/ at ${MAX} characters or fewer`, () => {
    const files = execFileSync('git', ['ls-files', 'lib', 'entrypoints'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && existsSync(join(root, f)));
    expect(files.length).toBeGreaterThan(0);
    const long: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          const length = [...line].length; // characters, not UTF-16 units
          if (length > MAX) long.push(`${file}:${i + 1} (${length})`);
        });
    }
    expect(long).toEqual([]);
  });
});
