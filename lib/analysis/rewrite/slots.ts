/**
 * Slots: the blanks a rewrite leaves for the writer ("[reason]", "[concern]"). A slot is never a reason:
 * the unfilled-slot rule flags one left in a draft, and the checks fill them with a plain reason first.
 */

/** A `[slot]`: a bracketed word or short phrase that is not a Markdown link text followed by "(". */
export const SLOT = /\[[a-z][a-z' -]{1,40}\](?!\()/gi;

/**
 * The blanks Leadwell itself writes (and the coaching model's): only these are flagged when left in a
 * draft, so "[link]", "E[xi xj]" or a "[tag]" the writer typed on purpose are not taken for one.
 */
export const LEADWELL_SLOT =
  /^\[(?:reason|concern|detail|time|what(?:'s| is) at stake|what it is for|part of the day|what would help|when)\]$/i;

export const hasSlot = (s: string): boolean => {
  SLOT.lastIndex = 0;
  const hit = SLOT.test(s);
  SLOT.lastIndex = 0;
  return hit;
};

/** Every slot's [start, end) in `text`. */
export function slotSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(SLOT)].map((m) => [m.index, m.index + m[0].length]);
}

/** The first slot of a rewrite, as offsets into the rewrite (the editor selects it after applying). */
export function firstSlot(rewrite: string): [number, number] | undefined {
  return slotSpans(rewrite)[0];
}

/** Fill every slot with what the writer typed (trimmed, closing punctuation dropped: the rewrite has its own). */
export function fillSlots(rewrite: string, value: string): string {
  const v = value.trim().replace(/[.!?;,]+$/, '');
  return v ? rewrite.replace(SLOT, v) : rewrite;
}
