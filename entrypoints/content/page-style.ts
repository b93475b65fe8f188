import type { Action } from '../../lib/ladder/rungs';

const MARK_ATTRIBUTE = 'data-rung-mark';
const STYLE_ID = 'rung-page-marks';

/** The only CSS Rung puts in the page itself: how a handled comment looks. */
const PAGE_CSS = `
[${MARK_ATTRIBUTE}="ignore"] { opacity: .55; transition: opacity .15s; }
[${MARK_ATTRIBUTE}="ignore"]:hover, [${MARK_ATTRIBUTE}="ignore"]:focus-within { opacity: 1; }
[${MARK_ATTRIBUTE}="delete"] { opacity: .6; text-decoration: line-through; }
`;

function ensureStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PAGE_CSS;
  (document.head ?? document.documentElement).append(style);
}

export function markComment(element: Element, action: Action | undefined): void {
  if (!action) {
    element.removeAttribute(MARK_ATTRIBUTE);
    return;
  }
  ensureStyle();
  element.setAttribute(MARK_ATTRIBUTE, action);
}

/** Leaves the page as it was. */
export function unmarkAll(): void {
  for (const element of document.querySelectorAll(`[${MARK_ATTRIBUTE}]`))
    element.removeAttribute(MARK_ATTRIBUTE);
  document.getElementById(STYLE_ID)?.remove();
}
