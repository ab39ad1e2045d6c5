/**
 * Phrase-level repairs inside a sentence before its request is rebuilt: jabs dropped, brush-offs said
 * again, shouting calmed (coaching-model.md, rewrite principles 7, 8 and 10).
 */
import { BRUSH_OFFS, JABS, type PhraseEntry } from './phrases';
import { calm, fixI } from './transforms';

export interface Cleaned {
  text: string;
  /** A brush-off said this is fixed ("is not up for discussion"): keep it firm, ask nothing after it. */
  firm: boolean;
  /** A jab or brush-off left nothing worth keeping: the whole sentence is this instead. */
  alone?: string;
}

/** Words that carry a message: what is left after a jab must have a few of them to stand alone. */
const substantial = (s: string) => (s.match(/[\p{L}\p{N}]{2,}/gu)?.length ?? 0) >= 3;

function applyEntry(text: string, e: PhraseEntry): { text: string; hit: boolean } {
  const m = e.re.exec(text);
  if (!m) return { text, hit: false };
  // A group moved mid-sentence loses its capital ("Your plans" → "…affects your plans"), names keep theirs.
  const group = (i: number) =>
    (m[i] ?? '').replace(/^(?:Your|The|Whatever|This|That|Our|My)\b/, (w) => w.toLowerCase());
  const said = e.say.replace(/\$(\d)/g, (_, i: string) => group(Number(i)));
  // "your goal, as stated above, is…": a jab set off by commas takes both with it.
  let head = text.slice(0, m.index);
  if (!said && /,\s*$/.test(head) && /,\s*$/.test(m[0])) head = head.replace(/,\s*$/, ' ');
  return { text: head + said + text.slice(m.index + m[0].length), hit: true };
}

/** Tidy what is left after a phrase is removed: stray commas, doubled spaces, a leading "that"/"but". */
export function tidy(s: string): string {
  return s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[,.;:!?])/g, '')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/^(?:but|and|so|though|that)\s+/i, '')
    .replace(/[\s,;:—–-]+$/, '');
}

/** Drop jabs and restate brush-offs in one piece of a sentence. */
export function clean(piece: string, opts: { whole: boolean; main?: boolean }): Cleaned {
  let text = calm(fixI(piece.replace(/[\u2018\u2019]/g, "'")));
  let firm = false;
  let alone: string | undefined;
  let changed = false;
  for (const list of [JABS, BRUSH_OFFS]) {
    for (const e of list) {
      const before = text;
      const r = applyEntry(text, e);
      if (!r.hit) continue;
      changed = true;
      text = r.text;
      firm ||= !!e.firm;
      if (e.alone && !substantial(tidy(text)) && before.trim()) alone ??= e.alone;
    }
  }
  if (!changed) return { text, firm };
  const trail = /[.!?]+\s*$/.exec(piece)?.[0].trim() ?? '';
  const tidied = tidy(text);
  // The order itself was only a jab ("Don't take this the wrong way, but…"): say it plainly instead.
  if (opts.main && alone && !/[\p{L}\p{N}]/u.test(tidied)) return { text: alone, firm, alone };
  if (opts.whole && alone && !substantial(tidied)) return { text: alone, firm, alone };
  return { text: tidied && opts.whole && trail && !/[.!?]$/.test(tidied) ? tidied + trail : tidied, firm };
}
