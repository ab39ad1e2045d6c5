import { startSiteAccess } from '@/lib/site-access';
import { startStats } from '@/lib/stats/background';

export default defineBackground(() => {
  // Wiring only: see lib/ for the logic.
  startSiteAccess(); // sites added beyond the defaults: permissions ↔ runtime content scripts
  startStats(); // weekly summary: 'stats/record' → IndexedDB, daily prune, opt-in reminder
});
