import { makeExcerpt, type Comment } from '../../lib/comment';
import type { Translate } from '../../lib/i18n/define';
import type { Action, Rung } from '../../lib/ladder/rungs';
import type { LogDraft } from '../../lib/log/schema';
import type { SiteAdapter } from '../../lib/sites/types';
import { BAR_TAG, LadderBar, type BarKey } from './bar';
import { markComment, unmarkAll } from './page-style';

/** How long the bar offers Undo after an action (the background accepts it a little longer). */
const UNDO_VISIBLE_MS = 5_000;
/** Bars are built this far outside the viewport, so scrolling never shows a bare comment. */
const LAZY_MARGIN = '800px 0px';
/** Comments handed to the IntersectionObserver per task, so a huge page never blocks the main thread. */
const OBSERVE_CHUNK = 500;

export interface LogPort {
  record(draft: LogDraft): Promise<{ id: string }>;
  retract(id: string): Promise<{ removed: boolean }>;
  latest(platform: string, commentIds: string[]): Promise<Record<string, Action>>;
}

interface Decorated {
  element: Element;
  comment: Comment;
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
  private pendingRoots: Node[] = [];
  private pendingStateLookups: Decorated[] = [];
  private flushScheduled = false;
  private destroyed = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly t: Translate<BarKey>,
    private readonly log: LogPort,
  ) {
    this.intersection = new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: LAZY_MARGIN,
    });
    this.mutations = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.mutations.observe(document.body, { childList: true, subtree: true });
    this.track(this.adapter.find(document));
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

  private track(elements: Element[]): void {
    const fresh = elements.filter((element) => !this.found.has(element));
    for (const element of fresh) this.found.add(element);
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
    // One scan per burst of mutations (infinite scroll appends in many small steps).
    this.flushScheduled = true;
    this.later(() => this.flushMutations(), 16);
  }

  private flushMutations(): void {
    const roots = this.pendingRoots;
    this.pendingRoots = [];
    this.flushScheduled = false;
    const elements: Element[] = [];
    for (const root of roots) {
      if (root.isConnected) elements.push(...this.adapter.find(root as Element));
    }
    this.track(elements);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.intersection.unobserve(entry.target);
      this.decorate(entry.target);
    }
    this.lookUpStates();
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

  /** Bars show what was already done to their comment, from the log. */
  private lookUpStates(): void {
    const items = this.pendingStateLookups;
    this.pendingStateLookups = [];
    if (items.length === 0) return;
    const ids = items.map((item) => item.comment.id);
    this.log.latest(this.adapter.id, ids).then(
      (latest) => {
        for (const item of items) {
          const action = latest[item.comment.id];
          if (action && !item.action && !item.busy) this.show(item, action, this.doneText(action));
        }
      },
      (error: unknown) => console.warn('Rung: could not read the log', error),
    );
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

  private draft(item: Decorated, rung: Rung): LogDraft {
    const { comment } = item;
    return {
      platform: this.adapter.id,
      pageUrl: location.href,
      commentId: comment.id,
      permalink: comment.permalink,
      author: { name: comment.author.name, handle: comment.author.handle },
      excerpt: makeExcerpt(comment.text),
      action: rung,
      native: { status: 'not-attempted' },
    };
  }

  private async choose(item: Decorated, rung: Rung): Promise<void> {
    if (item.busy || item.action === rung) return;
    item.busy = true;
    item.bar.setBusy(true, this.t('bar.saving'));
    this.clearUndo(item);
    const previous = item.action;
    try {
      // The bar says "done" only once the background has stored the entry.
      const entry = await this.log.record(this.draft(item, rung));
      if (this.destroyed) return;
      item.bar.setBusy(false);
      this.show(item, rung, this.doneText(rung));
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
      const { removed } = await this.log.retract(undo.entryId);
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
