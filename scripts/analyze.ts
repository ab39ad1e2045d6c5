// The command-line analyser (see ../shared/testing-contract.md):
//   analyze [FILE|-]        the analysis for a person
//   analyze --json [FILE]   the same analysis as one JSON object
//   analyze --jsonl         batch: {"id","text"} lines on stdin → one result line each, same order
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { analyse, RULE_INFO, type Analysis, type Finding } from '../lib/analysis/index.ts';
import { rewriteMessage } from '../lib/analysis/rewrite/message.ts';

const USAGE = `Usage: npm run -s analyze -- [options] [FILE]

Analyses a draft the way the Leadwell extension does and prints its label,
balance score and each finding with its sentence, explanation and rewrites.
FILE "-" or no FILE reads standard input.

Options:
  --json      print the analysis as one JSON object
  --jsonl     batch mode: read {"id","text"} lines on stdin, write one
              {"id","label","score","findings":[...],"rewrite"} line per input, same order
  --rewrite   print the whole message rewritten: each flagged sentence once, slots as [like this]
  -h, --help  show this help

Exit status: 0 on success, 2 on bad usage or an unreadable file.`;

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

function readInput(file: string): string {
  try {
    // npm runs scripts from the project root; INIT_CWD is where the person typed the command.
    return readFileSync(file === '-' ? 0 : resolve(process.env.INIT_CWD ?? '.', file), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${why}`);
  }
}

// ---- human output -------------------------------------------------------------------------

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');
const under = paint('4');
const SEVERITY_PAINT = { hint: paint('36'), warning: paint('33'), alert: paint('31') } as const;
/** What each label means (coaching-model.md, "Message level"). */
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

function formatHuman(text: string, a: Analysis): string {
  const out: string[] = [];
  const count = `${a.findings.length} finding${a.findings.length === 1 ? '' : 's'}`;
  out.push(
    `${bold(LABEL_PAINT[a.label](a.label))}  score ${bold(String(a.score))}/100  ${count}  ${a.words} words`,
  );
  const cues = Object.entries(a.cues)
    .filter(([, on]) => on)
    .map(([cue]) => cue);
  out.push(dim(`${LABEL_GLOSS[a.label]}; cues: ${cues.length ? cues.join(', ') : 'none'}`));
  if (a.notice) out.push(a.notice);
  if (a.partial) out.push(dim('(time budget ran out: only part of the text was analysed)'));
  a.findings.forEach((f, i) => {
    const info = RULE_INFO[f.rule];
    const { before, flagged, after } = sentenceAround(text, f);
    out.push('');
    out.push(`${i + 1}. ${bold(info.title)} ${SEVERITY_PAINT[f.severity](`[${f.rule}, ${f.severity}]`)}`);
    out.push(`   ${before}${under(flagged)}${after}`.replace(/\n/g, ' '));
    // Without colour the underline is lost, so say which words were flagged.
    if (!colour && (before || after)) out.push(`   flagged: "${flagged}"`);
    out.push(`   ${f.message}`);
    for (const rw of f.rewrites) out.push(`   → ${rw}`);
  });
  return out.join('\n') + '\n';
}

// ---- batch output -------------------------------------------------------------------------

function batchResult(id: unknown, text: string) {
  const a = analyse(text);
  return {
    id,
    label: a.label,
    score: a.score,
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

/** Reads {"id","text"} lines; a bad line gets an error line on stderr and an {"id","error"} result. */
async function runJsonl(): Promise<void> {
  let lineNo = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) process.stdout.write(pending.join(''));
    pending = [];
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    let result: object;
    try {
      const item: unknown = JSON.parse(line);
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw new Error('not a JSON object');
      id = 'id' in item ? item.id : null;
      if (!('text' in item) || typeof item.text !== 'string') throw new Error('"text" must be a string');
      result = batchResult(id, item.text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`analyze: line ${lineNo}: ${message}\n`);
      result = { id, error: message };
    }
    pending.push(JSON.stringify(result) + '\n');
    if (pending.length >= 200) flush();
  }
  flush();
}

async function main(): Promise<void> {
  // `analyze … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const opts = parseArgs(process.argv.slice(2));
  if (opts === 'help') {
    console.log(USAGE);
    return;
  }
  if (opts.mode === 'jsonl') return runJsonl();
  const text = readInput(opts.file);
  const analysis = analyse(text);
  // The draft itself when nothing needs a rewrite: what to send as it stands.
  if (opts.mode === 'rewrite') return void process.stdout.write(rewriteMessage(text, analysis) ?? text);
  process.stdout.write(
    opts.mode === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : formatHuman(text, analysis),
  );
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`analyze: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
});
