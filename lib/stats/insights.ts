/** What the week's figures mean for the person: recurring patterns, the habit to work on, what improved. */
import { RULE_INFO } from '../analysis/rules/info';
import { RULE_IDS, type RuleId, type Severity } from '../analysis/types';
import type { MessageRecord } from './types';
import type { WeekStats } from './week';

export interface Pattern {
  rule: RuleId;
  title: string;
  /** What it costs the writer. */
  why: string;
  count: number;
  messages: number;
  lastWeekCount: number;
  /** A model rewrite: the person's own kept example when there is one, else the rule's stock example. */
  example: { before: string; after: string; own: boolean };
}

export interface Habit {
  rule: RuleId;
  title: string;
  tip: string;
  count: number;
}

/** One concrete practice per rule, for "the habit to work on next week". */
export const HABIT_TIPS: Record<RuleId, string> = {
  'bare-command': 'Before you send a request, add one "so that …": the reason it matters.',
  obligation: 'Swap "you need to" for "could you …, so that …?" and ask whether the timing works.',
  urgency:
    'When something is urgent, say what the deadline protects: "by 3pm, because the courier leaves at 4".',
  dismissive: 'When plans clash, name the other person\'s situation first: "I know this clashes with …".',
  'passive-aggressive': 'Drop the reminder phrases; restate the point plainly and ask what is in the way.',
  shouting: 'Let the words carry the emphasis: no capitals, one exclamation mark at most.',
  objectifying: 'Say "someone", the role or the person\'s name instead of "resource" or "headcount".',
  'decision-without-input':
    'When you announce a change, add the reason and one question: "Does the timing work for your team?"',
  threat: 'Say what is at stake and why, then offer help: "If something is in the way, tell me early."',
  'put-down': 'Critique the work, not the person: name what to change and ask what led to it.',
  'loaded-question':
    'Ask what you want to know: "What led you to do it this way?" instead of "Why would you…?"',
  'unfilled-slot': 'Read the draft once before sending: fill or delete every [blank] a rewrite left.',
};

const WEIGHT: Record<Severity, number> = { hint: 1, warning: 2, alert: 3 };

/** Rules that came up this week, most frequent first (ties: the heavier rule, then rule order). */
export function topPatterns(
  thisWeek: WeekStats,
  lastWeek: WeekStats,
  recordsNewestFirst: readonly MessageRecord[],
  limit = 3,
): Pattern[] {
  return RULE_IDS.filter((rule) => thisWeek.rules[rule] > 0)
    .sort(
      (a, b) =>
        thisWeek.rules[b] - thisWeek.rules[a] ||
        WEIGHT[RULE_INFO[b].severity] - WEIGHT[RULE_INFO[a].severity] ||
        RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b),
    )
    .slice(0, limit)
    .map((rule) => ({
      rule,
      title: RULE_INFO[rule].title,
      why: RULE_INFO[rule].why,
      count: thisWeek.rules[rule],
      messages: thisWeek.messagesWithRule[rule],
      lastWeekCount: lastWeek.rules[rule],
      example: ownExample(rule, recordsNewestFirst) ?? { ...RULE_INFO[rule].example, own: false },
    }));
}

/** The person's most recent kept example for a rule (only present when they opted in to keep examples). */
function ownExample(rule: RuleId, records: readonly MessageRecord[]): Pattern['example'] | undefined {
  for (const r of records) {
    const ex = r.examples?.find((e) => e.rule === rule && e.text.trim() && e.rewrite.trim());
    if (ex) return { before: ex.text, after: ex.rewrite, own: true };
  }
  return undefined;
}

/** The one pattern to work on next week: the costliest this week (count × severity), or null if none. */
export function habitToWorkOn(thisWeek: WeekStats): Habit | null {
  const cost = (rule: RuleId) => thisWeek.rules[rule] * WEIGHT[RULE_INFO[rule].severity];
  const ranked = RULE_IDS.filter((rule) => thisWeek.rules[rule] > 0).sort(
    (a, b) =>
      cost(b) - cost(a) ||
      thisWeek.messagesWithRule[b] - thisWeek.messagesWithRule[a] ||
      RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b),
  );
  const rule = ranked[0];
  if (!rule) return null;
  return { rule, title: RULE_INFO[rule].title, tip: HABIT_TIPS[rule], count: thisWeek.rules[rule] };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Plain sentences about what got better since last week; empty when there is nothing to compare or praise. */
export function whatImproved(thisWeek: WeekStats, lastWeek: WeekStats): string[] {
  if (!thisWeek.messages || !lastWeek.messages) return [];
  const out: string[] = [];
  const [a, b] = [lastWeek.averageScore, thisWeek.averageScore];
  if (a !== null && b !== null && b - a >= 2)
    out.push(`Average balance rose from ${Math.round(a)} to ${Math.round(b)}.`);
  const [sa, sb] = [lastWeek.peopleAwareShare, thisWeek.peopleAwareShare];
  if (sa !== null && sb !== null && sb - sa >= 0.05)
    out.push(`People-aware requests rose from ${pct(sa)} to ${pct(sb)}.`);
  for (const rule of RULE_IDS) {
    const before = lastWeek.messagesWithRule[rule] / lastWeek.messages;
    const now = thisWeek.messagesWithRule[rule] / thisWeek.messages;
    // Rates, not counts, so a quieter week does not pass for progress; two hits last week at least.
    if (lastWeek.messagesWithRule[rule] >= 2 && now <= before * 0.75)
      out.push(`${RULE_INFO[rule].title}: in ${pct(before)} of messages last week, ${pct(now)} this week.`);
  }
  if (thisWeek.rewritesApplied > lastWeek.rewritesApplied)
    out.push(`You applied ${thisWeek.rewritesApplied} rewrites (last week ${lastWeek.rewritesApplied}).`);
  return out;
}
