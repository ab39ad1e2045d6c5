// The command-line analyser (the README's "The analyser from the command line"):
//   analyze [FILE|-]        the analysis for a person
//   analyze --json [FILE]   the same analysis as one JSON object
//   analyze --jsonl         batch: {"id","text"} lines on stdin → one result line each, same order
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { analyse, RULE_INFO, type Analysis, type Finding } from '../lib/analysis/index.ts';
import { notTextReason } from '../lib/analysis/language.ts';
import { rewriteMessage } from '../lib/analysis/rewrite/message.ts';

const USAGE = `Usage: npm run -s analyze -- [options] [FILE]

Analyses a draft the way the Leadwell extension does and prints its label,
balance score and each finding with its sentence, explanation and rewrites.
FILE "-" or no FILE reads standard input.

Options:
  --json      print the analysis as one JSON object
  --jsonl     batch mode: read {"id","text"} lines on stdin, write one
              {"id","label","score","findings":[...],"partial","language","covered","rewrite"}
              line per input, same order; a bad line gets {"id","error"}
  --rewrite   print the whole message rewritten: each flagged sentence once, slots as [like this]
  -h, --help  show this help

A very long draft is analysed from its start for as long as the time budget
(2 s) allows; the output says how many characters that covered. A draft that
is not English gets no label and no score.

Exit status: 0 on success; 1 when any --jsonl line failed; 2 on bad usage,
an unreadable file or input that is not text.`;

/** Thrown for problems the person can fix; printed without a stack trace, exit 2. */
class UsageError extends Error {}

interface Options {
  mode: 'human' | 'json' | 'jsonl' | 'rewrite';
  file: string;
}

function parseArgs(args: string[]): Options | 'help' {
  let mode: Options['mode'] = 'human';
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') mode = 'json';
    else if (arg === '--jsonl') mode = 'jsonl';
    else if (arg === '--rewrite') mode = 'rewrite';
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (see --help)`);
    else files.push(arg);
  }
  if (files.length > 1) throw new UsageError('give at most one FILE (see --help)');
  if (mode === 'jsonl' && files.length) throw new UsageError('--jsonl reads standard input; drop the FILE');
  return { mode, file: files[0] ?? '-' };
}

/** Control characters and undecodable bytes as escapes: no message writes raw bytes to a terminal. */
const printable = (s: string) =>
  s.replace(/\p{Cc}|\uFFFD|\p{Cs}/gu, (c) =>
    c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function readInput(file: string): string {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    // npm runs scripts from the project root; INIT_CWD is where the person typed the command.
    text = readFileSync(file === '-' ? 0 : resolve(process.env.INIT_CWD ?? '.', file), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`cannot read ${name}: ${why}`);
  }
  const notText = notTextReason(text);
  if (notText) throw new UsageError(`${name} is not text (${notText}); give a plain-text draft`);
  return text;
}

/** The analysis as JSON: a draft that is not English has no label and no score. */
function forJson(a: Analysis) {
  return a.language === 'other' ? { ...a, label: null, score: null } : a;
}

// ---- human output -------------------------------------------------------------------------

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');
const under = paint('4');
const SEVERITY_PAINT = { hint: paint('36'), warning: paint('33'), alert: paint('31') } as const;
/** What each label means (docs/coaching-model.md, "Message level"). */
const LABEL_GLOSS = {
  'no-ask': 'nothing is asked or decided',
  'people-aware': 'asks, and explains why or invites a reply',
  'process-only': 'asks, but neither explains nor invites, or dismisses the reader',
} as const;
const LABEL_PAINT = {
  'no-ask': paint('34'),
  'people-aware': paint('32'),
  'process-only': paint('33'),
} as const;

/** The sentence around a finding: from the previous sentence end (or line break) to the next one. */
function sentenceAround(text: string, f: Finding): { before: string; flagged: string; after: string } {
  let s = f.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = f.end;
  while (e < text.length && !/[.!?\n]/.test(text[e - 1] ?? '')) e++;
  while (e < text.length && /[.!?"')\]]/.test(text[e]!)) e++; // keep "?!" and closing quotes
  return {
    before: text.slice(s, f.start).trimStart(),
    flagged: text.slice(f.start, f.end),
    after: text.slice(f.end, e).trimEnd(),
  };
}

const number = (n: number) => n.toLocaleString('en-US');

function formatHuman(text: string, a: Analysis): string {
  const out: string[] = [];
  if (a.language === 'other') {
    // No label or score: the rules only read English, so any figure would be a guess.
    out.push(`${bold('not English')}  no label, no score  ${number(a.words)} words`);
    if (a.notice) out.push(a.notice);
    return out.join('\n') + '\n';
  }
  const count = `${a.findings.length} finding${a.findings.length === 1 ? '' : 's'}`;
  out.push(
    `${bold(LABEL_PAINT[a.label](a.label))}  score ${bold(String(a.score))}/100  ${count}  ${number(a.words)} words`,
  );
  const cues = Object.entries(a.cues)
    .filter(([, on]) => on)
    .map(([cue]) => cue);
  out.push(dim(`${LABEL_GLOSS[a.label]}; cues: ${cues.length ? cues.join(', ') : 'none'}`));
  if (a.notice) out.push(a.notice);
  if (a.partial) {
    const share = ((100 * a.covered) / Math.max(1, text.length)).toFixed(1);
    out.push(
      `Only the start was analysed before the time budget ran out: characters 1–${number(a.covered)} ` +
        `of ${number(text.length)} (${share}%); the label, score and findings are for that part.`,
    );
  }
  // One entry per flagged sentence: its findings share one span and one rewrite.
  const entries = a.findings.filter(
    (f, i, all) => all.findIndex((g) => g.start === f.start && g.end === f.end) === i,
  );
  entries.forEach((f, i) => {
    const info = RULE_INFO[f.rule];
    const more = (f.problems ?? []).filter((r) => r !== f.rule).map((r) => RULE_INFO[r]?.title ?? r);
    const { before, flagged, after } = sentenceAround(text, f);
    out.push('');
    const title = [info.title, ...more].join(' · ');
    out.push(`${i + 1}. ${bold(title)} ${SEVERITY_PAINT[f.severity](`[${f.rule}, ${f.severity}]`)}`);
    out.push(`   ${before}${under(flagged)}${after}`.replace(/\n/g, ' '));
    // Without colour the underline is lost, so say which words were flagged.
    if (!colour && (before || after)) out.push(`   flagged: "${flagged}"`);
    out.push(`   ${f.message}`);
    for (const rw of f.rewrites) out.push(`   → ${rw}`);
  });
  return out.join('\n') + '\n';
}

// ---- batch output -------------------------------------------------------------------------

function batchResult(id: string | number, text: string) {
  const a = analyse(text);
  const { label, score } = forJson(a);
  return {
    id,
    label,
    score,
    partial: a.partial,
    language: a.language,
    covered: a.covered,
    findings: a.findings.map(({ rule, start, end, severity, message, rewrites }) => ({
      rule,
      start,
      end,
      severity,
      message,
      rewrites,
    })),
    rewrite: rewriteMessage(text, a),
  };
}

/** Thrown for a bad input line: it gets an {"id","error"} result and the batch goes on. */
class LineError extends Error {}

function parseLine(line: string): { id: string | number; text: string } {
  const notText = notTextReason(line);
  if (notText) throw new LineError(`not text (${notText})`);
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {
    // JSON.parse's own message quotes the input; say what is wrong without echoing it.
    throw new LineError('not valid JSON (want {"id","text"})');
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw new LineError('not a JSON object');
  const { id, text } = item as { id?: unknown; text?: unknown };
  if (id === undefined) throw new LineError('missing "id"');
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new LineError('"id" must be a string or a number');
  if (typeof text !== 'string') throw new LineError('"text" must be a string');
  const textNotText = notTextReason(text);
  if (textNotText) throw new LineError(`"text" is not text (${textNotText})`);
  return { id, text };
}

/** The id of a bad line when it has a usable one (so the caller can match the error), else null. */
function idOf(line: string): string | number | null {
  try {
    const id: unknown = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Reads {"id","text"} lines; a bad line gets an error line on stderr and an {"id","error"} result.
 * Returns the exit status: 1 when any line failed, after saying how many on stderr.
 */
async function runJsonl(): Promise<number> {
  let lineNo = 0;
  let lines = 0;
  let failed = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) process.stdout.write(pending.join(''));
    pending = [];
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    lines++;
    let result: object;
    try {
      const { id, text } = parseLine(line);
      result = batchResult(id, text);
    } catch (e) {
      failed++;
      const message = printable(e instanceof Error ? e.message : String(e));
      process.stderr.write(`analyze: line ${lineNo}: ${message}\n`);
      result = { id: idOf(line), error: message };
    }
    pending.push(JSON.stringify(result) + '\n');
    if (pending.length >= 200) flush();
  }
  flush();
  if (failed) process.stderr.write(`analyze: ${failed} of ${lines} line${lines === 1 ? '' : 's'} failed\n`);
  return failed ? 1 : 0;
}

async function main(): Promise<void> {
  // `analyze … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const opts = parseArgs(process.argv.slice(2));
  if (opts === 'help') {
    console.log(USAGE);
    return;
  }
  if (opts.mode === 'jsonl') {
    process.exitCode = await runJsonl();
    return;
  }
  const text = readInput(opts.file);
  const analysis = analyse(text);
  // The draft itself when nothing needs a rewrite: what to send as it stands.
  if (opts.mode === 'rewrite') return void process.stdout.write(rewriteMessage(text, analysis) ?? text);
  process.stdout.write(
    opts.mode === 'json' ? JSON.stringify(forJson(analysis), null, 2) + '\n' : formatHuman(text, analysis),
  );
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`analyze: ${printable(e.message)}\n`);
    process.exit(2);
  }
  throw e;
});
