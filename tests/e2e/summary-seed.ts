/**
 * Seeding the weekly summary in a real browser: records go through chrome.runtime.sendMessage from an
 * extension page to the background, exactly the path a content script uses (validation included).
 */
import type { Page } from 'playwright-core';
import type { RuleId } from '../../lib/analysis/types';
import type { MessageRecord } from '../../lib/stats/types';
import { addDays, dayKey, localZone, weekKey, zonedInstant } from '../../lib/stats/zone';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; reason?: string }> } };

/**
 * Runs in an extension page (either browser): sends each record as a 'stats/record' message, returns the
 * replies. `browser` is Firefox's promise-based API; Chromium has `chrome`.
 */
export async function sendRecordsInPage(list: unknown[]): Promise<Array<{ ok: boolean; reason?: string }>> {
  const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
  const api = g.browser ?? g.chrome;
  const replies = [];
  for (const record of list) replies.push(await api.runtime.sendMessage({ type: 'stats/record', record }));
  return replies;
}

/** Sends each record as a 'stats/record' message from `page` (an extension page); returns the replies. */
export async function seedRecords(
  page: Page,
  records: unknown[],
): Promise<Array<{ ok: boolean; reason?: string }>> {
  return page.evaluate(sendRecordsInPage, records);
}

/** A small deterministic random source (mulberry32), so the seeded weeks are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES: Array<[string, number]> = [
  ['mail.google.com', 0.45],
  ['app.slack.com', 0.3],
  ['teams.microsoft.com', 0.17],
  ['outlook.office.com', 0.08],
];
/** [rule, chance in a process-only message, chance in a people-aware one]. */
const RULE_ODDS: Array<[RuleId, number, number]> = [
  ['bare-command', 0.7, 0.15],
  ['urgency', 0.35, 0.05],
  ['obligation', 0.25, 0.03],
  ['decision-without-input', 0.15, 0],
  ['passive-aggressive', 0.1, 0],
  ['dismissive', 0.04, 0],
  ['shouting', 0.05, 0.01],
  ['objectifying', 0.05, 0.02],
];
/** Kept examples (when the person opted in): a flagged sentence and the rewrite they applied. */
const EXAMPLES: Partial<Record<RuleId, Array<[string, string]>>> = {
  'bare-command': [
    [
      'Send me the Q3 deck by Thursday.',
      'Could you send me the Q3 deck by Thursday, so I can walk the board through it on Friday?',
    ],
    [
      'Update the tracker before standup.',
      'Could you update the tracker before standup, so we can skip the status round?',
    ],
  ],
  urgency: [['I need the numbers ASAP.', 'Could I have the numbers by 3pm? Finance closes the month at 4.']],
  obligation: [
    [
      'You need to finish the audit by Friday.',
      'Could you finish the audit by Friday, so the client gets it before their review?',
    ],
  ],
};

/** Weeks of plausible messages up to `now`: weekdays busy, weekends quiet, getting more people-aware over time. */
export function realisticRecords(now: number, weeks = 8, seed = 42, keepExamples = false): MessageRecord[] {
  const rand = random(seed);
  const pick = <T>(items: Array<[T, number]>): T => {
    let r = rand();
    for (const [item, weight] of items) if ((r -= weight) < 0) return item;
    return items[0]![0];
  };
  const first = addDays(weekKey(now, localZone), -7 * (weeks - 1));
  const today = dayKey(now, localZone);
  const records: MessageRecord[] = [];
  const total = (Date.parse(today) - Date.parse(first)) / 86_400_000 + 1;
  for (let i = 0; i < total; i++) {
    const day = addDays(first, i);
    const weekend = new Date(`${day}T00:00:00Z`).getUTCDay() % 6 === 0;
    const progress = i / total;
    const count = weekend ? (rand() < 0.3 ? 1 : 0) : 5 + Math.floor(rand() * 8);
    for (let m = 0; m < count; m++) {
      const time = zonedInstant(day, 8 * 60 + Math.floor(rand() * 10 * 60), localZone);
      if (time > now) continue;
      const r = rand();
      const label =
        r < 0.15 ? 'no-ask' : r < 0.15 + 0.85 * (0.3 + 0.45 * progress) ? 'people-aware' : 'process-only';
      const rules: MessageRecord['rules'] = {};
      const examples: NonNullable<MessageRecord['examples']> = [];
      if (label !== 'no-ask') {
        for (const [rule, bad, good] of RULE_ODDS) {
          if (rand() >= (label === 'process-only' ? bad * (1 - 0.4 * progress) : good)) continue;
          rules[rule] = rand() < 0.25 ? 2 : 1;
          const pool = EXAMPLES[rule];
          if (keepExamples && pool && rand() < 0.5) {
            const [text, rewrite] = pool[Math.floor(rand() * pool.length)]!;
            examples.push({ rule, text, rewrite });
          }
        }
      }
      const shown = Object.values(rules).reduce((a, b) => a + b, 0);
      const applied = Math.min(shown, Math.floor(shown * (0.2 + 0.5 * progress) + rand()));
      records.push({
        time,
        site: pick(SITES),
        words: 20 + Math.floor(rand() * 160),
        label,
        score: Math.round(
          label === 'people-aware'
            ? 68 + rand() * 27
            : label === 'process-only'
              ? 18 + rand() * 30
              : 85 + rand() * 15,
        ),
        rules,
        cues: {
          explains: label === 'people-aware',
          invites: label === 'people-aware' && rand() < 0.6,
          acknowledges: rand() < 0.3,
          supports: rand() < 0.2,
        },
        rewrites: { shown, applied, dismissed: Math.floor((shown - applied) * rand()) },
        trigger: rand() < 0.9 ? 'send' : 'leave',
        ...(examples.length ? { examples } : {}),
      });
    }
  }
  return records.sort((a, b) => a.time - b.time);
}
