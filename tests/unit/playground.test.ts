// `npm start` on a machine without Chromium: what is missing and the command that installs it, no stack trace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const check = (chromium: string) =>
  spawnSync('npx', ['tsx', 'scripts/playground.ts', '--check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: chromium },
    timeout: 60_000,
  });

describe('npm start without Chromium', { timeout: 120_000 }, () => {
  it('says what is missing and how to install it, and exits non-zero', () => {
    const run = check('/nonexistent/chromium');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs Chromium at /nonexistent/chromium');
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('passes the check when the browser is there', () => {
    const run = check(process.execPath); // any existing executable stands in for the check
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
