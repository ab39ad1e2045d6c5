import type { RuleId, Severity } from '../types';

/** What the UI says about each rule: a title, why it costs influence, and a before/after example. */
export interface RuleInfo {
  id: RuleId;
  title: string;
  /** The title when the finding is a hint: a softened request is not an order. */
  hintTitle?: string;
  why: string;
  severity: Severity;
  example: { before: string; after: string };
}

export const RULE_INFO: Record<RuleId, RuleInfo> = {
  'bare-command': {
    id: 'bare-command',
    title: 'Order with no reason',
    hintTitle: 'Request with no reason',
    why: 'An order with no reason treats the reader as a pair of hands; the why turns it into a shared goal.',
    severity: 'warning',
    example: {
      before: 'Move the files to the new drive by Monday.',
      after:
        'Could you move the files to the new drive by Monday, so that [reason]? Does Monday work for you?',
    },
  },
  obligation: {
    id: 'obligation',
    title: 'Pressure on the reader',
    why: '"You need to" and "you must" put pressure where a request and a reason would win help.',
    severity: 'warning',
    example: {
      before: 'You need to finish the audit by Friday.',
      after: 'Could you finish the audit by Friday, so that [reason]?',
    },
  },
  urgency: {
    id: 'urgency',
    title: 'Urgency with no reason',
    why: 'Pressure words with no reason read as panic or distrust; say what the deadline protects.',
    severity: 'warning',
    example: {
      before: 'Send me the numbers ASAP.',
      after: 'Send me the numbers by [time], because [reason].',
    },
  },
  dismissive: {
    id: 'dismissive',
    title: "Dismisses the reader's view",
    why: "Brushing off someone's feelings, circumstances or input tells them they don't count; they stop telling you things.",
    severity: 'alert',
    example: {
      before: "I don't care what you had planned.",
      after: 'I know this clashes with your plans.',
    },
  },
  'passive-aggressive': {
    id: 'passive-aggressive',
    title: 'Scolding phrase',
    why: 'Stock phrases like "per my last email" scold; the reader hears the tone, not the request.',
    severity: 'warning',
    example: {
      before: 'Per my last email, the deadline is Friday.',
      after: 'Just flagging again that the deadline is Friday — let me know if anything is in the way.',
    },
  },
  shouting: {
    id: 'shouting',
    title: 'Shouting',
    why: 'All caps and stacked punctuation read as shouting, even when you mean excitement.',
    severity: 'warning',
    example: { before: 'PLEASE CHECK every logo!!', after: 'Please check every logo!' },
  },
  objectifying: {
    id: 'objectifying',
    title: 'People as things',
    why: 'Calling people "resources" or "bodies" tells them they are interchangeable.',
    severity: 'hint',
    example: {
      before: "I'm allocating a resource to your team.",
      after: "I'm asking someone to join your team.",
    },
  },
  'decision-without-input': {
    id: 'decision-without-input',
    title: 'Decision announced, not shared',
    why: 'A change that affects people, announced with no reason and no way to respond, costs their trust.',
    severity: 'warning',
    example: {
      before: 'Effective Monday your team moves to the third floor.',
      after:
        'Effective Monday your team moves to the third floor, because [reason]. Does the timing work for your team?',
    },
  },
  threat: {
    id: 'threat',
    title: 'Threat',
    why: 'A consequence held over someone gets compliance once and costs trust for good; say what is at stake and offer help.',
    severity: 'alert',
    example: {
      before: "Finish it by Friday or you're off the project.",
      after:
        "I need this by Friday, because [reason]. If something is in the way, tell me early and we'll sort it out together.",
    },
  },
  'put-down': {
    id: 'put-down',
    title: 'Put-down',
    why: 'Contempt for the person or their work shuts them down; specific critique of the work gets it fixed.',
    severity: 'alert',
    example: {
      before: 'That plan is idiotic.',
      after: "I'm not sure this plan works yet: [concern]. What led you to it?",
    },
  },
  'loaded-question': {
    id: 'loaded-question',
    title: 'Loaded question',
    why: 'A question that accuses or demands agreement is not really a question; ask what you want to know.',
    severity: 'warning',
    example: {
      before: 'Why would you do that?',
      after: 'What led you to do it this way?',
    },
  },
  'unfilled-slot': {
    id: 'unfilled-slot',
    title: 'You left a blank',
    why: 'A rewrite left a [blank] for you to fill; sent as it is, it reads as a form letter.',
    severity: 'alert',
    example: {
      before: 'Could you send the report by Friday, so that [reason]?',
      after: 'Could you send the report by Friday, so that finance can close the month?',
    },
  },
};

/** A finding's card title: a hint's own title where the rule has one. */
export const titleOf = (info: RuleInfo | undefined, severity: Severity): string | undefined =>
  (severity === 'hint' && info?.hintTitle) || info?.title;
