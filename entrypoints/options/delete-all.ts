/**
 * "Delete all data", the same wherever it is offered (Settings → Your data, the weekly summary): every record,
 * the records waiting to be written, the settings, and the sites added beyond the defaults with their
 * permissions. Afterwards Leadwell is as freshly installed.
 */
import { browser } from 'wxt/browser';
import { removeAddedSite } from '@/lib/site-access';
import { getSettings } from '@/lib/settings';
import type { StatsStore } from '@/lib/stats/store';

/** What deleteAllData removes, for the confirmation and the README. */
export const DELETES_WHAT = 'your recorded messages, your settings and the sites you added';

export async function deleteAllData(store: StatsStore): Promise<void> {
  // An unreadable database (say, from a newer version) is deleted whole instead.
  await store.clear().catch(() => store.deleteAll());
  const { addedSites } = await getSettings().catch(() => ({ addedSites: [] as string[] }));
  for (const host of addedSites) await removeAddedSite(host).catch(() => undefined); // permissions go too
  await browser.storage.local.clear(); // settings back to defaults everywhere, and the retry queue
}
