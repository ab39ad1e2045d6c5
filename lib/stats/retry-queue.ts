/**
 * Records whose write failed (quota, a closing or newer database): kept and tried again later instead of
 * dropped, and counted when they are finally given up, so the summary can say how many messages could not be
 * recorded. The state lives in a small key-value slot (storage.local in the background), so a service worker
 * that goes to sleep forgets nothing. Pure: the storage is passed in.
 */
import type { MessageRecord } from './types';

/** The storage.local key of the queue's state (read by the summary page too). */
export const RETRY_KEY = 'statsRetry';
/** Tries per record (the first write included) before it is given up and counted as lost. */
export const MAX_TRIES = 6;
/** Records kept waiting at most; older ones beyond this are given up first. */
export const MAX_WAITING = 200;

export interface RetryState {
  waiting: Array<{ record: MessageRecord; tries: number }>;
  /** Messages that could not be recorded, given up for good. */
  lost: number;
}

export interface RetryQueueDeps {
  load(): Promise<unknown>;
  save(state: RetryState): Promise<void>;
  write(record: MessageRecord): Promise<void>;
}

/** A stored state, repaired: anything unreadable counts as empty (the records in it are validated when written). */
export function readRetryState(raw: unknown): RetryState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<RetryState>;
  const lost = Number.isInteger(r.lost) && (r.lost as number) >= 0 ? (r.lost as number) : 0;
  const waiting = Array.isArray(r.waiting)
    ? r.waiting.filter(
        (w): w is RetryState['waiting'][number] =>
          typeof w === 'object' && w !== null && typeof w.record === 'object' && Number.isInteger(w.tries),
      )
    : [];
  return { waiting, lost };
}

export function createRetryQueue(deps: RetryQueueDeps) {
  let chain: Promise<unknown> = Promise.resolve();
  /** One change to the state at a time: records arrive from many tabs at once. */
  const locked = <T>(run: (state: RetryState) => Promise<T>, save = true): Promise<T> => {
    const next = chain.then(async () => {
      const state = readRetryState(await deps.load().catch(() => undefined));
      const before = state.waiting.length;
      const result = await run(state);
      if (save && (before > 0 || state.waiting.length > 0 || result !== 0)) await deps.save(state);
      return result;
    });
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    /** A record whose first write failed: keep it for later. */
    add(record: MessageRecord): Promise<void> {
      return locked(async (state) => {
        state.waiting.push({ record, tries: 1 });
        const over = state.waiting.length - MAX_WAITING;
        if (over > 0) {
          state.waiting.splice(0, over);
          state.lost += over;
        }
      });
    },
    /** Tries every waiting record once more; returns how many were written. */
    retry(): Promise<number> {
      return locked(async (state) => {
        if (!state.waiting.length) return 0;
        let written = 0;
        const still: RetryState['waiting'] = [];
        for (const item of state.waiting) {
          try {
            await deps.write(item.record);
            written++;
          } catch {
            if (item.tries + 1 >= MAX_TRIES) state.lost++;
            else still.push({ record: item.record, tries: item.tries + 1 });
          }
        }
        state.waiting = still;
        return written;
      });
    },
    state(): Promise<RetryState> {
      return locked(async (state) => ({ waiting: [...state.waiting], lost: state.lost }), false);
    },
  };
}

export type RetryQueue = ReturnType<typeof createRetryQueue>;
