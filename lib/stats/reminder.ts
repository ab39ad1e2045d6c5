/**
 * The opt-in weekly reminder's facts: an alarm each Friday at 16:00 local time and a notification that opens
 * the summary. "notifications" is an optional permission, asked for only when the person turns this on.
 * Pure; the browser wiring is in entrypoints/background/reminder.ts (alarm, notification) and
 * entrypoints/options/reminder.ts (the switch).
 */
import { localZone, nextWeekly, type Zone } from './zone';

export const REMINDER_ALARM = 'leadwell-weekly-reminder';
export const REMINDER_NOTIFICATION = 'leadwell-weekly-summary';
export const NOTIFICATIONS = { permissions: ['notifications' as const] };
const FRIDAY = 4;
const AT_MINUTE = 16 * 60;

export type ReminderResult = { ok: true } | { ok: false; reason: string };

/** When the next reminder is due: the next Friday 16:00 in `zone` (re-computed after each, so DST never drifts it). */
export function nextReminderAt(now: number, zone: Zone = localZone): number {
  return nextWeekly(now, FRIDAY, AT_MINUTE, zone);
}
