/** Every phrase table the engine uses, compiled once at load; phrases.test.ts checks all their entries. */
import { NOT_A_REQUEST, SOFTENERS } from '../data/bare-command';
import {
  ACKNOWLEDGE,
  COURTESY,
  INFORMATION_REQUEST,
  INVITE,
  POLITE_REQUEST,
  PROBLEM,
  REASON,
  SOCIAL,
  SUPPORT,
} from '../data/cues';
import { ANNOUNCE, MEMO } from '../data/decisions';
import { DISMISSIVE } from '../data/dismissive';
import { GIFTS } from '../data/gifts';
import { GREETINGS, SIGN_OFFS } from '../data/frame';
import { ACCUSING, CONTROL_CHECKS } from '../data/loaded-questions';
import { OBJECTIFYING } from '../data/objectifying';
import { INVITING, NOT_A_DEMAND } from '../data/obligation';
import { PASSIVE_AGGRESSIVE } from '../data/passive-aggressive';
import { PUT_DOWNS } from '../data/put-downs';
import { CONDITIONS, SANCTIONS, THREATS_ALONE } from '../data/threats';
import { CALM, PRESSURE } from '../data/urgency';
import { phraseTable, type PhraseEntry } from './phrases';

export const PHRASE_DATA = {
  'loaded-question/control-check': CONTROL_CHECKS,
  'loaded-question/accusing': ACCUSING,
  'put-down': PUT_DOWNS,
  gift: GIFTS,
  'threat/sanction': SANCTIONS,
  'threat/condition': CONDITIONS,
  'threat/alone': THREATS_ALONE,
  dismissive: Object.values(DISMISSIVE).flat(),
  urgency: PRESSURE,
  'urgency/calm': CALM,
  objectifying: Object.values(OBJECTIFYING).flat(),
  'passive-aggressive': PASSIVE_AGGRESSIVE,
  'cue/courtesy': COURTESY,
  'cue/reason': REASON,
  'cue/problem': PROBLEM,
  'cue/invite': INVITE,
  'cue/acknowledge': ACKNOWLEDGE,
  'cue/support': SUPPORT,
  'cue/request': POLITE_REQUEST,
  'cue/information': INFORMATION_REQUEST,
  'cue/social': SOCIAL,
  'decision/announce': ANNOUNCE,
  'decision/memo': MEMO,
  'obligation/not-a-demand': NOT_A_DEMAND,
  'obligation/inviting': INVITING,
  'bare-command/not-a-request': NOT_A_REQUEST,
  'bare-command/softener': SOFTENERS,
  'frame/greeting': GREETINGS,
  'frame/sign-off': SIGN_OFFS,
} satisfies Record<string, PhraseEntry[]>;

export type TableName = keyof typeof PHRASE_DATA;

export const TABLES = Object.fromEntries(
  Object.entries(PHRASE_DATA).map(([name, entries]) => [name, phraseTable(entries)]),
) as Record<TableName, ReturnType<typeof phraseTable>>;
