import type { Label, RuleId } from '../analysis/types';

/** One message the person sent. No draft text unless opted in. */
export interface MessageRecord {
  /** Epoch ms when recorded. */
  time: number;
  /** Hostname, e.g. mail.google.com. */
  site: string;
  words: number;
  label: Label;
  score: number;
  /** Findings per rule at the time of sending. */
  rules: Partial<Record<RuleId, number>>;
  cues: { explains: boolean; invites: boolean; acknowledges: boolean; supports: boolean };
  rewrites: { shown: number; applied: number; dismissed: number };
  /** How the record was triggered: always 'send' now; 'leave' (an unsent draft) only in records of earlier versions. */
  trigger: 'send' | 'leave';
  /** Only when the person opted in to keep examples: the flagged sentence and the rewrite chosen. */
  examples?: Array<{ rule: RuleId; text: string; rewrite: string }>;
}

/** A record as kept in the store: the message record plus its store key. */
export type StoredRecord = MessageRecord & { id?: number };
