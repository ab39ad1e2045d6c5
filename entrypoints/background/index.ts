import { startSiteAccess } from '@/lib/site-access';
import { startSettingsWriter } from './settings';
import { startStats } from './stats';

export default defineBackground(() => {
  // Wiring only: see lib/ for the logic.
  startSettingsWriter(); // the one writer of settings: 'settings/change' from pages and tabs, one at a time
  startSiteAccess(); // sites added beyond the defaults: permissions ↔ runtime content scripts
  startStats(); // weekly summary: 'stats/record' → IndexedDB (failed writes retried), daily prune, reminder
});
