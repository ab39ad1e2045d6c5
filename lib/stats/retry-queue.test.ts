// A refused write is not dropped: it waits, is retried (on the next successful write, or the daily alarm),
// and is counted as "could not be recorded" only when given up.
import { describe, expect, it, vi } from 'vitest';
import { makeRecord } from './fixtures';
import { createRecorder } from './recorder';
import { createRetryQueue, MAX_TRIES, MAX_WAITING, readRetryState, type RetryState } from './retry-queue';
import type { MessageRecord } from './types';
import { ianaZone } from './zone';

const NOW = Date.parse('2024-04-10T12:00:00Z');
const quota = () => new DOMException('quota', 'QuotaExceededError');
const settings = async () => ({ keepExamples: false, retentionWeeks: 12, recordIncognito: false });

/** A store whose writes fail while `refusing` is true, and a storage.local-like slot for the queue. */
function setup() {
  const stored: MessageRecord[] = [];
  const io = { refusing: true, slot: undefined as unknown };
  const store = {
    add: vi.fn(async (r: MessageRecord) => {
      if (io.refusing) throw quota();
      stored.push(r);
    }),
    pruneBefore: vi.fn(async () => 0),
  };
  const queue = createRetryQueue({
    load: async () => io.slot,
    save: async (state: RetryState) => void (io.slot = structuredClone(state)),
    write: (r) => store.add(r),
  });
  const recorder = createRecorder({
    store,
    settings,
    queue,
    now: () => NOW,
    zone: ianaZone('UTC'),
    log: () => {},
  });
  return { stored, io, store, queue, recorder };
}

describe('refused writes', () => {
  it('a refused write is queued, then written by the next successful one', async () => {
    const { stored, io, recorder, queue } = setup();
    const first = makeRecord(NOW - 2000, { words: 11 });
    expect(await recorder.record(first)).toEqual({
      ok: false,
      reason: 'write failed: QuotaExceededError',
      queued: true,
    });
    expect(stored).toEqual([]);
    expect((await queue.state()).waiting).toHaveLength(1);

    io.refusing = false;
    expect(await recorder.record(makeRecord(NOW - 1000, { words: 22 }))).toEqual({ ok: true });
    expect(stored.map((r) => r.words)).toEqual([22, 11]);
    expect(await queue.state()).toEqual({ waiting: [], lost: 0 });
  });

  it('the daily retry writes it when no other message comes', async () => {
    const { stored, io, recorder } = setup();
    await recorder.record(makeRecord(NOW - 1000));
    io.refusing = false;
    expect(await recorder.retry()).toBe(1);
    expect(stored).toHaveLength(1);
  });

  it('a record that keeps failing is given up after MAX_TRIES and counted as lost', async () => {
    const { io, recorder, queue, store } = setup();
    await recorder.record(makeRecord(NOW - 1000));
    for (let i = 0; i < MAX_TRIES + 2; i++) await recorder.retry();
    expect(await queue.state()).toEqual({ waiting: [], lost: 1 });
    // 2 immediate attempts, then one per retry until the count of tries reached MAX_TRIES
    expect(store.add).toHaveBeenCalledTimes(2 + (MAX_TRIES - 1));
    io.refusing = false;
    expect(await recorder.retry()).toBe(0);
  });

  it('beyond MAX_WAITING the oldest waiting records are given up and counted', async () => {
    const { queue } = setup();
    for (let i = 0; i < MAX_WAITING + 3; i++) await queue.add(makeRecord(NOW - 10_000 + i));
    const state = await queue.state();
    expect(state.waiting).toHaveLength(MAX_WAITING);
    expect(state.lost).toBe(3);
    expect(state.waiting[0]!.record.time).toBe(NOW - 10_000 + 3);
  });

  it('records arriving together all get queued (one change to the state at a time)', async () => {
    const { recorder, queue } = setup();
    await Promise.all([1, 2, 3, 4].map((n) => recorder.record(makeRecord(NOW - n * 1000))));
    expect((await queue.state()).waiting).toHaveLength(4);
  });

  it('an unreadable stored state counts as empty', () => {
    expect(readRetryState('junk')).toEqual({ waiting: [], lost: 0 });
    expect(readRetryState({ waiting: [null, { record: {}, tries: 1 }], lost: -3 })).toEqual({
      waiting: [{ record: {}, tries: 1 }],
      lost: 0,
    });
  });
});
