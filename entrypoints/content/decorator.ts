import { makeExcerpt, type Comment } from '../../lib/comment';
import type { Locale, Translate } from '../../lib/i18n/define';
import { replyStarter } from '../../lib/ladder/replies';
import type { RungSuggestion, SuggestBatch } from '../../lib/ladder/suggestion-schema';
import { RepetitionCounter } from '../../lib/ladder/text';
import type { Action, Rung } from '../../lib/ladder/rungs';
import type { LogDraft } from '../../lib/log/schema';
import { offers, openReply, pressLike, removeOrReport } from '../../lib/sites/native';
import type { SiteAdapter } from '../../lib/sites/types';
import { BAR_TAG, LadderBar, type BarKey } from './bar';
import { markComment, unmarkAll } from './page-style';

/** How long the bar offers Undo after an action (the background accepts it a little longer). */
const UNDO_VISIBLE_MS = 5_000;
/** Bars are built this far outside the viewport, so scrolling never shows a bare comment. */
const LAZY_MARGIN_PX = 800;
/** Comments handed to the IntersectionObserver per task, so a huge page never blocks the main thread. */
const OBSERVE_CHUNK = 500;
/** Time given per task to searching a long page in steps (`SiteAdapter.gradual`). */
const STEP_BUDGET_MS = 12;
/** Bars built per task at most (in ms): the rest wait for the next task, so scrolling stays smooth. */
const DECORATE_BUDGET_MS = 8;
/**
 * Comments given their bars at once when the page opens, before any layout: at the top of a page
 * they are the ones in view, and waiting for the IntersectionObserver would cost a whole-page layout
 * (hundreds of ms on a long thread) and then a second one for the bars.
 */
const EAGER_FIRST = 40;

/** What the bars need from the background: the log, and the suggestion engine. */
export interface BackgroundPort {
  record(draft: LogDraft): Promise<{ id: string }>;
  retract(id: string): Promise<{ removed: boolean }>;
  latest(platform: string, commentIds: string[]): Promise<Record<string, Action>>;
  suggest(batch: SuggestBatch): Promise<RungSuggestion[]>;
}

export interface DecoratorOptions {
  locale: Locale;
  /** Ask in the bar before pressing the site's own remove control. */
  confirmRemove: boolean;
}

type NativeRecord = LogDraft['native'] & { leave?: () => void };

interface Decorated {
  element: Element;
  comment: Comment;
  /** Arrives from the background a moment after the bar; logged with the moderator's choice. */
  suggestion?: NonNullable<LogDraft['suggestion']>;
  bar: LadderBar;
  action?: Action;
  busy: boolean;
  undo?: { entryId: string; previous: Action | undefined; timer: number };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Finds the comments of one page with its adapter and gives each a ladder bar when it comes near
 * the viewport; follows comments added later; removes everything it added on `destroy()`.
 */
export class Decorator {
  private readonly found = new Set<Element>();
  private readonly decorated = new Map<Element, Decorated>();
  private readonly intersection: IntersectionObserver;
  private readonly mutations: MutationObserver;
  private readonly timers = new Set<number>();
  private readonly frames = new Set<number>();
  private pendingRoots: Node[] = [];
  private toDecorate: Element[] = [];
  private decorateScheduled = false;
  private pendingStateLookups: Decorated[] = [];
  private flushScheduled = false;
  private lookUpScheduled = false;
  private destroyed = false;
  /** Texts seen on this page, so a text posted again and again reads as spam. */
  private readonly repetitions = new RepetitionCounter();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly t: Translate<BarKey>,
    private readonly background: BackgroundPort,
    private readonly options: DecoratorOptions,
  ) {
    this.intersection = new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: `${LAZY_MARGIN_PX}px 0px`,
    });
    this.mutations = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.mutations.observe(document.body, { childList: true, subtree: true });
    const gradual = this.adapter.gradual;
    if (!gradual) {
      const found = this.adapter.find(document);
      this.decorateFirst(found.slice(0, EAGER_FIRST));
      this.track(found.slice(EAGER_FIRST));
      return;
    }
    // The rest of a long page is searched in steps, in later tasks, so the page stays responsive.
    this.decorateFirst(gradual.first(document, EAGER_FIRST));
    this.inSteps(gradual.all(document), (found) => this.track(found));
  }

  /**
   * All in this task, whatever the budget: the page's first layout comes next, and its comments
   * should be drawn with their bars. Not checked against the scroll position: reading it would force
   * the layout this avoids.
   */
  private decorateFirst(eager: Element[]): void {
    for (const element of eager) {
      this.found.add(element);
      this.decorate(element);
    }
    this.lookUpStatesSoon();
  }

  /** Runs the steps a few milliseconds per task, then hands their result to `done`. */
  private inSteps<T>(steps: Generator<void, T, void>, done: (result: T) => void): void {
    const run = () => {
      const start = performance.now();
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return done(step.value);
        if (performance.now() - start > STEP_BUDGET_MS) return void this.later(run);
      }
    };
    this.later(run);
  }

  /** Comments found on the page and still in it. */
  commentCount(): number {
    let count = 0;
    for (const element of this.found) if (element.isConnected) count++;
    return count;
  }

  destroy(): void {
    this.destroyed = true;
    this.intersection.disconnect();
    this.mutations.disconnect();
    for (const timer of this.timers) clearTimeout(timer);
    for (const frame of this.frames) cancelAnimationFrame(frame);
    for (const item of this.decorated.values()) item.bar.host.remove();
    unmarkAll();
    this.decorated.clear();
    this.found.clear();
  }

  private later(callback: () => void, delay = 0): number {
    const timer = window.setTimeout(() => {
      this.timers.delete(timer);
      if (!this.destroyed) callback();
    }, delay);
    this.timers.add(timer);
    return timer;
  }

  /** Runs just before the page's next frame is laid out and painted. */
  private beforeNextFrame(callback: () => void): void {
    const frame = requestAnimationFrame(() => {
      this.frames.delete(frame);
      if (!this.destroyed) callback();
    });
    this.frames.add(frame);
  }

  /** The elements not seen before, now remembered. */
  private remember(elements: Element[]): Element[] {
    const fresh = elements.filter((element) => !this.found.has(element));
    for (const element of fresh) this.found.add(element);
    return fresh;
  }

  private track(elements: Element[]): void {
    this.observe(this.remember(elements));
  }

  /** Bars for these come from the IntersectionObserver, once they near the viewport. */
  private observe(fresh: Element[]): void {
    const observeChunk = (start: number) => {
      for (const element of fresh.slice(start, start + OBSERVE_CHUNK)) this.intersection.observe(element);
      if (start + OBSERVE_CHUNK < fresh.length) this.later(() => observeChunk(start + OBSERVE_CHUNK));
    };
    observeChunk(0);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== BAR_TAG)
          this.pendingRoots.push(node);
      }
    }
    if (this.pendingRoots.length === 0 || this.flushScheduled) return;
    // One scan per frame, however many steps the page appends in.
    this.flushScheduled = true;
    this.beforeNextFrame(() => this.flushMutations());
  }

  private flushMutations(): void {
    const roots = this.pendingRoots;
    this.pendingRoots = [];
    this.flushScheduled = false;
    const elements: Element[] = [];
    for (const root of roots) {
      if (root.isConnected) elements.push(...this.adapter.find(root as Element));
    }
    // The frame about to be drawn lays the new comments out anyway: their positions cost no extra
    // layout now, and bars built now are painted with their comments instead of a frame later.
    const near: Element[] = [];
    const far: Element[] = [];
    const bottom = innerHeight + LAZY_MARGIN_PX;
    for (const element of this.remember(elements)) {
      const box = element.getBoundingClientRect();
      (box.top < bottom && box.bottom > -LAZY_MARGIN_PX ? near : far).push(element);
    }
    this.observe(far);
    if (near.length === 0) return;
    this.toDecorate.push(...near);
    this.decorateSome();
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.intersection.unobserve(entry.target);
      this.toDecorate.push(entry.target);
    }
    this.decorateSome();
  }

  /** Builds bars until the task's budget is spent, then yields and carries on in the next task. */
  private decorateSome(): void {
    this.decorateScheduled = false;
    const start = performance.now();
    let done = 0;
    while (done < this.toDecorate.length && performance.now() - start < DECORATE_BUDGET_MS) {
      const element = this.toDecorate[done++]!;
      if (element.isConnected) this.decorate(element);
    }
    this.toDecorate = this.toDecorate.slice(done);
    this.lookUpStatesSoon();
    if (this.toDecorate.length > 0 && !this.decorateScheduled) {
      this.decorateScheduled = true;
      this.later(() => this.decorateSome());
    }
  }

  private decorate(element: Element): void {
    if (this.decorated.has(element)) return;
    const comment = this.adapter.extract(element, new URL(location.href));
    if (!comment) {
      this.found.delete(element);
      return;
    }
    const item: Decorated = {
      element,
      comment,
      busy: false,
      bar: new LadderBar(comment.id, this.t, {
        onChoose: (rung) => void this.choose(item, rung),
        onUndo: () => void this.undo(item),
      }),
    };
    const placement = this.adapter.placeBar(element);
    placement.node.insertAdjacentElement(placement.position, item.bar.host);
    this.decorated.set(element, item);
    this.pendingStateLookups.push(item);
  }

  /**
   * In a task of its own: the answers take a round trip to the background anyway, and the task
   * that built the bars (the page's first, for the bars in view) is kept short.
   */
  private lookUpStatesSoon(): void {
    if (this.lookUpScheduled || this.pendingStateLookups.length === 0) return;
    this.lookUpScheduled = true;
    this.later(() => {
      this.lookUpScheduled = false;
      this.lookUpStates();
    });
  }

  /** Bars show what was already done to their comment, from the log, and the suggested rung. */
  private lookUpStates(): void {
    const items = this.pendingStateLookups;
    this.pendingStateLookups = [];
    if (items.length === 0) return;
    const ids = items.map((item) => item.comment.id);
    this.background.latest(this.adapter.id, ids).then(
      (latest) => {
        for (const item of items) {
          const action = latest[item.comment.id];
          if (action && !item.action && !item.busy) this.show(item, action, this.doneText(action));
        }
      },
      (error: unknown) => console.warn('Rung: could not read the log', error),
    );
    this.background
      .suggest({
        platform: this.adapter.id,
        items: items.map(({ comment }) => ({
          text: comment.text.slice(0, 20_000),
          // Counted in the order the bars were built, so the first copy of a text reads as new.
          repeated: this.repetitions.count(comment.text),
          commentId: comment.id.slice(0, 512),
          // The member's history on this site, from the log, weighs in (a regular is answered
          // personally), and a post the page marks as the team's own is left alone.
          author: {
            name: comment.author.name.slice(0, 300),
            handle: comment.author.handle?.slice(0, 300),
            staff: comment.author.staff,
          },
        })),
      })
      .then(
        (suggestions) => {
          if (this.destroyed) return;
          items.forEach((item, index) => {
            const found = suggestions[index];
            if (found) this.showSuggestion(item, found);
          });
        },
        (error: unknown) => console.warn('Rung: no suggestion', error),
      );
  }

  private showSuggestion(item: Decorated, found: RungSuggestion): void {
    const t = this.t;
    const reasons = found.reasons.map((reason) =>
      t(`reason.${reason.code}`, { evidence: reason.evidence ?? '' }).slice(0, 300),
    );
    item.suggestion = { rung: found.rung, confidence: found.confidence, reasons };
    const label = t('suggested.label', {
      rung: t(`rung.${found.rung}`),
      confidence: Math.round(found.confidence * 100),
    });
    item.bar.showSuggestion(found.rung, label, reasons.join(' + '));
  }

  private doneText(action: Action | undefined): string {
    return action && action !== 'escalate' && action !== 'strike' && action !== 'note'
      ? this.t(`bar.done.${action}`)
      : '';
  }

  private show(item: Decorated, action: Action | undefined, statusText: string): void {
    item.action = action;
    item.bar.showState(action, statusText);
    markComment(item.element, action);
  }

  /** The step on the page itself, with the site's own controls; what happened goes in the log. */
  private async carryOut(item: Decorated, rung: Rung): Promise<NativeRecord> {
    const controls = this.adapter.native;
    const { element, comment } = item;
    try {
      switch (rung) {
        case 'like':
          return await pressLike(controls, element);
        case 'value':
        case 'personalize':
          return await openReply(controls, element, replyStarter(rung, comment, this.options.locale));
        case 'delete': {
          if (this.options.confirmRemove && offers(controls, 'remove', element)) {
            const t = this.t;
            const remove = await item.bar.confirm(
              t('bar.confirm.remove'),
              t('bar.confirm.yes'),
              t('bar.confirm.no'),
            );
            if (!remove) return { status: 'not-attempted', detail: 'the moderator chose to only log it' };
          }
          return await removeOrReport(controls, element);
        }
        case 'ignore':
          return { status: 'not-attempted' };
      }
    } catch (error) {
      return { status: 'failed', detail: describe(error).slice(0, 500) };
    }
  }

  private draft(item: Decorated, rung: Rung, native: NativeRecord): LogDraft {
    const { comment } = item;
    return {
      platform: this.adapter.id,
      pageUrl: location.href,
      commentId: comment.id,
      permalink: comment.permalink,
      author: { name: comment.author.name, handle: comment.author.handle },
      excerpt: makeExcerpt(comment.text),
      action: rung,
      ...(item.suggestion ? { suggestion: item.suggestion } : {}),
      native,
    };
  }

  private async choose(item: Decorated, rung: Rung): Promise<void> {
    if (item.busy || item.action === rung) return;
    item.busy = true;
    item.bar.setBusy(true, this.t('bar.working'));
    this.clearUndo(item);
    const previous = item.action;
    try {
      const native = await this.carryOut(item, rung);
      if (this.destroyed) return;
      item.bar.setBusy(true, this.t('bar.saving'));
      // The bar says "done" only once the background has stored the entry.
      const { leave, ...outcome } = native;
      const entry = await this.background.record(this.draft(item, rung, outcome));
      if (this.destroyed) return;
      leave?.();
      item.bar.setBusy(false);
      this.show(item, rung, this.doneText(rung));
      if (native.status === 'failed')
        item.bar.setStatus(this.t('bar.native.failed', { reason: native.detail ?? '' }), true);
      item.bar.setUndoVisible(true);
      item.undo = {
        entryId: entry.id,
        previous,
        timer: this.later(() => this.clearUndo(item), UNDO_VISIBLE_MS),
      };
    } catch (error) {
      item.bar.setBusy(false);
      item.bar.setStatus(this.t('bar.failed', { reason: describe(error) }), true);
    } finally {
      item.busy = false;
    }
  }

  private clearUndo(item: Decorated): void {
    if (!item.undo) return;
    clearTimeout(item.undo.timer);
    this.timers.delete(item.undo.timer);
    item.undo = undefined;
    item.bar.setUndoVisible(false);
  }

  private async undo(item: Decorated): Promise<void> {
    const undo = item.undo;
    if (!undo || item.busy) return;
    this.clearUndo(item);
    item.busy = true;
    item.bar.setBusy(true, this.t('bar.saving'));
    try {
      const { removed } = await this.background.retract(undo.entryId);
      if (this.destroyed) return;
      item.bar.setBusy(false);
      if (removed) this.show(item, undo.previous, this.t('bar.undone'));
      else item.bar.setStatus(this.t('bar.failed', { reason: 'undo window closed' }), true);
    } catch (error) {
      item.bar.setBusy(false);
      item.bar.setStatus(this.t('bar.failed', { reason: describe(error) }), true);
    } finally {
      item.busy = false;
    }
  }
}
