/**
 * Where Leadwell runs: pure decisions over the settings (no browser API), shared by the
 * content script, the popup, the options page and the background.
 */
import type { Settings } from '../settings-schema';
import { DEFAULT_HOSTS } from './defaults';

export { normalizeHost } from './host';

const DEFAULTS = new Set<string>(DEFAULT_HOSTS);

/** Paused everywhere: -1 means until turned back on, otherwise until that epoch ms. */
export function isPaused(settings: Pick<Settings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil === -1 || settings.pausedUntil > now;
}

export function isDefaultHost(host: string): boolean {
  return DEFAULTS.has(host.toLowerCase());
}

/** True when Leadwell should analyse drafts on this hostname right now. */
export function isSiteEnabled(host: string, settings: Settings, now: number): boolean {
  const h = host.toLowerCase();
  if (!h || isPaused(settings, now)) return false;
  if (settings.disabledSites.includes(h)) return false;
  return DEFAULTS.has(h) || settings.addedSites.includes(h);
}

/**
 * Settings with the site switched on or off. Switching on a host outside the defaults adds it to
 * addedSites (the caller must hold its host permission); switching off keeps an added site (and its
 * permission) so switching back on needs no new prompt. Lists stay sorted and free of duplicates.
 */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const h = host.toLowerCase();
  const disabled = new Set(settings.disabledSites);
  const added = new Set(settings.addedSites);
  if (enabled) {
    disabled.delete(h);
    if (!DEFAULTS.has(h)) added.add(h);
  } else if (DEFAULTS.has(h) || added.has(h)) {
    disabled.add(h);
  }
  return { ...settings, disabledSites: [...disabled].sort(), addedSites: [...added].sort() };
}

/** Settings with an added site forgotten entirely (the caller revokes its permission). */
export function withSiteRemoved(settings: Settings, host: string): Settings {
  const h = host.toLowerCase();
  return {
    ...settings,
    addedSites: settings.addedSites.filter((s) => s !== h),
    disabledSites: DEFAULTS.has(h) ? settings.disabledSites : settings.disabledSites.filter((s) => s !== h),
  };
}

export type PauseChoice = 'hour' | 'tomorrow' | 'until-resumed';

/** The pausedUntil value for a pause choice made at `now`: an hour, the next local midnight, or -1. */
export function pauseUntil(choice: PauseChoice, now: number): number {
  if (choice === 'hour') return now + 60 * 60 * 1000;
  if (choice === 'until-resumed') return -1;
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
