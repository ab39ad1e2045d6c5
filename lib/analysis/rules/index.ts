/** The registry: one line per rule. Add a rule by writing its file and listing it here. */
import { bareCommand } from './bare-command';
import { decisionWithoutInput } from './decision-without-input';
import { dismissive } from './dismissive';
import { loadedQuestion } from './loaded-question';
import { objectifying } from './objectifying';
import { obligation } from './obligation';
import { passiveAggressive } from './passive-aggressive';
import { putDown } from './put-down';
import { shouting } from './shouting';
import { unfilledSlot } from './unfilled-slot';
import { threat } from './threat';
import { urgency } from './urgency';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  bareCommand,
  obligation,
  urgency,
  dismissive,
  passiveAggressive,
  shouting,
  objectifying,
  decisionWithoutInput,
  threat,
  putDown,
  loadedQuestion,
  unfilledSlot,
];
