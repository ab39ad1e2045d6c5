// One malformed record among valid ones: the reads show the valid ones and count the bad one, and the summary
// maths and both exports run on what was read without throwing (issue 15: one bad record hid the whole page).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from './export';
import { makeRecord } from './fixtures';
import { openStatsStore } from './store';
import { summarise } from './summary';
import type { MessageRecord } from './types';
import { ianaZone } from './zone';

const NOW = Date.parse('2024-04-10T12:00:00Z');
const utc = ianaZone('UTC');
const DAYS = ['2024-04-05', '2024-04-06', '2024-04-08', '2024-04-09', '2024-04-10'];

/** Five valid records and, written past the store's API as an older or damaged build might, bad values. */
async function seeded(name: string, bad: unknown[]) {
  const store = openStatsStore(name);
  for (const day of DAYS) await store.add(makeRecord(`${day}T09:00:00Z`, { rules: { obligation: 1 } }));
  await store.close();
  const raw = await openDB(name);
  for (const value of bad) await raw.add('records', value);
  raw.close();
  return openStatsStore(name);
}

describe('a store with malformed records', () => {
  it('reads the valid ones, counts the bad one, and the summary and exports work', async () => {
    const store = await seeded('unreadable-1', [
      { ...makeRecord('2024-04-09T10:00:00Z'), cues: null }, // the probe's record: cues null
    ]);
    const all = await store.readAll();
    expect(all.records.map((r) => new Date(r.time).toISOString().slice(0, 10))).toEqual(DAYS);
    expect(all.records.every((r) => typeof r.id === 'number')).toBe(true);
    expect(all.unreadable).toBe(1);

    const week = await store.readRange(Date.parse('2024-04-08T00:00:00Z'), Infinity);
    expect(week.records).toHaveLength(3);
    expect(week.unreadable).toBe(1); // it lies in that week

    const summary = summarise(week.records, NOW, utc, 2);
    expect(summary.thisWeek.messages).toBe(3);

    const csv = toCsv(all.records, utc);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + DAYS.length);
    const json = JSON.parse(toJson(all.records, NOW)) as { records: MessageRecord[] };
    expect(json.records).toHaveLength(DAYS.length);
    expect(json.records[0]).not.toHaveProperty('id');
    await store.close();
  });

  it('skips values of every wrong kind, even ones with no time (not in the time index)', async () => {
    const store = await seeded('unreadable-2', [
      { site: 'x' },
      { ...makeRecord('2024-04-09T10:00:00Z'), rules: { 'not-a-rule': 2 } },
      { ...makeRecord('2024-04-09T11:00:00Z'), score: 'high' },
      { ...makeRecord('2024-04-09T12:00:00Z'), site: '<script>' },
    ]);
    const { records, unreadable } = await store.readAll();
    expect(records).toHaveLength(DAYS.length);
    expect(unreadable).toBe(4);
    expect(await store.all()).toHaveLength(DAYS.length);
    await store.close();
  });

  it('the exports leave out what is not a record instead of throwing', () => {
    const good = makeRecord(NOW);
    const broken = [null, { ...good, cues: null }, 42, good] as unknown as MessageRecord[];
    const csv = toCsv(broken, utc);
    expect(csv.trim().split('\r\n')).toHaveLength(2); // the header and the one good record
    const cyclic: Record<string, unknown> = { ...good };
    cyclic.self = cyclic;
    const json = JSON.parse(toJson([...broken, cyclic as unknown as MessageRecord], NOW)) as {
      records: unknown[];
    };
    expect(json.records).toHaveLength(2); // the good one, and the one with cues null as it is
  });
});
