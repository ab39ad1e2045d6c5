/**
 * Is this English? The rules only understand English, so anything else gets no findings and a notice
 * instead of guesses. A cheap check on function words and known vocabulary, not a language model.
 */
import nlp from './nlp';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const FUNCTION_WORDS = new Set(
  `the a an to you your and or but is are was were be been of for in on at by with from it its i we our us me my this that
  these those can could would will should please pls not no do does did have has had if so as just all any some what when
  how who why there here they them he she his her than then too very also up out about into over after before
  i'm i've i'll i'd we're we've we'll it's don't can't won't didn't isn't aren't that's let's you're you'll`.split(
    /\s+/,
  ),
);

const known = (w: string) =>
  FUNCTION_WORDS.has(w) ||
  w in lexicon ||
  w.replace(/(?:'s|s|es|ed|ing|ly|er)$/, '') in lexicon ||
  w.replace(/(?:ed|ing)$/, 'e') in lexicon;

let last: { sample: string; english: boolean } | undefined;

export function isEnglish(full: string): boolean {
  // A sample is enough, and keeps this off the per-keystroke cost of long drafts; typing further down
  // leaves the sample as it was, so the last verdict stands.
  const text = full.length > 1500 ? full.slice(0, 1500) : full;
  if (last?.sample === text) return last.english;
  const english = judge(text);
  last = { sample: text, english };
  return english;
}

function judge(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 12) return true;
  const latin = letters.filter((c) => /[A-Za-z]/.test(c)).length;
  if (latin / letters.length < 0.7) return false;
  const words = (text.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? []).slice(0, 120);
  // Too short to tell: a few Latin-script words are coached as English.
  if (words.length < 8) return true;
  const fn = words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
  const kn = words.filter(known).length / words.length;
  return fn >= 0.12 || kn >= 0.5;
}

/** No draft contains these: C0 controls other than tab and line breaks, DEL, and U+FFFD (undecodable bytes). */
const isOdd = (c: number) => (c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd;

/**
 * Why `text` is not text a person wrote (a binary file read as UTF-8), or null when it is text. A NUL
 * settles it; otherwise more than 2% odd characters in the first 64 KB do.
 */
export function notTextReason(text: string): string | null {
  const n = Math.min(text.length, 65_536);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'it contains NUL bytes';
    if (isOdd(c)) odd++;
  }
  return odd > Math.max(2, n * 0.02) ? 'it is full of control characters or invalid UTF-8' : null;
}
