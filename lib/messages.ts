/**
 * Every message between Leadwell's scripts, typed in one place.
 * Add a variant to the union and its reply to MessageReply; receivers ignore anything isMessage rejects.
 */
import type { Analysis } from './analysis/types';
import { isSettingsChange, type SettingsChange } from './settings-change';
import type { Settings } from './settings-schema';
import type { MessageRecord } from './stats/types';

/** What the content script knows about the focused (or last focused) draft in its tab. */
export interface DraftSnapshot {
  text: string;
  analysis: Analysis;
  site: string;
}

export type Message =
  /** popup → content script: the current draft, or null when there is none. */
  | { type: 'draft/get' }
  /** popup → content script: replace text.slice(start, end) (which must still equal `expected`) through the editor. */
  | { type: 'draft/apply'; start: number; end: number; expected: string; replacement: string }
  /** content script → background: one finished message for the weekly summary. */
  | { type: 'stats/record'; record: MessageRecord }
  /**
   * content script, options page, popup → background (the one settings writer): apply these operations to
   * the stored settings. A compose page may only switch rules off ("Don't flag this kind").
   */
  | { type: 'settings/change'; change: SettingsChange };

export interface MessageReply {
  'draft/get': DraftSnapshot | null;
  'draft/apply': { ok: boolean; reason?: string };
  /** `queued`: the write failed and will be retried (see lib/stats/retry-queue.ts). */
  'stats/record': { ok: boolean; reason?: string; queued?: boolean };
  'settings/change': { ok: true; settings: Settings } | { ok: false; reason: string };
}

const TYPES = new Set<string>(['draft/get', 'draft/apply', 'stats/record', 'settings/change']);

/** Shape check for anything arriving over runtime messaging: unknown or malformed messages are ignored. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return false;
  switch (m.type) {
    case 'draft/apply':
      return (
        Number.isInteger(m.start) &&
        Number.isInteger(m.end) &&
        // A negative or inverted range can slice to `expected` ('' or the whole text) yet write elsewhere.
        (m.start as number) >= 0 &&
        (m.end as number) >= (m.start as number) &&
        typeof m.expected === 'string' &&
        typeof m.replacement === 'string'
      );
    case 'stats/record':
      return typeof m.record === 'object' && m.record !== null;
    case 'settings/change':
      return isSettingsChange(m.change);
    default:
      return true;
  }
}
