/**
 * Every rule's examples by rule id, for rules.test.ts. Test-only: the engine never imports this file, so the
 * shipped bundle carries no example sentences.
 */
import type { RuleId } from '../types';
import { examples as bareCommand } from './bare-command';
import { examples as decisionWithoutInput } from './decision-without-input';
import { examples as dismissive } from './dismissive';
import { examples as loadedQuestion } from './loaded-question';
import { examples as objectifying } from './objectifying';
import { examples as obligation } from './obligation';
import { examples as passiveAggressive } from './passive-aggressive';
import { examples as putDown } from './put-down';
import { examples as shouting } from './shouting';
import { examples as unfilledSlot } from './unfilled-slot';
import { examples as threat } from './threat';
import { examples as urgency } from './urgency';
import type { RuleExamples } from './rule';

export const RULE_EXAMPLES: Record<RuleId, RuleExamples> = {
  'bare-command': bareCommand,
  'decision-without-input': decisionWithoutInput,
  dismissive: dismissive,
  'loaded-question': loadedQuestion,
  objectifying: objectifying,
  obligation: obligation,
  'passive-aggressive': passiveAggressive,
  'put-down': putDown,
  shouting: shouting,
  'unfilled-slot': unfilledSlot,
  threat: threat,
  urgency: urgency,
};
