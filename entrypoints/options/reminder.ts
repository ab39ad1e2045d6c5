/**
 * The options page's reminder switch. Turning it on asks for the notifications permission; the setting then
 * reaches the background, whose settings watch sets or clears the alarm (entrypoints/background/stats.ts).
 */
import { browser } from 'wxt/browser';
import { updateSettings } from '@/lib/settings';
import { NOTIFICATIONS, type ReminderResult } from '@/lib/stats/reminder';

/**
 * Turns the reminder on. Call it straight from a click handler: the browser only shows the permission prompt
 * during a user gesture, so nothing is awaited before the request.
 */
export async function enableWeeklyReminder(): Promise<ReminderResult> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request(NOTIFICATIONS);
  } catch (error) {
    return { ok: false, reason: `permission request failed: ${String(error)}` };
  }
  if (!granted) return { ok: false, reason: 'notifications permission not granted' };
  await updateSettings((s) => ({ ...s, weeklyReminder: true }));
  return { ok: true };
}

/** Turns the reminder off and gives the notifications permission back. */
export async function disableWeeklyReminder(): Promise<void> {
  await updateSettings((s) => ({ ...s, weeklyReminder: false }));
  await browser.permissions.remove(NOTIFICATIONS).catch(() => false);
}
