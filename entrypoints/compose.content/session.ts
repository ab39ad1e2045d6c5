/**
 * One compose box: reads it through its editor adapter, analyses off the keystroke path, draws through the
 * overlay, applies rewrites, and reports the finished message (see send-watch.ts) as counts.
 */
import type { SlicedAnalyser, SlicedPass } from '@/lib/analysis/analyse';
import type { Analysis, AnalyseOptions, Finding } from '@/lib/analysis/types';
import { createAdapter, type EditorAdapter } from '@/lib/editors';
import { observeMove } from '@/lib/editors/observe-move';
import { visibleRects } from '@/lib/editors/visible';
import { BoxView, type ViewFinding } from '@/lib/overlay/view';
import { fillSlots } from '@/lib/analysis/rewrite/slots';
import { overlayFor } from '@/lib/overlay/root';
import type { Settings } from '@/lib/settings';
import type { SiteAdapter } from '@/lib/sites';
import type { MessageRecord } from '@/lib/stats/types';
import { buildRecord } from './record';
import type { Engine } from '@/lib/engine-chunk';
import { SendWatch } from './send-watch';
import { nextTask } from './next-task';

/** The longest time an editor merges edits into one undo step (Quill's history delay). */
const UNDO_GROUP_MS = 1000;

/** The pause in typing after which the draft is analysed (the keystroke itself only notes the time). */
const DEBOUNCE_MS = 150;
/** The longest a slice of analysis may run before it yields to the page. */
const SLICE_MS = 8;
/** Findings this far (px) above or below the visible part of the box are measured too, ready for a scroll. */
const NEAR_PX = 300;
/** A first analysis of a draft longer than this looks at the part around the caret first, to mark it sooner. */
const QUICK_OVER = 3000;

export interface SessionDeps {
  engine: Engine;
  site: SiteAdapter;
  host: string;
  settings(): Settings;
  disableRule(rule: string): void;
  record(record: MessageRecord): void;
  /** Called when the box leaves the page for good. */
  gone(session: BoxSession): void;
  /**
   * The person wrote in the box before its session existed (while Leadwell was being injected): all its text
   * is theirs to count, not a draft that was there before they came.
   */
  typedBefore?: boolean;
}

export class BoxSession {
  readonly adapter: EditorAdapter;
  private readonly view: BoxView;
  private readonly analyser: SlicedAnalyser;
  /** The analysis under way, in slices (a long draft), and its next slice. */
  private pass: SlicedPass | null = null;
  /** The first analysis of a long draft: the part around the caret, shown before the whole is done. */
  private quick: { from: number; pass: SlicedPass } | null = null;
  /** Cancels the next slice's task. */
  private cancelSlice = (): void => {};
  private readonly doc: Document;
  private readonly sendWatch: SendWatch;
  text = '';
  private ignore: Array<[number, number]> = [];
  analysis: Analysis | null = null;
  private findings: Finding[] = [];
  private readonly dismissed = new Set<string>();
  private shown = new Set<string>();
  private applied: NonNullable<MessageRecord['examples']> = [];
  private dismissedCount = 0;
  private baseline: string;
  private timer = 0;
  private frame = 0;
  private readonly cleanups: Array<() => void> = [];
  private clipAncestors: HTMLElement[] | null = null;
  /** Set while our own apply writes into the box (not a person's edit). */
  private applying = false;
  /** When the person last changed the box (for the editor's undo grouping, see apply). */
  private lastEdit = 0;

  constructor(
    readonly element: HTMLElement,
    private readonly deps: SessionDeps,
  ) {
    this.doc = element.ownerDocument;
    const overlay = overlayFor(this.doc);
    this.adapter = createAdapter(element, overlay.shadow, this.relayout);
    this.analyser = deps.engine.createSlicedAnalyser();
    this.view = new BoxView(this.doc, {
      apply: (id, i, fill) => void this.apply(id, i, fill),
      dismiss: (id) => this.dismiss(id),
      disableRule: (rule) => deps.disableRule(rule),
      focusEditor: () => element.focus({ preventScroll: true }),
      caretAt: (id, e) => this.caretAt(id, e),
    });
    this.baseline = deps.typedBefore ? '' : this.adapter.read(deps.site.ignoreSelectors).text;
    this.sendWatch = new SendWatch(element, deps.site, {
      snapshot: () => this.snapshot(),
      text: () => this.draftText(),
      sent: (trigger, snap) => this.finish(trigger, snap),
    });
    this.listen();
    this.analyseNow();
  }

  /** Re-analyse after `delay` ms (our own edits; a person's go through `edited`). */
  schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.analyseNow();
    }, delay);
  }

  /**
   * A person's edit: re-analyse after a pause in typing. The keystroke path is a timestamp: one timer per
   * pause, which on firing early re-arms for the rest of it, not a clearTimeout and a setTimeout per key.
   */
  private edited = (): void => {
    if (this.applying) return;
    this.lastEdit = performance.now();
    if (this.timer) return;
    const fire = (): void => {
      const wait = this.lastEdit + DEBOUNCE_MS - performance.now();
      this.timer = wait > 1 ? window.setTimeout(fire, wait) : 0;
      if (!this.timer) this.analyseNow();
    };
    this.timer = window.setTimeout(fire, DEBOUNCE_MS);
  };

  /** Reads the box and analyses it in slices of SLICE_MS that yield to the page; the view follows at the end. */
  analyseNow(): void {
    if (!this.element.isConnected) return this.deps.gone(this);
    const { text, ignore } = this.adapter.read(this.deps.site.ignoreSelectors);
    this.text = text;
    this.ignore = ignore;
    this.cancelSlice();
    this.pass = this.analyser.start(text, this.options());
    this.quick = null;
    if (!this.analysis && text.length > QUICK_OVER) {
      // First marks sooner: the ~2,500 characters around the caret (what is on screen), then the whole draft.
      // Only within the part the whole pass covers (a very long draft is analysed from its start): marks past
      // it would vanish when the pass ends, after laying out the textarea's mirror up to the caret for them
      // (a 1 MB draft: 1 MB of layout in ~30 tasks of 20-230 ms, for marks shown a moment).
      const at = this.adapter.caret() ?? text.length;
      const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, at - 2000)));
      const to = Math.min(this.pass.covered, at + 500);
      if (from < to) {
        const window = text.slice(from, to);
        const ignore = ignoreIn(this.ignore, from, to);
        this.quick = { from, pass: this.analyser.start(window, { ...this.options(), ignore }) };
      }
    }
    this.continuePass();
  }

  private continuePass = (): void => {
    const quick = this.quick;
    const pass = quick?.pass ?? this.pass;
    if (!pass) return;
    const analysis = pass.step(SLICE_MS);
    if (!analysis) {
      this.cancelSlice = nextTask(this.continuePass); // the page's own tasks (typing) run in between
      return;
    }
    if (quick) {
      this.quick = null;
      const findings = analysis.findings.map((f) => ({
        ...f,
        start: f.start + quick.from,
        end: f.end + quick.from,
      }));
      this.showAnalysis({ ...analysis, findings }, this.text.length, false);
      this.cancelSlice = nextTask(this.continuePass);
      return;
    }
    this.pass = null;
    this.showAnalysis(analysis, pass.covered);
  };

  /** The whole draft analysed at once (a record at send time), sharing the sliced analyser's results. */
  private analyseAll(text: string): Analysis {
    const pass = this.analyser.start(text, this.options());
    for (;;) {
      const analysis = pass.step(Infinity);
      if (analysis) return analysis;
    }
  }

  /** Draws an analysis; a provisional one (the part around the caret) is not the draft's analysis yet. */
  private showAnalysis(analysis: Analysis, covered: number, final = true): void {
    const { text, ignore } = this;
    if (final) this.analysis = analysis;
    this.findings = analysis.findings.filter(
      (f) => !this.dismissed.has(key(f)) && !ignore.some(([a, b]) => f.start < b && f.end > a),
    );
    for (const f of this.findings) this.shown.add(key(f));
    const info = this.deps.engine.RULE_INFO;
    const view: ViewFinding[] = this.findings.map((f) => ({
      id: `${f.rule}:${f.start}`,
      rule: f.rule,
      severity: f.severity,
      text: f.text,
      // A softened request is titled as one (RuleInfo.hintTitle); titleOf is not imported, to keep this chunk small.
      title: (f.severity === 'hint' && info[f.rule]?.hintTitle) || info[f.rule]?.title || f.rule,
      message: f.message || info[f.rule]?.why || '',
      rewrites: f.rewrites,
      problems: f.problems?.map((r) => info[r]?.title ?? r),
    }));
    // The badge counts every finding; a draft too long to analyse whole says how much was.
    const part = covered < text.length ? Math.max(1, Math.floor((covered / text.length) * 100)) : 100;
    const notice = !final
      ? `${view.length} suggestion${view.length === 1 ? '' : 's'} so far, checking the rest of the draft`
      : analysis.language === 'other'
        ? analysis.notice
        : part < 100
          ? `${view.length} suggestion${view.length === 1 ? '' : 's'} in the first ${part}% of this long draft`
          : undefined;
    this.view.show(view, analysis.label, this.layout(), notice);
    if (!final) return;
    const blank = withoutRanges(text, ignore).trim() === '';
    this.sendWatch.analysed(blank, blank || text === this.baseline ? null : this.record(analysis));
  }

  /** Re-position marks and badge on the next frame (scroll, resize, zoom, re-render). */
  relayout = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.element.isConnected) this.view.layout(this.layout());
    });
  };

  openNext(): boolean {
    return this.view.openNext(true);
  }

  async replace(start: number, end: number, expected: string, replacement: string): Promise<boolean> {
    // Editors group edits made close together into one undo step (Quill within 1 s, ProseMirror 0.5 s):
    // a rewrite (card or popup) applied right after typing would be undone with the last keys typed.
    const wait = UNDO_GROUP_MS - (performance.now() - this.lastEdit);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    // A span outside the current text (a stale or forged request) changes nothing.
    const length = this.adapter.read([]).text.length;
    if (!(start >= 0 && start <= end && end <= length)) return false;
    this.applying = true;
    try {
      const ok = await this.adapter.replace(start, end, expected, replacement);
      if (ok) {
        // Select the first `[slot]` so the writer types the reason straight in.
        const slot = /\[[^\]\n]{1,40}\]/.exec(replacement);
        const at = slot ? start + slot.index : start + replacement.length;
        this.adapter.select(at, slot ? at + slot[0].length : at);
      }
      return ok;
    } finally {
      this.applying = false;
      this.schedule(0);
    }
  }

  /** The message record if the box were sent now (fresh analysis, counts only). */
  snapshot(): MessageRecord | null {
    const { text, ignore } = this.adapter.read(this.deps.site.ignoreSelectors);
    if (!text.trim() || text === this.baseline) return null;
    this.ignore = ignore;
    return this.record(this.analyseAll(text));
  }

  private record(analysis: Analysis): MessageRecord {
    const settings = this.deps.settings();
    return buildRecord(this.deps.host, analysis, {
      shown: this.shown.size,
      applied: this.applied.length,
      dismissed: this.dismissedCount,
      examples: settings.keepExamples ? this.applied : undefined,
    });
  }

  /**
   * Called on page hide or box removal. Only sent messages are recorded (README, options page): an unsent
   * draft records nothing, but an Enter still being confirmed as a send counts now, before the page goes.
   */
  leave(): void {
    this.sendWatch.flush();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.cancelSlice();
    this.pass = null;
    this.quick = null;
    cancelAnimationFrame(this.frame);
    this.cleanups.forEach((c) => c());
    this.sendWatch.destroy();
    this.view.destroy();
    this.adapter.dispose();
  }

  private draftText(): string {
    const { text, ignore } = this.adapter.read(this.deps.site.ignoreSelectors);
    return withoutRanges(text, ignore);
  }

  private finish(trigger: MessageRecord['trigger'], snap: MessageRecord): void {
    this.deps.record({ ...snap, trigger, time: Date.now() });
    this.baseline = this.adapter.read(this.deps.site.ignoreSelectors).text;
    this.shown = new Set();
    this.applied = [];
    this.dismissedCount = 0;
  }

  private options(): AnalyseOptions {
    const s = this.deps.settings();
    return { disabledRules: s.disabledRules, minSeverity: s.minSeverity, ignore: this.ignore };
  }

  private async apply(id: string, index: number, fill = ''): Promise<void> {
    const f = this.findings.find((x) => `${x.rule}:${x.start}` === id);
    const chosen = f?.rewrites[index];
    if (!f || chosen === undefined) return;
    // The reason typed in the card fills the blank; left empty, the slot is applied and selected.
    const rewrite = fillSlots(chosen, fill);
    this.view.closeCard();
    if (await this.replace(f.start, f.end, f.text, rewrite)) {
      this.applied.push({ rule: f.rule, text: f.text, rewrite });
    }
  }

  private dismiss(id: string): void {
    const f = this.findings.find((x) => `${x.rule}:${x.start}` === id);
    if (!f) return;
    this.dismissed.add(key(f));
    this.dismissedCount++;
    this.view.closeCard();
    this.analyseNow();
  }

  /** A press on a mark still puts the caret where the person pointed. */
  private caretAt(id: string, e: MouseEvent): void {
    const f = this.findings.find((x) => `${x.rule}:${x.start}` === id);
    if (!f) return;
    if (this.adapter.kind === 'rich') {
      const host = overlayFor(this.doc).host;
      host.style.visibility = 'hidden';
      const range = this.doc.caretRangeFromPoint?.(e.clientX, e.clientY) ?? null;
      host.style.visibility = '';
      if (range && this.element.contains(range.startContainer)) {
        this.element.focus({ preventScroll: true });
        const sel = this.doc.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return;
      }
    }
    const box = (e.currentTarget as HTMLElement | null)?.getBoundingClientRect();
    const atEnd = box ? e.clientX > box.left + box.width / 2 : false;
    const at = atEnd ? f.end : f.start;
    this.adapter.select(at, at);
  }

  private layout(): { rects: DOMRect[][]; clip: DOMRect | null } {
    const clip = this.visibleRect();
    if (!clip) return { rects: [], clip: null };
    // Only findings on or near the screen are measured; a scroll measures the next ones (see visible.ts).
    return { rects: visibleRects(this.findings, (a, b) => this.adapter.rects(a, b), clip, NEAR_PX), clip };
  }

  /** The part of the box on screen: its rect cut by scrolling ancestors and the viewport. */
  private visibleRect(): DOMRect | null {
    const view = this.doc.defaultView;
    if (!view) return null;
    let r = this.element.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return null;
    this.clipAncestors ??= scrollingAncestors(this.element);
    let left = Math.max(r.left, 0);
    let top = Math.max(r.top, 0);
    let right = Math.min(r.right, view.innerWidth);
    let bottom = Math.min(r.bottom, view.innerHeight);
    for (const a of this.clipAncestors) {
      r = a.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    return right - left >= 1 && bottom - top >= 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
  }

  private listen(): void {
    const el = this.element;
    // Off the keystroke path: an edit only notes its time (see `edited`); marks move with the next analysis
    // (scrolling and resizing still move them at once).
    // One signal per key, not two (issue 14): a rich box's every change is a DOM mutation, script-made ones
    // included; a textarea's value is no DOM at all, so its input events are what say it changed.
    const onChange = this.edited;
    const mo = this.adapter.kind === 'rich' ? new MutationObserver(onChange) : null;
    if (mo) mo.observe(el, { childList: true, characterData: true, subtree: true });
    else el.addEventListener('input', onChange);
    const view = this.doc.defaultView!;
    const opts = { capture: true, passive: true };
    this.doc.addEventListener('scroll', this.relayout, opts);
    view.addEventListener('resize', this.relayout, opts);
    view.visualViewport?.addEventListener('resize', this.relayout, opts);
    const ro = new ResizeObserver(this.relayout);
    ro.observe(el);
    this.followMoves();
    this.cleanups.push(
      () => mo?.disconnect(),
      () => ro.disconnect(),
      () => el.removeEventListener('input', onChange),
      () => this.doc.removeEventListener('scroll', this.relayout, opts),
      () => view.removeEventListener('resize', this.relayout, opts),
      () => view.visualViewport?.removeEventListener('resize', this.relayout, opts),
    );
  }

  /**
   * Pages move a box without scrolling or resizing it: focusing the To field opens a Cc row above the body,
   * a toolbar or banner appears, a React re-render lands later. No scroll, resize or ResizeObserver callback
   * says so, and marks and badge would stay behind where the text was. An IntersectionObserver cut to the
   * box's rect reports any move without polling layout; focus changes and transitions re-measure too.
   */
  private followMoves(): void {
    const opts = { capture: true, passive: true };
    const events = ['focusin', 'focusout', 'transitionend', 'animationend'] as const;
    for (const type of events) this.doc.addEventListener(type, this.relayout, opts);
    const stop = observeMove(this.element, this.relayout);
    this.cleanups.push(() => {
      stop();
      for (const type of events) this.doc.removeEventListener(type, this.relayout, opts);
    });
  }
}

function withoutRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = text;
  for (const [a, b] of [...ranges].sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + out.slice(b);
  return out;
}

function key(f: Finding): string {
  return `${f.rule}:${f.text}`;
}

function scrollingAncestors(el: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  const view = el.ownerDocument.defaultView!;
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof view.ShadowRoot) node = node.host;
    if (!(node instanceof view.HTMLElement) || node === el.ownerDocument.documentElement) break;
    if (node === el.ownerDocument.body) break;
    if (view.getComputedStyle(node).overflow !== 'visible') out.push(node);
    node = node.parentNode;
  }
  return out;
}

/** The ranges of `ignore` inside [from, to), as offsets from `from`. */
function ignoreIn(
  ignore: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): Array<[number, number]> {
  return ignore
    .filter(([a, b]) => a < to && b > from)
    .map(([a, b]) => [Math.max(a, from) - from, Math.min(b, to) - from] as [number, number]);
}
