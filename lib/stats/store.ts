/**
 * The records store: IndexedDB (through `idb`), shared by the background and the summary page (same origin).
 * A typed storage edge: the only place in lib/stats that touches a browser storage API.
 * Chosen over storage.local after measuring a year of records: see scripts/bench-stats.mjs.
 */
import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { MessageRecord, StoredRecord } from './types';
import { validateRecord } from './validate';

export const DB_NAME = 'leadwell-stats';
const RECORDS = 'records';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
/** One schema step; migration i takes the database from version i to i + 1. */
export type Migration = (db: Db, tx: UpgradeTx) => void | Promise<void>;

/** Append only: never edit a shipped step, add a new one (which may rewrite records through `tx`). */
export const MIGRATIONS: readonly Migration[] = [
  // v1: records keyed by an auto-increment id, with a time index for week reads and pruning.
  (db) => {
    db.createObjectStore(RECORDS, { keyPath: 'id', autoIncrement: true }).createIndex('time', 'time');
  },
];

/** Records as read: the valid ones, and how many stored values were skipped because they are not records. */
export interface ReadResult {
  records: StoredRecord[];
  unreadable: number;
}

export interface StatsStore {
  add(record: MessageRecord): Promise<void>;
  /** Valid records with from ≤ time < to, oldest first, and how many in that span could not be read. */
  readRange(from: number, to: number): Promise<ReadResult>;
  /** Every valid record, oldest first, and how many could not be read. */
  readAll(): Promise<ReadResult>;
  /** Records with from ≤ time < to, oldest first (malformed ones skipped). */
  range(from: number, to: number): Promise<StoredRecord[]>;
  all(): Promise<StoredRecord[]>;
  count(): Promise<number>;
  /** Deletes records older than `cutoff`; returns how many. */
  pruneBefore(cutoff: number): Promise<number>;
  clear(): Promise<void>;
  /**
   * Deletes the whole database, whatever its version or shape (a newer Leadwell's, a damaged one); the next
   * use creates it afresh. Other open connections are asked to close (see `blocking` below).
   */
  deleteAll(): Promise<void>;
  /**
   * Best effort when the records cannot be read the normal way: every value in every object store of the
   * database as it is (no upgrade), keeping only those that are valid records, oldest first.
   */
  salvage(): Promise<MessageRecord[]>;
  close(): Promise<void>;
}

/**
 * Every value read from the store is checked as a record (it may come from an older or newer Leadwell, a
 * damaged profile, or a hand edit): valid ones are kept (with their key), the rest skipped and counted.
 */
function checked(values: unknown[]): ReadResult {
  const records: StoredRecord[] = [];
  let unreadable = 0;
  for (const value of values) {
    const result = validateRecord(value, Number.MAX_SAFE_INTEGER);
    if (!result.ok) {
      unreadable++;
      continue;
    }
    const id = (value as { id?: unknown }).id;
    records.push(typeof id === 'number' ? { ...result.record, id } : result.record);
  }
  records.sort((a, b) => a.time - b.time);
  return { records, unreadable };
}

export function openStatsStore(name = DB_NAME, migrations: readonly Migration[] = MIGRATIONS): StatsStore {
  let pending: Promise<Db> | undefined;
  const db = (): Promise<Db> => {
    pending ??= openDB(name, migrations.length, {
      async upgrade(database, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < migrations.length; v++) await migrations[v]!(database, tx);
      },
      // Another context needs a newer schema, or the browser dropped the connection: reopen on next use.
      blocking() {
        void pending?.then((d) => d.close());
        pending = undefined;
      },
      terminated() {
        pending = undefined;
      },
    }).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };

  const close = async (): Promise<void> => {
    const current = pending;
    pending = undefined;
    if (current) (await current.catch(() => undefined))?.close();
  };

  const readRange = async (from: number, to: number): Promise<ReadResult> => {
    if (!(to > from)) return { records: [], unreadable: 0 };
    return checked(
      await (await db()).getAllFromIndex(RECORDS, 'time', IDBKeyRange.bound(from, to, false, true)),
    );
  };
  // Not through the time index: a value with no valid time is not in it, and must still be counted.
  const readAll = async (): Promise<ReadResult> => checked(await (await db()).getAll(RECORDS));

  return {
    async add(record) {
      await (await db()).add(RECORDS, record);
    },
    readRange,
    readAll,
    range: async (from, to) => (await readRange(from, to)).records,
    all: async () => (await readAll()).records,
    async count() {
      return (await db()).count(RECORDS);
    },
    async pruneBefore(cutoff) {
      const tx = (await db()).transaction(RECORDS, 'readwrite');
      const keys = await tx.store.index('time').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
      return keys.length;
    },
    async clear() {
      await (await db()).clear(RECORDS);
    },
    async deleteAll() {
      await close();
      await deleteDB(name);
    },
    async salvage() {
      // No version: opens the database at whatever version it has. An upgrade then means it did not exist:
      // abort it, so this read never creates an empty database that the schema steps would then skip.
      const raw = await openDB(name, undefined, {
        upgrade(_db, _old, _new, tx) {
          tx.done.catch(() => {}); // the abort below rejects it, as intended
          tx.abort();
        },
      }).catch(() => null);
      if (!raw) return [];
      try {
        const values = await Promise.all(
          Array.from(raw.objectStoreNames).map((store) => raw.getAll(store).catch(() => [])),
        );
        const records = values.flat().flatMap((v) => {
          const checked = validateRecord(v);
          return checked.ok ? [checked.record] : [];
        });
        return records.sort((a, b) => a.time - b.time);
      } finally {
        raw.close();
      }
    },
    close,
  };
}
