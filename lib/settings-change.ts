/**
 * A settings change as operations ("add obligation to disabledRules", "set retentionWeeks to 8") rather than a
 * whole settings object: applied by the one writer (the background) on top of the value stored at that moment,
 * so a tab's stale copy can never undo a change made meanwhile in the options page or the popup.
 */
import { normalizeSettings, type Settings } from './settings-schema';

export const LIST_KEYS = ['disabledRules', 'addedSites', 'disabledSites'] as const;
export const SCALAR_KEYS = [
  'minSeverity',
  'pausedUntil',
  'retentionWeeks',
  'keepExamples',
  'weeklyReminder',
  'recordIncognito',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type ScalarKey = (typeof SCALAR_KEYS)[number];

export interface SettingsChange {
  set?: Partial<Pick<Settings, ScalarKey>>;
  add?: Partial<Record<ListKey, string[]>>;
  remove?: Partial<Record<ListKey, string[]>>;
}

/** The operations that turn `before` into `after` (only what differs). */
export function diffSettings(before: Settings, after: Settings): SettingsChange {
  const change: SettingsChange = {};
  for (const key of SCALAR_KEYS) {
    if (!Object.is(before[key], after[key])) change.set = { ...change.set, [key]: after[key] };
  }
  for (const key of LIST_KEYS) {
    const was = new Set<string>(before[key]);
    const is = new Set<string>(after[key]);
    const added = [...is].filter((x) => !was.has(x));
    const removed = [...was].filter((x) => !is.has(x));
    if (added.length) change.add = { ...change.add, [key]: added };
    if (removed.length) change.remove = { ...change.remove, [key]: removed };
  }
  return change;
}

export function isEmptyChange(change: SettingsChange): boolean {
  return !change.set && !change.add && !change.remove;
}

/** `current` with `change` applied, normalised (an invalid value falls back to its default, as on read). */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const next: Record<string, unknown> = { ...current, ...change.set };
  for (const key of LIST_KEYS) {
    const list = new Set<string>(current[key]);
    for (const x of change.add?.[key] ?? []) list.add(x);
    for (const x of change.remove?.[key] ?? []) list.delete(x);
    next[key] = [...list];
  }
  return normalizeSettings(next);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLists = (v: unknown): boolean =>
  v === undefined ||
  (isObj(v) &&
    Object.entries(v).every(
      ([k, list]) =>
        (LIST_KEYS as readonly string[]).includes(k) &&
        Array.isArray(list) &&
        list.length <= 1000 &&
        list.every((x) => typeof x === 'string' && x.length <= 300),
    ));

/** Shape check for a change arriving over messaging: known keys only (values are normalised when applied). */
export function isSettingsChange(value: unknown): value is SettingsChange {
  if (!isObj(value)) return false;
  if (Object.keys(value).some((k) => k !== 'set' && k !== 'add' && k !== 'remove')) return false;
  const { set } = value;
  if (
    set !== undefined &&
    !(isObj(set) && Object.keys(set).every((k) => (SCALAR_KEYS as readonly string[]).includes(k)))
  )
    return false;
  return isLists(value.add) && isLists(value.remove);
}

/** Only what a compose page's "Don't flag this kind" may ask for: rules switched off, nothing else. */
export function onlyDisablesRules(change: SettingsChange): boolean {
  return (
    !change.set &&
    !change.remove &&
    !!change.add &&
    Object.keys(change.add).every((k) => k === 'disabledRules')
  );
}

/**
 * One writer, one change at a time: each change reads the stored value, applies its operations and writes,
 * before the next change starts.
 */
export function createSettingsWriter(io: {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}): (change: SettingsChange) => Promise<Settings> {
  let queue: Promise<unknown> = Promise.resolve();
  return (change) => {
    const run = queue.then(async () => {
      const next = applySettingsChange(await io.read(), change);
      await io.write(next);
      return next;
    });
    queue = run.catch(() => undefined); // a failed write does not block the ones after it
    return run;
  };
}
