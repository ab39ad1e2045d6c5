/**
 * The one ask a message gets (coaching-model.md, rewrite principle 5): it fits what is asked — a deadline,
 * a piece of work, a decision — and goes after the last request, where a writer would put it.
 */
import type { AskKind } from './sentence';

export function askText(kind: AskKind, when?: string): string {
  switch (kind) {
    case 'deadline':
      // Said plainly: "Does EOD work for you?" would itself read as pressure.
      return when
        ? `Does ${when.replace(/^(?:eod|cob)$/i, 'end of day')} work for you?`
        : 'Does that timing work for you?';
    case 'work':
      return 'What would you need to get it done?';
    case 'move':
      return 'What would make the move easier for you?';
    case 'decision':
      return 'What would this change for you?';
  }
}
