/**
 * Masks the parts of a draft that are never analysed — quoted replies, signatures, code, URLs,
 * e-mail addresses, @mentions — without moving any offset: the masked text has the same length
 * (in UTF-16 units) as the original, so every span found in it points into the original text.
 */

export type Range = readonly [start: number, end: number];

const QUOTE_HEADER =
  /^(?:On\b[^\n]{0,200}\bwrote:|-{2,}\s*Original Message\s*-{2,}|_{5,}|From:\s[^\n]+\n(?:[^\n]+\n){0,4}?(?:Sent|Date):)/im;
const SIGNATURE = /^-- ?$/m;
const FENCE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]+`/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const MENTION = /(?<![\w@])@[\w.-]*\w/g;
const QUOTE_LINE = /^[ \t]*>.*$/gm;

/** Ranges of `text` that are skipped entirely (blanked). */
export function skippedRanges(text: string): Range[] {
  const out: Range[] = [];
  // Everything from a reply header ("On … wrote:") or a signature marker ("-- ") on is not the writer's draft.
  // Each scan runs on the whole draft at every typing pause: skip those whose marker character is absent.
  const header = /wrote:|Original Message|_{5}|From:/i.test(text) ? QUOTE_HEADER.exec(text) : null;
  const sig = text.includes('--') ? SIGNATURE.exec(text) : null;
  const cut = Math.min(header?.index ?? Infinity, sig?.index ?? Infinity);
  if (cut < Infinity) out.push([cut, text.length]);
  for (const [re, marker] of [
    [QUOTE_LINE, '>'],
    [FENCE, '```'],
  ] as const) {
    if (text.includes(marker)) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Ranges replaced by a neutral same-length token so the sentence around them still parses. */
function tokenRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const [re, marker] of [
    [INLINE_CODE, '`'],
    [URL, /https?:|www\./i],
    [EMAIL, '@'],
  ] as const) {
    const present = typeof marker === 'string' ? text.includes(marker) : marker.test(text);
    if (present) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** What maskText does to each character. */
const [KEEP, TOKEN, BLANK] = [0, 1, 2];

const SMART: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2032': "'",
};

/**
 * Returns a same-length copy of `text` where skipped parts are spaces (newlines kept), inline tokens
 * are runs of "x" (a harmless word), smart quotes are straight and zero-width characters are spaces.
 */
export function maskText(text: string, extraIgnore: readonly Range[] = []): string {
  // Zero-width and bidi marks would split words; a space keeps offsets.
  const out = text
    .replace(/[\u2018\u2019\u201C\u201D\u2032]/g, (c) => SMART[c] ?? c)
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, ' ');
  const edits: Array<[number, number, 'x' | ' ']> = tokenRanges(text).map(([s, e]) => [s, e, 'x']);
  // @mentions are usually vocatives ("@jess please update…"): blank, so the sentence still starts with its verb.
  if (text.includes('@'))
    for (const m of text.matchAll(MENTION)) edits.push([m.index, m.index + m[0].length, ' ']);
  for (const [s, e] of [...skippedRanges(text), ...extraIgnore]) edits.push([s, e, ' ']);
  if (!edits.length) return out;
  // Marked per character, then rebuilt in one pass: rebuilding the string per edit was quadratic (a 360 KB
  // chat export full of @mentions and links took 20 s to mask). Later edits win: skipped ranges beat tokens.
  const fills = new Uint8Array(out.length);
  for (const [s0, e0, fill] of edits) {
    const s = Math.max(0, Math.min(s0, out.length));
    fills.fill(fill === 'x' ? TOKEN : BLANK, s, Math.max(s, Math.min(e0, out.length)));
  }
  const parts: string[] = [];
  for (let a = 0, b = 0; a < out.length; a = b) {
    while (b < out.length && fills[b] === fills[a]) b++;
    const run = out.slice(a, b);
    parts.push(fills[a] === KEEP ? run : fills[a] === TOKEN ? 'x'.repeat(b - a) : run.replace(/[^\n]/g, ' '));
  }
  return parts.join('');
}
