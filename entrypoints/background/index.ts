import { startSiteAccess } from '@/lib/site-access';
import { startComposeInjection } from './compose-inject';
import { startSettingsWriter } from './settings';
import { startStats } from './stats';

export default defineBackground(() => {
  // Wiring only: see lib/ for the logic.
  startSettingsWriter(); // the one writer of settings: 'settings/change' from pages and tabs, one at a time
  startSiteAccess(); // sites added beyond the defaults: permissions ↔ runtime content scripts
  startComposeInjection(); // a box focused on an enabled site: engine + compose app into that frame
  startStats(); // weekly summary: 'stats/record' → IndexedDB (failed writes retried), daily prune, reminder
});
