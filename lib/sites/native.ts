/**
 * Carries out ladder steps with the site's own controls, as an adapter's `native` declares them.
 * Runs in the page only (it clicks and types); nothing here posts or removes on its own: the
 * moderator's click on the bar is what calls it, and a reply is only put in the box, never sent.
 */
import type { ControlLocator, NativeControls, NativeStep } from './types';

export interface NativeOutcome {
  status: 'done' | 'not-available' | 'failed';
  detail: string;
  /** A step that leaves the page (a reply page of its own): done once the log entry is stored. */
  leave?: () => void;
}

/** How long a site may take to open a reply box or a menu after a click. */
const APPEAR_TIMEOUT_MS = 3_000;

export function locate(locator: ControlLocator | undefined, comment: Element): Element | null {
  if (!locator) return null;
  if (typeof locator === 'function') return locator(comment);
  return comment.matches(locator) ? comment : comment.querySelector(locator);
}

/** Whether the site offers this step on this comment right now (logged in, moderator…), menus included. */
export function offers(controls: NativeControls, step: NativeStep, comment: Element): boolean {
  return locate(controls[step], comment) !== null || locate(controls.openers?.[step], comment) !== null;
}

/** A link to another page (not a `#` anchor or a script link that the site's code handles). */
function leavesPage(control: Element): boolean {
  const link = control.closest('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  if (!link || !href || href.startsWith('#') || /^javascript:/i.test(href) || link.hasAttribute('onclick'))
    return false;
  try {
    const target = new URL(href, link.ownerDocument.baseURI);
    const here = new URL(link.ownerDocument.URL);
    return (
      target.origin !== here.origin || target.pathname !== here.pathname || target.search !== here.search
    );
  } catch {
    return false;
  }
}

function click(control: Element): void {
  (control as HTMLElement).click();
}

/** Resolves with what `find` returns once it returns something, or null after the timeout. */
function waitFor(find: () => Element | null, timeoutMs = APPEAR_TIMEOUT_MS): Promise<Element | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = find();
      if (!element) return;
      finish(element);
    });
    const timer = setTimeout(() => finish(find()), timeoutMs);
    const finish = (element: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(element);
    };
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

const missing = (controls: NativeControls, step: NativeStep, fallback: string): NativeOutcome => ({
  status: 'not-available',
  detail: controls.missing?.[step] ?? fallback,
});

/**
 * The step's control, opening its menu or picker first when the adapter says one hides it. Nothing
 * is pressed when neither exists.
 */
async function reach(controls: NativeControls, step: NativeStep, comment: Element): Promise<Element | null> {
  const control = locate(controls[step], comment);
  if (control) return control;
  const opener = locate(controls.openers?.[step], comment);
  if (!opener) return null;
  click(opener);
  return waitFor(() => locate(controls[step], comment), 1_500);
}

export async function pressLike(controls: NativeControls, comment: Element): Promise<NativeOutcome> {
  const control = await reach(controls, 'like', comment);
  if (!control) return missing(controls, 'like', 'no like control on this comment for you here');
  // Pressing a pressed like would take it back.
  if (controls.liked?.(control)) return { status: 'done', detail: 'already liked on the site' };
  click(control);
  return { status: 'done', detail: 'liked with the site’s own button' };
}

/**
 * Types `text` where the site's editor will take it: the value setter plus an input event for
 * textareas (React-controlled ones included: the isolated world's setter bypasses React's value
 * tracker, so React sees the change), and the editing commands for contenteditable editors
 * (Draft.js, Lexical, ProseMirror, Quill all listen to them), with a paste as the fallback.
 */
export function insertText(editor: Element, text: string): boolean {
  const field = editor as HTMLElement;
  field.focus();
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const value = field.value.trim() ? `${field.value.replace(/\s*$/, '')}\n\n${text}` : text;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return field.value === value;
  }
  if (!field.isContentEditable) return false;
  const selection = field.ownerDocument.getSelection();
  if (selection) {
    const range = field.ownerDocument.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (field.ownerDocument.execCommand('insertText', false, text) && field.textContent?.includes(text))
    return true;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return field.textContent?.includes(text) ?? false;
}

/** Opens the site's reply box under the comment and puts `text` in it; never sends it. */
export async function openReply(
  controls: NativeControls,
  comment: Element,
  text: string,
): Promise<NativeOutcome> {
  const existing = locate(controls.editor, comment);
  const control = existing ? null : await reach(controls, 'reply', comment);
  if (!existing && !control)
    return missing(controls, 'reply', 'no reply control on this comment for you here');
  // Some sites (Hacker News) reply on a page of their own: leaving must wait for the log entry.
  if (control && leavesPage(control))
    return {
      status: 'done',
      detail: 'the site’s reply page was opened; the draft was not carried over',
      leave: () => click(control),
    };
  if (control) click(control);
  const editor = existing ?? (await waitFor(() => locate(controls.editor, comment)));
  if (!editor) return { status: 'failed', detail: 'the reply box did not open' };
  return insertText(editor, text)
    ? { status: 'done', detail: 'reply box opened with the draft; nothing was sent' }
    : { status: 'failed', detail: 'the reply box refused the draft' };
}

/**
 * Presses a control that may sit behind a menu: a locator returns the menu's opener while the menu
 * is closed and the item once it is open, so the item is asked for again after the first press.
 */
async function pressThroughMenu(locator: ControlLocator | undefined, comment: Element): Promise<boolean> {
  const first = locate(locator, comment);
  if (!first) return false;
  click(first);
  const item = await waitFor(() => {
    const next = locate(locator, comment);
    return next && next !== first ? next : null;
  }, 600);
  if (item) click(item);
  return true;
}

/** Delete: the site's remove control when the user has it, else its report control. */
export async function removeOrReport(controls: NativeControls, comment: Element): Promise<NativeOutcome> {
  if (await pressThroughMenu(controls.remove, comment))
    return {
      status: 'done',
      detail: 'the site’s remove control was pressed; confirm on the site if it asks',
    };
  if (await pressThroughMenu(controls.report, comment))
    return { status: 'done', detail: 'no remove control for you here: the site’s report form was opened' };
  return {
    status: 'not-available',
    detail:
      controls.missing?.remove ??
      'the site offers you no remove or report control here: the comment is hidden on this page only',
  };
}
