// The CLI as the testing contract states it: `npm run -s analyze -- …`, spawned for real.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, LABELS, RULE_INFO } from '../../lib/analysis';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'leadwell-cli-'));
const DRAFT =
  'Hi Sam,\n\nSend me the report by Friday.\n\nPer my last email, the deadline is Friday.\n\nAlex\n';
const draftFile = join(dir, 'draft.txt');
writeFileSync(draftFile, DRAFT);

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...base } = process.env;
  const run = spawnSync('npm', ['run', '-s', 'analyze', '--', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const rulesOf = (findings: { rule: string }[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('analyze CLI', { timeout: 120_000 }, () => {
  const expected = analyse(DRAFT);

  it('finds the order and the scolding phrase in the sample draft', () => {
    expect(rulesOf(expected.findings)).toEqual(['bare-command', 'passive-aggressive']);
  });

  it.each([
    ['a file', [draftFile], ''],
    ['stdin with -', ['-'], DRAFT],
    ['stdin with no FILE', [], DRAFT],
  ])('prints the analysis for a person from %s', (_what, args, input) => {
    const { code, stdout } = cli(args, input);
    expect(code).toBe(0);
    expect(stdout).toContain(expected.label);
    expect(stdout).toContain(`score ${expected.score}/100`);
    expect(stdout).not.toContain('\x1b['); // not a terminal: no colour
    for (const f of expected.findings) {
      expect(stdout).toContain(RULE_INFO[f.rule].title);
      expect(stdout).toContain(f.message);
      expect(stdout).toContain(f.text);
      for (const rw of f.rewrites) expect(stdout).toContain(rw);
    }
  });

  it('prints the sentence around each finding', () => {
    const { stdout } = cli([draftFile]);
    // The whole sentence, not just the flagged words, appears under the finding's title.
    const title = stdout.indexOf(RULE_INFO['passive-aggressive'].title);
    expect(title).toBeGreaterThan(0);
    expect(stdout.slice(title)).toContain('Per my last email, the deadline is Friday.');
  });

  it.each([
    ['colours a terminal', {}, true],
    ['respects NO_COLOR on a terminal', { NO_COLOR: '1' }, false],
  ])('%s', (_what, env, coloured) => {
    // `script` gives the child a pseudo-terminal as stdout.
    const run = spawnSync('script', ['-qec', `npm run -s analyze -- '${draftFile}'`, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env },
      timeout: 30_000,
    });
    if (run.error) return; // no `script` here: nothing to check
    expect(run.stdout).toContain(expected.label);
    expect(run.stdout.includes('\x1b[')).toBe(coloured);
  });

  it('--json prints the same analysis as one JSON object', () => {
    const { code, stdout } = cli(['--json', draftFile]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--jsonl answers every line in order, with UTF-16 offsets, and reports bad lines without stopping', () => {
    const items = [
      { id: 'plain', text: 'Send me the report by Friday.' },
      { id: 'emoji', text: '🚚🔥 Per my last email, the deadline is Friday.' },
      { id: 7, text: 'Thanks for staying late yesterday, it made the launch.' },
    ];
    const lines = [
      JSON.stringify(items[0]),
      '{"id":"broken", "text": ',
      JSON.stringify(items[1]),
      '{"id":"no-text"}',
    ];
    const { code, stdout, stderr } = cli(
      ['--jsonl'],
      [...lines, '', JSON.stringify(items[2])].join('\n') + '\n',
    );
    // Two of the five lines failed: the batch goes on, then exits non-zero and says how many.
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 of 5 lines failed/);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual(['plain', null, 'emoji', 'no-text', 7]);
    expect(out[1].error).toEqual(expect.any(String));
    expect(out[3].error).toContain('text');
    expect(stderr).toMatch(/line 2\b/);
    expect(stderr).toMatch(/line 4\b/);
    for (const i of [0, 2, 4]) {
      expect(out[i]).toMatchObject({ partial: false, language: 'en', covered: expect.any(Number) });
      expect(out[i]).toHaveProperty('rewrite');
    }

    for (const [item, result] of [
      [items[0]!, out[0]],
      [items[1]!, out[2]],
      [items[2]!, out[4]],
    ] as const) {
      const want = analyse(item.text);
      expect(LABELS).toContain(result.label);
      expect(result).toMatchObject({ label: want.label, score: want.score });
      expect(result.findings).toEqual(
        want.findings.map(({ rule, start, end, severity, message, rewrites }) => ({
          rule,
          start,
          end,
          severity,
          message,
          rewrites,
        })),
      );
      for (const f of want.findings) expect(item.text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(rulesOf(out[0].findings)).toContain('bare-command');
    expect(rulesOf(out[2].findings)).toEqual(['passive-aggressive']);
    expect(out[4].findings).toEqual([]);
  });

  it('--jsonl exits 0 when every line is good', () => {
    const { code, stderr } = cli(['--jsonl'], '{"id":"a","text":"Thanks for the help."}\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it.each([
    ['no id', '{"text":"Send it."}', /missing "id"/],
    ['a null id', '{"id":null,"text":"Send it."}', /"id" must be a string or a number/],
    ['an object id', '{"id":{"a":1},"text":"Send it."}', /"id" must be a string or a number/],
  ])('--jsonl treats a line with %s as an error', (_what, line, message) => {
    const { code, stdout, stderr } = cli(['--jsonl'], line + '\n');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out).toEqual({ id: null, error: expect.stringMatching(message) });
    expect(stderr).toMatch(/line 1: /);
    expect(stderr).toMatch(/1 of 1 line failed/);
  });

  it('--jsonl says a line is not text without echoing its bytes', () => {
    const binary = Buffer.from([0x7b, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x07, 0x0a]).toString(
      'latin1',
    );
    const controls = '{"id":"c","text":"Send \\u001b[2J it\\u0007\\u0000."}';
    const { code, stdout, stderr } = cli(['--jsonl'], `${binary}${controls}\n`);
    expect(code).toBe(1);
    // Neither stream carries a control character other than the line breaks.
    expect((stdout + stderr).replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      { id: null, error: expect.stringMatching(/^not text/) },
      { id: 'c', error: expect.stringMatching(/"text" is not text/) },
    ]);
  });

  it('exits 2 on a binary file, saying it is not text and printing none of its bytes', () => {
    const file = join(dir, 'image.bin');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    for (const args of [[file], ['--json', file]]) {
      const { code, stdout, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/image\.bin is not text/);
      expect(stderr.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\uFFFD]/u);
    }
  });

  it('gives a draft that is not English no label and no score', () => {
    const spanish = 'Hola equipo, necesito que terminen el informe para el viernes sin falta, por favor.';
    const human = cli([], spanish);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/not English/);
    expect(human.stdout).not.toMatch(/\/100|no-ask|people-aware|process-only/);
    const json = JSON.parse(cli(['--json'], spanish).stdout);
    expect(json).toMatchObject({ language: 'other', label: null, score: null, findings: [] });
    const line = JSON.parse(cli(['--jsonl'], JSON.stringify({ id: 'es', text: spanish }) + '\n').stdout);
    expect(line).toMatchObject({ id: 'es', language: 'other', label: null, score: null, partial: false });
  });

  it('analyses the start of a 2 MB draft and says exactly how much it covered', () => {
    const file = join(dir, 'export.txt');
    const text = Array.from(
      { length: 25_000 },
      (_, i) => `@sam${i} please send me report ${i} from https://example.com/r/${i} by Friday.\n`,
    ).join('');
    writeFileSync(file, text);
    const human = cli([file]);
    expect(human.code).toBe(0);
    const words = Number(/([\d,]+) words/.exec(human.stdout)![1]!.replace(/,/g, ''));
    expect(words).toBeGreaterThan(0);
    const covered = /characters 1–([\d,]+) of ([\d,]+) \(/.exec(human.stdout);
    expect(covered, human.stdout).not.toBeNull();
    expect(Number(covered![2]!.replace(/,/g, ''))).toBe(text.length);
    const json = JSON.parse(cli(['--json', file]).stdout);
    expect(json.partial).toBe(true);
    expect(json.covered).toBeGreaterThan(0);
    expect(json.covered).toBeLessThan(text.length);
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', [join(dir, 'nope.txt')], /cannot read .*nope\.txt: no such file/],
    ['a directory', [dir], /cannot read .*is a directory/],
    ['an unknown option', ['--colour'], /unknown option --colour/],
  ])('exits 2 with a clear error on %s', (_what, args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('--help explains the modes', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const word of ['Usage', '--json', '--jsonl', 'FILE']) expect(stdout).toContain(word);
  });
});
