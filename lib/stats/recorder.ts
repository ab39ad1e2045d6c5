/**
 * Receives one 'stats/record' from a content script: validate, respect privacy settings, store, prune.
 * Never throws: every failure becomes { ok: false, reason } for the sender, and a log line. A write that fails
 * is queued and retried (./retry-queue), never silently dropped.
 */
import type { Settings } from '../settings-schema';
import type { RetryQueue } from './retry-queue';
import type { StatsStore } from './store';
import { retentionCutoff } from './summary';
import { validateRecord } from './validate';
import { localZone, type Zone } from './zone';

export type RecordResult = { ok: true } | { ok: false; reason: string; queued?: boolean };

export interface RecorderDeps {
  store: Pick<StatsStore, 'add' | 'pruneBefore'>;
  settings: () => Promise<Pick<Settings, 'keepExamples' | 'retentionWeeks' | 'recordIncognito'>>;
  /** Where failed writes wait for another try; without it a failed write is only logged. */
  queue?: Pick<RetryQueue, 'add' | 'retry'>;
  now?: () => number;
  zone?: Zone;
  log?: (message: string, detail?: unknown) => void;
}

/** Where the record came from (runtime.MessageSender, reduced to what matters here). */
export interface RecordSender {
  tab?: { incognito?: boolean };
}

const PRIVATE_DEFAULTS = { keepExamples: false, retentionWeeks: 12, recordIncognito: false };

const errorName = (e: unknown) => (e instanceof Error || e instanceof DOMException ? e.name : String(e));

export function createRecorder(deps: RecorderDeps) {
  const now = deps.now ?? Date.now;
  const zone = deps.zone ?? localZone;
  const log =
    deps.log ?? ((message: string, detail?: unknown) => console.warn(`[leadwell stats] ${message}`, detail));

  async function prune(retentionWeeks: number): Promise<number> {
    try {
      return await deps.store.pruneBefore(retentionCutoff(now(), retentionWeeks, zone));
    } catch (error) {
      log('prune failed', errorName(error));
      return 0;
    }
  }

  async function record(raw: unknown, sender: RecordSender = {}): Promise<RecordResult> {
    const checked = validateRecord(raw, now());
    if (!checked.ok) {
      log('rejected a malformed record', checked.reason);
      return checked;
    }
    // Unreadable settings: fall back to the most private choices.
    const settings = await deps.settings().catch(() => PRIVATE_DEFAULTS);
    if (sender.tab?.incognito && !settings.recordIncognito) return { ok: false, reason: 'incognito' };
    const record = checked.record;
    if (!settings.keepExamples) delete record.examples;
    if (record.time < retentionCutoff(now(), settings.retentionWeeks, zone))
      return { ok: false, reason: 'older than the retention period' };

    let failure: unknown = null;
    // A failed write (quota, a private window's storage, a closing database) is tried once more at once…
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await deps.store.add(record);
        failure = null;
        break;
      } catch (error) {
        failure = error;
      }
    }
    if (failure) {
      // …then kept and tried again later (every later successful write, and the daily alarm).
      log('could not store a record', failure);
      const queued = await deps.queue?.add(record).then(
        () => true,
        () => false,
      );
      return { ok: false, reason: `write failed: ${errorName(failure)}`, queued: !!queued };
    }
    await prune(settings.retentionWeeks);
    await retry(); // the store works again: earlier failures go in now
    return { ok: true };
  }

  async function retry(): Promise<number> {
    return (await deps.queue?.retry().catch(() => 0)) ?? 0;
  }

  return {
    record,
    /** Tries the queued records again (the daily alarm and every successful write call it). */
    retry,
    prune: async () => prune((await deps.settings().catch(() => PRIVATE_DEFAULTS)).retentionWeeks),
  };
}
