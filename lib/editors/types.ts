/** One compose box, whatever editor drives it: read its text, locate a span on screen, replace a span. */

/** The box's text as the engine sees it, plus what it needs to map offsets back to the DOM. */
export interface BoxText {
  text: string;
  /** [start, end) spans to skip: reply quotes, signatures (found by the site adapter's selectors). */
  ignore: Array<[number, number]>;
}

export interface EditorAdapter {
  /** 'textarea' or 'rich' (contenteditable, whichever library drives it). */
  readonly kind: 'textarea' | 'rich';
  readonly element: HTMLElement;
  /** Reads the box; `ignoreSelectors` name elements inside it whose text is not analysed. */
  read(ignoreSelectors: readonly string[]): BoxText;
  /** The caret's offset in the text of the last read, or null when it is not in the box. */
  caret(): number | null;
  /** Viewport rects (of the box's own document) covering text.slice(start, end) of the last read. */
  rects(start: number, end: number): DOMRect[];
  /**
   * Replaces text.slice(start, end), which must still equal `expected`, through the editor's own input
   * handling so its model and undo stay right. Resolves false (and changes nothing) when the text moved.
   */
  replace(start: number, end: number, expected: string, replacement: string): Promise<boolean>;
  /** Selects text.slice(start, end) in the box (after a fresh read), e.g. a `[reason]` slot. */
  select(start: number, end: number): void;
  /** Releases what the adapter holds (the textarea mirror). */
  dispose(): void;
}
