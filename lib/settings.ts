/**
 * Every storage item Leadwell keeps, typed and versioned, in one place.
 * Only settings live here; weekly-summary records live in lib/stats (their own store).
 */
import { storage } from 'wxt/utils/storage';
import { createSettingsWriter, diffSettings, isEmptyChange, type SettingsChange } from './settings-change';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-schema';

export { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-schema';

/**
 * Migrations, keyed by the version they produce. v1 was the scaffold's shape, written before every
 * field existed and without validation; v2 is the same shape, complete and normalised. A future change
 * of shape adds v3 here (and bumps `version`); each step must accept anything the previous one wrote.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: normalizeSettings,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: SETTINGS_MIGRATIONS,
});

/** The current settings, always complete (normalised on read, so a half-written value cannot break a reader). */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Writes a change: by default here, one at a time (the background); pages route it to the background. */
let writer: (change: SettingsChange) => Promise<Settings> = createSettingsWriter({
  read: getSettings,
  write: (settings) => settingsItem.setValue(settings),
});

/**
 * Who applies settings changes in this context. The background keeps the default (it is the one writer); the
 * options page and the popup pass a function that sends the change to the background.
 */
export function setSettingsWriter(write: (change: SettingsChange) => Promise<Settings>): void {
  writer = write;
}

/** Applies a change (operations, see ./settings-change) through this context's writer. */
export function changeSettings(change: SettingsChange): Promise<Settings> {
  return writer(change);
}

/**
 * Changes the settings; returns what was written. Only the difference `change` makes is sent on (rules
 * switched, sites added, values set), and applied to the value stored at that moment, so a change made
 * meanwhile elsewhere is kept.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const before = await getSettings();
  const diff = diffSettings(before, normalizeSettings(change(before)));
  return isEmptyChange(diff) ? before : writer(diff);
}
