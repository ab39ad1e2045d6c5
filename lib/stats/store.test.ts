import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeRecord } from './fixtures';
import { createRecorder } from './recorder';
import { MIGRATIONS, openStatsStore, type Migration } from './store';
import type { MessageRecord } from './types';
import { ianaZone } from './zone';

let dbCount = 0;
const freshName = () => `test-stats-${++dbCount}`;
const NOW = Date.parse('2024-04-10T12:00:00Z');
const utc = ianaZone('UTC');

describe('IndexedDB store', () => {
  it('adds, reads a time range (oldest first), counts, prunes and clears', async () => {
    const store = openStatsStore(freshName());
    for (const iso of [
      '2024-04-09T00:00:00Z',
      '2024-03-01T00:00:00Z',
      '2024-04-08T00:00:00Z',
      '2024-04-15T00:00:00Z',
    ])
      await store.add(makeRecord(iso));
    expect(await store.count()).toBe(4);
    const week = await store.range(Date.parse('2024-04-08T00:00:00Z'), Date.parse('2024-04-15T00:00:00Z'));
    expect(week.map((r) => new Date(r.time).toISOString().slice(0, 10))).toEqual([
      '2024-04-08',
      '2024-04-09',
    ]);
    expect(week[0]!.id).toEqual(expect.any(Number));
    expect(await store.pruneBefore(Date.parse('2024-04-08T00:00:00Z'))).toBe(1);
    expect((await store.all()).map((r) => r.time)).toEqual(
      ['2024-04-08', '2024-04-09', '2024-04-15'].map((d) => Date.parse(`${d}T00:00:00Z`)),
    );
    await store.clear();
    expect(await store.count()).toBe(0);
    await store.close();
  });

  it('migrates an existing database: a later step sees v1 records and can rewrite them', async () => {
    const name = freshName();
    const v1 = openStatsStore(name, MIGRATIONS);
    await v1.add(makeRecord('2024-04-09T00:00:00Z', { site: 'MAIL.example.com' }));
    await v1.close();

    const addSiteIndex: Migration = async (_db, tx) => {
      const records = tx.objectStore('records');
      records.createIndex('site', 'site');
      for (let c = await records.openCursor(); c; c = await c.continue()) {
        await c.update({
          ...(c.value as MessageRecord),
          site: (c.value as MessageRecord).site.toLowerCase(),
        });
      }
    };
    const v2 = openStatsStore(name, [...MIGRATIONS, addSiteIndex]);
    const [migrated] = await v2.all();
    expect(migrated!.site).toBe('mail.example.com');
    await v2.add(makeRecord('2024-04-10T00:00:00Z'));
    expect(await v2.count()).toBe(2);
    await v2.close();
  });

  it('a connection held by an older schema gives way to the upgrade (versionchange) and reopens', async () => {
    const name = freshName();
    const old = openStatsStore(name, MIGRATIONS);
    await old.add(makeRecord(NOW));
    const upgraded = openStatsStore(name, [...MIGRATIONS, () => undefined]);
    expect(await upgraded.count()).toBe(1); // would hang if the old connection blocked the upgrade
    await upgraded.close();
    await old.close();
  });

  it('a database from a newer version: reads fail, salvage keeps valid records, deleteAll starts afresh', async () => {
    const name = freshName();
    // Written by a "newer Leadwell": version 11, an unknown store holding one valid record and some junk.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 11);
      open.onupgradeneeded = () => {
        const other = open.result.createObjectStore('records-v11');
        other.put(makeRecord('2024-04-09T09:00:00Z'), 2);
        other.put({ not: 'a record' }, 1);
      };
      open.onsuccess = () => (open.result.close(), resolve());
      open.onerror = () => reject(open.error);
    });
    const store = openStatsStore(name);
    await expect(store.count()).rejects.toMatchObject({ name: 'VersionError' });
    expect((await store.salvage()).map((r) => r.time)).toEqual([Date.parse('2024-04-09T09:00:00Z')]);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    await store.add(makeRecord('2024-04-10T09:00:00Z'));
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('salvage of a database that does not exist finds nothing and creates nothing', async () => {
    const store = openStatsStore(freshName());
    expect(await store.salvage()).toEqual([]);
    await store.add(makeRecord('2024-04-10T09:00:00Z')); // the schema steps still run from version 0
    expect(await store.count()).toBe(1);
    await store.close();
  });
});

describe('recorder', () => {
  const settings =
    (over = {}) =>
    async () => ({ keepExamples: false, retentionWeeks: 12, recordIncognito: false, ...over });
  const example = [{ rule: 'urgency' as const, text: 'Send it ASAP.', rewrite: 'Send it by 3pm, because …' }];

  it('stores a valid record, without examples unless the person opted in', async () => {
    const store = openStatsStore(freshName());
    const plain = createRecorder({ store, settings: settings(), now: () => NOW, zone: utc });
    expect(await plain.record(makeRecord(NOW - 1000, { examples: example }))).toEqual({ ok: true });
    const keeping = createRecorder({
      store,
      settings: settings({ keepExamples: true }),
      now: () => NOW,
      zone: utc,
    });
    expect(await keeping.record(makeRecord(NOW - 500, { examples: example }))).toEqual({ ok: true });
    const [first, second] = await store.all();
    expect(first!.examples).toBeUndefined();
    expect(second!.examples).toEqual(example);
    await store.close();
  });

  it('rejects and logs malformed records; skips incognito tabs unless allowed', async () => {
    const store = openStatsStore(freshName());
    const log = vi.fn();
    const recorder = createRecorder({ store, settings: settings(), now: () => NOW, zone: utc, log });
    expect(await recorder.record({ time: 'yesterday' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/time/),
    });
    expect(log).toHaveBeenCalledWith('rejected a malformed record', expect.any(String));
    expect(await recorder.record(makeRecord(NOW), { tab: { incognito: true } })).toEqual({
      ok: false,
      reason: 'incognito',
    });
    const allowing = createRecorder({
      store,
      settings: settings({ recordIncognito: true }),
      now: () => NOW,
      zone: utc,
    });
    expect(await allowing.record(makeRecord(NOW), { tab: { incognito: true } })).toEqual({ ok: true });
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('prunes past retention on write, and refuses records already past it', async () => {
    const store = openStatsStore(freshName());
    await store.add(makeRecord('2024-03-20T00:00:00Z')); // 3 weeks back
    await store.add(makeRecord('2024-04-02T00:00:00Z')); // last week
    const recorder = createRecorder({
      store,
      settings: settings({ retentionWeeks: 1 }),
      now: () => NOW,
      zone: utc,
    });
    expect(await recorder.record(makeRecord('2024-03-30T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'older than the retention period',
    });
    expect(await recorder.record(makeRecord(NOW))).toEqual({ ok: true });
    expect((await store.all()).map((r) => new Date(r.time).toISOString().slice(0, 10))).toEqual([
      '2024-04-02',
      '2024-04-10',
    ]);
    await store.add(makeRecord('2024-03-01T00:00:00Z'));
    expect(await recorder.prune()).toBe(1); // the daily alarm's path
    await store.close();
  });

  it('retries a failed write once at once, then reports it without throwing', async () => {
    const quota = () => new DOMException('quota', 'QuotaExceededError');
    const flaky = {
      add: vi.fn().mockRejectedValueOnce(quota()).mockResolvedValue(undefined),
      pruneBefore: vi.fn(async () => 0),
    };
    const log = vi.fn();
    const ok = createRecorder({ store: flaky, settings: settings(), now: () => NOW, zone: utc, log });
    expect(await ok.record(makeRecord(NOW))).toEqual({ ok: true });
    expect(flaky.add).toHaveBeenCalledTimes(2);

    const broken = { add: vi.fn(async () => Promise.reject(quota())), pruneBefore: vi.fn(async () => 0) };
    const failing = createRecorder({ store: broken, settings: settings(), now: () => NOW, zone: utc, log });
    expect(await failing.record(makeRecord(NOW))).toEqual({
      ok: false,
      reason: 'write failed: QuotaExceededError',
      queued: false, // no queue given: see retry-queue.test.ts for the queued path
    });
    expect(broken.add).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith('could not store a record', expect.any(DOMException));
  });

  it('a failing prune or unreadable settings never lose the write', async () => {
    const store = {
      add: vi.fn(async () => undefined),
      pruneBefore: vi.fn(async () => Promise.reject(new Error('busy'))),
    };
    const recorder = createRecorder({
      store,
      settings: () => Promise.reject(new Error('storage gone')),
      now: () => NOW,
      zone: utc,
      log: () => undefined,
    });
    expect(await recorder.record(makeRecord(NOW, { examples: example }))).toEqual({ ok: true });
    expect(store.add).toHaveBeenCalledWith(expect.not.objectContaining({ examples: expect.anything() }));
  });
});
