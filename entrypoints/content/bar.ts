import type { Translate } from '../../lib/i18n/define';
import type { overlay } from '../../lib/i18n/messages/overlay';
import type { common } from '../../lib/i18n/messages/common';
import type { suggestion } from '../../lib/i18n/messages/suggestion';
import { RUNGS, type Action, type Rung } from '../../lib/ladder/rungs';

export type BarKey =
  keyof (typeof overlay)['en'] | keyof (typeof common)['en'] | keyof (typeof suggestion)['en'];

const BAR_CSS = `
:host { all: initial; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 6px 0; font: 12px/1.4 system-ui, sans-serif; color: #1f2937; }
button { font: inherit; color: inherit; background: #f3f4f6; border: 1px solid #d1d5db; border-radius: 999px; padding: 2px 9px; cursor: pointer; }
button:hover { background: #e5e7eb; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
button[disabled] { cursor: progress; opacity: .6; }
button[aria-pressed="true"] { color: #fff; border-color: transparent; }
button[data-rung="delete"][aria-pressed="true"] { background: #b91c1c; }
button[data-rung="ignore"][aria-pressed="true"] { background: #6b7280; }
button[data-rung="like"][aria-pressed="true"] { background: #2563eb; }
button[data-rung="value"][aria-pressed="true"] { background: #047857; }
button[data-rung="personalize"][aria-pressed="true"] { background: #7c3aed; }
.status { margin-left: 4px; color: #4b5563; }
.status.error { color: #b91c1c; }
.confirm { display: inline-flex; gap: 4px; align-items: center; }
.confirm .yes { background: #b91c1c; border-color: #b91c1c; color: #fff; }
/* A tooltip: it takes no room (nothing under the pointer moves) and lets clicks through. */
.bar { position: relative; }
.why { display: none; position: absolute; left: 0; top: 100%; z-index: 2147483647; max-width: min(36em, 100%); margin-top: 2px; padding: 4px 8px; border-radius: 6px; background: #111827; color: #f9fafb; pointer-events: none; }
.bar:hover .why, .bar:focus-within .why { display: block; }
button[data-suggested="true"] { box-shadow: 0 0 0 2px #f59e0b; }
button[data-suggested="true"]::after { content: " ★"; color: #b45309; }
.undo { background: transparent; border-color: transparent; text-decoration: underline; padding: 2px 4px; }
@media (prefers-color-scheme: dark) {
  .bar { color: #e5e7eb; }
  button { background: #374151; border-color: #4b5563; }
  button:hover { background: #4b5563; }
  .status { color: #9ca3af; }
  .why { background: #f9fafb; color: #111827; }
}
`;

let sharedSheet: CSSStyleSheet | undefined;
/** One stylesheet adopted by every bar's shadow root: parsed once, however many comments. */
function barSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(BAR_CSS);
  }
  return sharedSheet;
}

export const BAR_TAG = 'rung-bar';

const templates = new WeakMap<Translate<BarKey>, HTMLDivElement>();
/** The bar's markup, built once per language and cloned for every comment (cheaper than building). */
function barTemplate(t: Translate<BarKey>): HTMLDivElement {
  const cached = templates.get(t);
  if (cached) return cached;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('bar.label'));
  for (const rung of RUNGS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = `rung-${rung}`;
    button.dataset.rung = rung;
    button.textContent = t(`rung.${rung}`);
    button.title = t(`bar.hint.${rung}`);
    button.setAttribute('aria-pressed', 'false');
    bar.append(button);
  }
  const status = document.createElement('span');
  status.className = 'status';
  status.dataset.testid = 'rung-status';
  status.setAttribute('role', 'status');
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.className = 'undo';
  undo.dataset.testid = 'rung-undo';
  undo.textContent = t('bar.undo');
  undo.hidden = true;
  const why = document.createElement('span');
  why.className = 'why';
  why.id = 'why';
  why.dataset.testid = 'rung-why';
  bar.append(status, undo, why);
  templates.set(t, bar);
  return bar;
}

export interface BarCallbacks {
  onChoose(rung: Rung): void;
  onUndo(): void;
}

/**
 * The per-comment ladder bar: plain DOM in an open shadow root (page CSS cannot break it, tests
 * can reach it). It carries nothing private: the buttons, the state and short status text.
 */
export class LadderBar {
  readonly host: HTMLElement;
  private readonly buttons = new Map<Rung, HTMLButtonElement>();
  private readonly status: HTMLSpanElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly why: HTMLSpanElement;

  constructor(commentId: string, t: Translate<BarKey>, callbacks: BarCallbacks) {
    this.host = document.createElement(BAR_TAG);
    this.host.dataset.testid = 'rung-bar';
    this.host.dataset.rungCommentId = commentId;
    // Inline-block keeps the page's text decorations (a struck comment) from reaching the bar.
    this.host.style.cssText = 'display: inline-block !important; width: 100% !important';
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [barSheet()];
    const bar = barTemplate(t).cloneNode(true) as HTMLDivElement;
    for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-rung]'))
      this.buttons.set(button.dataset.rung as Rung, button);
    this.status = bar.querySelector<HTMLSpanElement>('.status')!;
    this.undoButton = bar.querySelector<HTMLButtonElement>('.undo')!;
    this.why = bar.querySelector<HTMLSpanElement>('.why')!;
    // One listener per bar: the confirm buttons handle their own clicks and stop them there.
    bar.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      event.preventDefault();
      event.stopPropagation();
      if (button === this.undoButton) callbacks.onUndo();
      else if (button.dataset.rung) callbacks.onChoose(button.dataset.rung as Rung);
    });
    shadow.append(bar);
  }

  /**
   * Marks the suggested rung; its reasons show while the bar is hovered or focused, and are the
   * suggested button's description for screen readers.
   */
  showSuggestion(rung: Rung, label: string, reasons: string): void {
    const button = this.buttons.get(rung);
    if (!button) return;
    button.dataset.suggested = 'true';
    button.setAttribute('aria-describedby', 'why');
    this.host.dataset.rungSuggested = rung;
    this.why.textContent = `${label}: ${reasons}`;
  }

  /** Shows the action recorded for this comment (or none). */
  showState(action: Action | undefined, statusText: string): void {
    if (action) this.host.dataset.rungState = action;
    else delete this.host.dataset.rungState;
    for (const [rung, button] of this.buttons) button.setAttribute('aria-pressed', String(rung === action));
    this.setStatus(statusText, false);
  }

  setBusy(busy: boolean, statusText = ''): void {
    for (const button of this.buttons.values()) button.disabled = busy;
    this.host.toggleAttribute('aria-busy', busy);
    if (busy) this.setStatus(statusText, false);
  }

  setStatus(text: string, isError: boolean): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', isError);
  }

  setUndoVisible(visible: boolean): void {
    this.undoButton.hidden = !visible;
  }

  /** Asks a yes/no question in the bar itself (no page dialog); resolves with the answer. */
  confirm(question: string, yes: string, no: string): Promise<boolean> {
    return new Promise((resolve) => {
      const box = document.createElement('span');
      box.className = 'confirm';
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', question);
      const text = document.createElement('span');
      text.textContent = question;
      const answer = (value: boolean) => (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
        box.remove();
        resolve(value);
      };
      const yesButton = document.createElement('button');
      yesButton.type = 'button';
      yesButton.className = 'yes';
      yesButton.dataset.testid = 'rung-confirm-yes';
      yesButton.textContent = yes;
      yesButton.addEventListener('click', answer(true));
      const noButton = document.createElement('button');
      noButton.type = 'button';
      noButton.dataset.testid = 'rung-confirm-no';
      noButton.textContent = no;
      noButton.addEventListener('click', answer(false));
      box.append(text, yesButton, noButton);
      this.status.before(box);
      yesButton.focus();
    });
  }
}
