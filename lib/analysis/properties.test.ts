import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { analyse, createAnalyser } from './index';

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Drafts built from pieces that exercise every path: orders, quotes, URLs, emoji, RTL marks, markup. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Send me the report by Friday.',
    'You need to fix this ASAP!!',
    'Per my last email, NO EXCUSES.',
    '\n\nOn Mon, Ana wrote:\n> do it now\n',
    '\n-- \nSig',
    'https://example.com/a?b=c',
    '@dana ',
    '👋🏽🎉',
    '\u202e\u200b',
    '<b onclick="x">hi</b>',
    '`code ASAP`',
    'Hi team,\n',
    ' Thanks!\nBest,\nDon',
  ),
);
const draft = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));

describe('engine invariants (property-based)', () => {
  it('never throws; offsets stay inside the text, on code-point boundaries; text matches', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyse(text);
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(isLowSurrogate(text.charCodeAt(f.start))).toBe(false);
          expect(isHighSurrogate(text.charCodeAt(f.end - 1))).toBe(false);
        }
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(analyse(text)).toEqual(analyse(text));
      }),
      { numRuns: 100 },
    );
  });

  it('incremental result equals full re-analysis after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), piece), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const analyser = createAnalyser();
          let text = '';
          for (const [at, del, insert] of edits) {
            const i = text.length ? at % (text.length + 1) : 0;
            text = text.slice(0, i) + insert + text.slice(i + del);
            expect(analyser.update(text)).toEqual(analyse(text));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('survives deeply nested markup and huge single words', () => {
    const nested = '<div>'.repeat(5000) + 'Send it now.' + '</div>'.repeat(5000);
    const word = 'x'.repeat(200_000);
    for (const text of [nested, word, `${word} Send me the report. ${word}`]) {
      expect(() => analyse(text)).not.toThrow();
    }
  });
});

describe('nlp-corpus (50,000 real sentences)', () => {
  // Async, yielding after each document: a minute of synchronous work blocks the test worker's event loop,
  // and vitest's own messages from it time out ("Timeout calling onTaskUpdate", a red run with every test green).
  it('runs through the engine without a crash and reports time per sentence', async () => {
    const require = createRequire(import.meta.url);
    const dir = require
      .resolve('nlp-corpus')
      .replace(/[^/]*$/, '')
      .replace(/(nlp-corpus\/).*$/, '$1builds/');
    let sentences = 0;
    let findings = 0;
    const t0 = performance.now();
    for (let n = 0; ; n++) {
      let doc: string[];
      try {
        doc = JSON.parse(readFileSync(`${dir}doc-${n}.json`, 'utf8')) as string[];
      } catch {
        break;
      }
      for (let i = 0; i < doc.length; i += 5) {
        const a = analyse(doc.slice(i, i + 5).join(' '));
        findings += a.findings.length;
      }
      sentences += doc.length;
      await new Promise((r) => setImmediate(r));
    }
    const ms = performance.now() - t0;
    console.log(
      `nlp-corpus: ${sentences} sentences, ${findings} findings, ${((ms * 1000) / sentences).toFixed(0)} µs/sentence`,
    );
    expect(sentences).toBeGreaterThan(40_000);
  }, 240_000);
});
