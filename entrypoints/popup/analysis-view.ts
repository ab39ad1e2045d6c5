/**
 * One analysis on screen: the message's label and balance score, each finding with its sentence,
 * reason and rewrites (Apply / Copy), and the whole message rewritten. Used for the tab's draft and
 * for pasted text alike; what Apply does is the caller's.
 */
// Pure and small: the engine itself (compromise) is loaded only for pasted text, see main.ts.
import { rewriteMessage } from '@/lib/analysis/rewrite/message';
import { RULE_INFO, titleOf } from '@/lib/analysis/rules/info';
import type { Analysis, Finding, Label } from '@/lib/analysis/types';
import { h, withSlots } from './dom';

export interface ViewActions {
  apply(finding: Finding, rewrite: string): void | Promise<void>;
  applyWhole(rewritten: string): void | Promise<void>;
  copy(text: string): void | Promise<void>;
}

const LABELS: Record<Label, { title: string; says: string }> = {
  'people-aware': { title: 'People-aware', says: 'It asks, and it explains why or invites a reply.' },
  'process-only': {
    title: 'Process only',
    says: 'It asks for something but gives no reason and no way to respond.',
  },
  'no-ask': { title: 'Nothing asked', says: 'Nothing is asked or decided here: nothing to coach.' },
};

const CUES = [
  ['explains', 'Explains why'],
  ['invites', 'Invites a reply'],
  ['acknowledges', 'Acknowledges'],
  ['supports', 'Offers help'],
] as const;

function summary(analysis: Analysis): HTMLElement {
  const label = LABELS[analysis.label];
  const score = Math.max(0, Math.min(100, Math.round(analysis.score)));
  const cues = analysis.cues.asks
    ? h(
        'ul',
        { class: 'cues', 'aria-label': 'What the message does' },
        ...CUES.map(([key, text]) =>
          h('li', { class: analysis.cues[key] ? 'cue on' : 'cue' }, analysis.cues[key] ? `✓ ${text}` : text),
        ),
      )
    : null;
  return h(
    'section',
    { class: 'summary', 'aria-label': 'Message summary' },
    h(
      'div',
      { class: 'summary-row' },
      h('span', { class: `label label-${analysis.label}`, 'data-popup-label': analysis.label }, label.title),
      h('span', { class: 'score-text', 'data-popup-score': score }, `Balance ${score}/100`),
    ),
    h(
      'div',
      {
        class: 'meter',
        role: 'meter',
        'aria-label': 'Balance between process (0) and people (100)',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': score,
      },
      h('span', { class: 'meter-fill', style: `width:${score}%` }),
    ),
    h('p', { class: 'muted' }, label.says),
    cues,
  );
}

function button(
  text: string,
  attrs: Record<string, string>,
  run: () => void | Promise<void>,
): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, text);
  el.addEventListener('click', () => void run());
  return el;
}

function findingItem(f: Finding, actions: ViewActions): HTMLElement {
  const info = RULE_INFO[f.rule];
  return h(
    'li',
    { class: `finding sev-${f.severity}`, 'data-popup-finding': f.rule },
    h(
      'div',
      { class: 'finding-head' },
      h('span', { class: 'sev', title: f.severity }, f.severity),
      // One entry per sentence: every problem in it named; its one rewrite fixes them all.
      h(
        'strong',
        {},
        (f.problems ?? [f.rule]).map((r) => titleOf(RULE_INFO[r], f.severity) ?? r).join(' · ') ||
          info?.title,
      ),
    ),
    h('blockquote', { class: 'flagged', 'data-popup-text': f.text }, f.text),
    h('p', { class: 'why' }, f.message),
    ...rewriteLists(f, actions),
  );
}

/** The first rewrite in full view; the others one click away, so the popup stays short. */
function rewriteLists(f: Finding, actions: ViewActions): HTMLElement[] {
  const item = (r: string) =>
    h(
      'li',
      { class: 'rewrite' },
      h('p', { class: 'rewrite-text' }, withSlots(r)),
      h(
        'div',
        { class: 'actions' },
        button('Apply', { class: 'primary', 'data-popup-apply': '' }, () => actions.apply(f, r)),
        button('Copy', { 'data-popup-copy': '' }, () => actions.copy(r)),
      ),
    );
  const [first, ...more] = f.rewrites;
  if (first === undefined) return [];
  const lists: HTMLElement[] = [h('ol', { class: 'rewrites', 'aria-label': 'Rewrite' }, item(first))];
  if (more.length) {
    lists.push(
      h(
        'details',
        { class: 'more' },
        h('summary', {}, more.length === 1 ? '1 more way to say it' : `${more.length} more ways to say it`),
        h('ol', { class: 'rewrites', 'aria-label': 'More rewrites' }, ...more.map(item)),
      ),
    );
  }
  return lists;
}

function wholeMessage(text: string, analysis: Analysis, actions: ViewActions): HTMLElement | null {
  if (!analysis.findings.some((f) => f.rewrites.length)) return null;
  const rewritten = rewriteMessage(text, analysis) ?? text;
  return h(
    'details',
    { class: 'whole', 'data-popup-whole': '' },
    h('summary', {}, 'Rewrite the whole message'),
    h('p', { class: 'muted' }, 'The first rewrite of every finding, applied at once. Fill in the [slots].'),
    h('div', { class: 'whole-text' }, withSlots(rewritten)),
    h(
      'div',
      { class: 'actions' },
      button('Apply to draft', { class: 'primary', 'data-popup-apply-whole': '' }, () =>
        actions.applyWhole(rewritten),
      ),
      button('Copy', { 'data-popup-copy-whole': '' }, () => actions.copy(rewritten)),
    ),
  );
}

export function renderAnalysis(text: string, analysis: Analysis, actions: ViewActions): HTMLElement {
  const root = h('div', { class: 'analysis' });
  if (analysis.language === 'other') {
    root.append(h('p', { class: 'notice' }, analysis.notice ?? 'Leadwell only coaches English for now.'));
    return root;
  }
  root.append(summary(analysis));
  if (analysis.partial)
    root.append(h('p', { class: 'notice' }, 'Long text: only the first part was checked.'));
  if (!analysis.findings.length) {
    root.append(
      h(
        'p',
        { class: 'empty' },
        analysis.label === 'process-only'
          ? 'No single sentence to flag, but the message asks without a why or a question: add one.'
          : 'Nothing to change.',
      ),
    );
    return root;
  }
  root.append(
    h(
      'ol',
      { class: 'findings', 'aria-label': `${analysis.findings.length} findings` },
      ...analysis.findings
        .filter((f, i, all) => all.findIndex((g) => g.start === f.start && g.end === f.end) === i)
        .map((f) => findingItem(f, actions)),
    ),
  );
  const whole = wholeMessage(text, analysis, actions);
  if (whole) root.append(whole);
  return root;
}
