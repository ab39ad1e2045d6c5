/**
 * Splits a (masked) draft into sentences with offsets. Chat style is common — lowercase starts,
 * no final stop, one thought per line — so line breaks end sentences unless a line is a hard wrap.
 */
import { TABLES } from '../patterns';

export interface Sentence {
  /** Offsets into the draft. */
  start: number;
  end: number;
  /** The masked text of the sentence (same length as end - start). */
  text: string;
  /** Greeting or sign-off lines: never checked for requests, still read for cues like thanks. */
  frame: boolean;
}

/** Titles never end a sentence ("Dr. Kim"). */
const TITLES = new Set('mr mrs ms dr st jr sr prof mt ft'.split(' '));
/** Other abbreviations end one only when a capital follows ("… etc. The next"). */
const ABBREVIATIONS = new Set(
  (
    'vs etc e.g i.e eg ie approx inc ltd co no nos dept fig jan feb mar apr jun jul aug sep sept oct nov ' +
    'dec mon tue tues wed thu thur thurs fri sat sun a.m p.m ext tel'
  ).split(' '),
);

const GREETING = TABLES['frame/greeting'];
const VOCATIVE = /^(?:[A-Z][\w.'’-]*\s?){1,3}(?:[a-z]+\s?)?[,:]$/;
const SIGN_OFF = TABLES['frame/sign-off'];

/** Line-level units: [start, end) of each non-blank line, with whether it is a greeting/sign-off. */
function lines(text: string): Array<{ start: number; end: number; frame: boolean }> {
  const out: Array<{ start: number; end: number; frame: boolean }> = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: pos + lead, end: pos + lead + body.length, frame: false });
    pos += raw.length + 1;
  }
  if (!out.length) return out;
  const at = (i: number) => text.slice(out[i]!.start, out[i]!.end);
  const first = out[0]!;
  // A greeting, or a first line that only names who is addressed ("Nurse Kowalski,", "Team leaders,").
  if (out.length > 1 && (GREETING.test(at(0)) || VOCATIVE.test(at(0)))) first.frame = true;
  // A sign-off line near the end: it and every short line after it (name, title) are frame.
  for (let i = Math.max(1, out.length - 4); i < out.length; i++) {
    if (SIGN_OFF.test(at(i)) && out.slice(i + 1).every((_, j) => at(i + 1 + j).split(/\s+/).length <= 5)) {
      for (let j = i; j < out.length; j++) out[j]!.frame = true;
      break;
    }
  }
  // A bare name closing a message ("Luca", "Dr. Kim", "Linda Park") after a blank line.
  const last = out[out.length - 1]!;
  if (out.length > 1 && !last.frame && /^(?:[A-Z][\w.'-]*\s?){1,3}$/.test(at(out.length - 1))) {
    const gap = text.slice(out[out.length - 2]!.end, last.start);
    if (gap.includes('\n\n') || /^(?:[A-Z][\w.'-]*\s?){1,3}$/.test(at(out.length - 2))) last.frame = true;
  }
  return out;
}

/** Sentence boundaries inside one line. */
function splitLine(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  const re = /[.!?…]+["')\]*_]*(?=\s)|[.!?…]+["')\]*_]*$/g;
  re.lastIndex = 0;
  const line = text.slice(start, end);
  for (const m of line.matchAll(re)) {
    const stop = start + m.index + m[0].length;
    if (m[0] === '.') {
      // Only the last few characters matter (and a $-anchored scan of a long run would be quadratic).
      const tail = text.slice(Math.max(s, start + m.index - 12), start + m.index);
      const word = /([A-Za-z.]+)$/.exec(tail)?.[1]?.toLowerCase() ?? '';
      const next = text.slice(stop).trimStart()[0] ?? '';
      if (TITLES.has(word) || /^[a-z]$/i.test(word)) continue;
      if (ABBREVIATIONS.has(word) && !/\p{Lu}/u.test(next)) continue;
    }
    // "simply n! (if n is…)": a factorial, not an exclamation.
    if (
      m[0] === '!' &&
      /(?:^|[\s(=*+])[a-z0-9]$/.test(text.slice(start, start + m.index)) &&
      /^\s*[(=+*/]/.test(text.slice(stop, end))
    )
      continue;
    // A quotation's own full stop before a lower-case word ("rename it to "Final report." before Friday").
    if (/["”’']$/.test(m[0]) && /^\s*\p{Ll}/u.test(text.slice(stop, end))) continue;
    // A trailing-off "…" before a lower-case word goes on ("create every plane… is that right?").
    if (/^(?:\.{2,}|…)$/.test(m[0]) && /^\s*\p{Ll}/u.test(text.slice(stop, end))) continue;
    if (stop > s) out.push([s, stop]);
    s = stop;
  }
  if (s < end) out.push([s, end]);
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines(text)) {
    for (const [a, b] of splitLine(text, line.start, line.end)) {
      const raw = text.slice(a, b);
      // List bullets ("- ", "• ", "2. ") are not part of the sentence, nor the colon after a masked
      // mention ("@Sam: Can you…").
      const lead = /^\s*(?:[:;,]\s+)?(?:[-*•·‣◦–—]\s+|\d{1,2}[.)]\s+)?/.exec(raw)![0].length;
      const body = raw.slice(lead).trimEnd();
      if (!body || !/[\p{L}\p{N}]/u.test(body)) continue;
      out.push({ start: a + lead, end: a + lead + body.length, text: body, frame: line.frame });
    }
  }
  return out;
}
