/** The adapter that drives a compose box (see find.ts for which boxes qualify). */
import { createRichAdapter } from './rich';
import { createTextareaAdapter } from './textarea';
import type { EditorAdapter } from './types';

export type { BoxText, EditorAdapter } from './types';
export { findBox } from './find';

/** `onGrow`: more of a long textarea draft was laid out in a later task; its spans can be measured again. */
export function createAdapter(box: HTMLElement, mirrorParent: Node, onGrow?: () => void): EditorAdapter {
  return box.tagName === 'TEXTAREA'
    ? createTextareaAdapter(box as HTMLTextAreaElement, mirrorParent, onGrow)
    : createRichAdapter(box);
}
