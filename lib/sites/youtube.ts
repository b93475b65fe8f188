import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, normalizeText, singleLine, stableId } from './dom';
import type { BarPlacement, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * YouTube comments (watch pages, Shorts and posts share the renderers). A thread is
 * `ytd-comment-thread-renderer`: the top comment first, then its replies inside
 * `ytd-comment-replies-renderer`. Only relative times ("2 weeks ago") are shown, so comments carry no
 * time; the id is the `lc=` parameter of the timestamp link, which is also the permalink.
 *
 * - Polymer (2017–2023): `ytd-comment-renderer` (top: `#comment`, replies: `[is-reply]`), text in
 *   `yt-formatted-string#content-text`, actions in `ytd-comment-action-buttons-renderer#action-buttons`.
 *   Polymer keeps empty copies of the renderers in `<template>`s: never in the DOM tree, never found.
 * - view model (2023+): `ytd-comment-view-model`, text in `yt-attributed-string#content-text`, actions in
 *   `ytd-comment-engagement-bar#action-buttons`; replies in the replies renderer's `#contents`, or (2025)
 *   each in its own thread renderer under `#expanded-threads > yt-sub-thread`.
 * - mobile (m.youtube.com): `ytm-comment-renderer`, text `p.YtmCommentRendererText`, author
 *   `.YtmCommentRendererTitle` (from extensions' selectors; no saved page, no known id or controls).
 */
const SELECTORS = {
  comment: 'ytd-comment-view-model, ytd-comment-renderer, ytm-comment-renderer',
  /** A comment with no text is a stub still to be filled, or a removed comment's shell. */
  filled: '#content-text, .YtmCommentRendererText',
  thread: 'ytd-comment-thread-renderer, ytm-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer, ytm-comment-replies-renderer',
  /**
   * Tried in order. The video's creator is shown in a badge and `#author-text` is hidden; the badge
   * repeats the name in a tooltip, so read its `#text` only.
   */
  authorName: [
    '#author-text:not([hidden])',
    'ytd-author-comment-badge-renderer #text',
    '.YtmCommentRendererTitle',
  ],
  authorLink: ['#author-text[href]', 'ytd-author-comment-badge-renderer a#name[href]'],
  /**
   * The channel owner's comment: the author badge with `creator`, an attribute in today's markup (the
   * one userstyles select) and a class in the 2018 Polymer page's CSS. The renderer without `creator`
   * is not the owner; `#creator-heart` under a comment is the owner's like, not their authorship.
   */
  channelOwner: 'ytd-author-comment-badge-renderer[creator], ytd-author-comment-badge-renderer.creator',
  /** `/@handle` profile paths (2022+); older ones are `/channel/<id>`. */
  handlePath: /^\/(@[^/?#]+)/,
  text: ['#content-text', '.YtmCommentRendererText'],
  /** Emoji drawn as pictures carry the emoji (or its `:name:`) in `alt`. */
  emoji: 'img.emoji, img.yt-core-image[alt]',
  /** `#published-time-text` holds the link since 2018, `.published-time-text` in 2019–2023 Polymer. */
  timeLink: '#published-time-text a[href], .published-time-text a[href]',
  /** The engagement bar, reply box included: the bar goes right under it. */
  barAfter: ['#action-buttons', '.YtmCommentRendererDetails'],
} as const;

/** The site's own controls, queried inside the comment element. */
const CONTROLS = {
  /** `ytd-toggle-button-renderer#like-button` (the dislike is `#dislike-button`), or a like view model. */
  like: '#like-button button, like-button-view-model button',
  likeContainer: '#like-button, like-button-view-model',
  reply: '#reply-button-end button, #reply-button-end [role="button"]',
  /** The box YouTube opens under the comment when reply is pressed. */
  editor: '#reply-dialog #contenteditable-root',
  /** The ⋮ menu of the comment; its items live in a popup at the end of the document. */
  menuTrigger: '#action-menu button',
  /** An open popup menu (a closed one stays in the DOM, hidden). */
  popup: 'ytd-popup-container tp-yt-iron-dropdown ytd-menu-popup-renderer',
  closed: '[aria-hidden="true"], [style*="display: none"], [style*="display:none"]',
  menuItem: 'ytd-menu-service-item-renderer, ytd-menu-navigation-item-renderer',
  menuIcon: 'yt-icon[icon]',
  /** Item labels in the languages we know (the menu is localized and its icons carry no name since 2023). */
  report: /^(?:report|melden|signaler|denunciar|segnala)$/i,
  reportIcon: /flag/i,
  /** "Remove" for the channel's owner and moderators, "Delete" on one's own comment. */
  remove:
    /^(?:remove|delete|entfernen|löschen|supprimer|retirer|eliminar|quitar|rimuovi|elimina|excluir|remover)$/i,
  removeIcon: /delete|remove/i,
} as const;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function pick(scope: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * `cleanText` for YouTube's text, which is `white-space: pre-wrap`: the author's line breaks are "\n"
 * characters in the text nodes, which `cleanText` would fold into spaces.
 */
function preWrapText(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element !== el && element.matches(NOISE_SELECTOR)) continue;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') parts.push('\n');
    if (tag === 'IMG' && element.matches(SELECTORS.emoji)) parts.push(element.getAttribute('alt') ?? '');
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  return normalizeText(parts.join(''));
}

function isFilled(el: Element): boolean {
  return el.querySelector(SELECTORS.filled) !== null;
}

function find(root: ParentNode): Element[] {
  if (isElement(root) && !root.matches(SELECTORS.comment)) {
    // Polymer fills a comment's parts after inserting it: a part added later stands for its comment.
    const owner = root.closest(SELECTORS.comment);
    if (owner) return isFilled(owner) ? [owner] : [];
  }
  const comments: Element[] = [];
  if (isElement(root) && root.matches(SELECTORS.comment) && isFilled(root)) comments.push(root);
  for (const el of root.querySelectorAll(SELECTORS.comment)) if (isFilled(el)) comments.push(el);
  return comments;
}

function permalinkOf(el: Element, pageUrl: URL): string | undefined {
  return safeHttpUrl(el.querySelector(SELECTORS.timeLink)?.getAttribute('href'), pageUrl);
}

/** The `lc` parameter: "Ugw…" for a comment, "<parent>.<reply>" for a reply. */
function commentIdOf(permalink: string | undefined): string | undefined {
  if (!permalink) return undefined;
  return new URL(permalink).searchParams.get('lc') ?? undefined;
}

function authorOf(el: Element, pageUrl: URL): CommentAuthor {
  const name = singleLine(pick(el, SELECTORS.authorName)?.textContent);
  const profileUrl = safeHttpUrl(pick(el, SELECTORS.authorLink)?.getAttribute('href'), pageUrl);
  const author: CommentAuthor = { name };
  const handle = profileUrl ? SELECTORS.handlePath.exec(new URL(profileUrl).pathname)?.[1] : undefined;
  if (handle) author.handle = decodePath(handle);
  if (profileUrl) author.profileUrl = profileUrl;
  if (el.querySelector(SELECTORS.channelOwner)) author.staff = true;
  return author;
}

function decodePath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type CommentCore = Pick<Comment, 'id' | 'author' | 'text' | 'permalink'>;

function readCore(el: Element, pageUrl: URL): CommentCore | null {
  const textEl = pick(el, SELECTORS.text);
  const text = textEl ? preWrapText(textEl) : '';
  const author = authorOf(el, pageUrl);
  if (!text && !author.name) return null;
  const permalink = permalinkOf(el, pageUrl);
  const id = stableId(el, { siteId: commentIdOf(permalink), permalink, author: author.name, text });
  return permalink ? { id, author, text, permalink } : { id, author, text };
}

/** Depth is the number of replies renderers around the comment; the parent heads the thread holding them. */
function threadOf(el: Element, pageUrl: URL): Pick<Comment, 'depth' | 'parentId'> {
  const replies = el.parentElement?.closest(SELECTORS.replies);
  if (!replies) return { depth: 0 };
  let depth = 1;
  for (let outer = replies.parentElement?.closest(SELECTORS.replies); outer;) {
    depth++;
    outer = outer.parentElement?.closest(SELECTORS.replies);
  }
  // The thread's own comment comes before its replies renderer, so it is the first one in the thread.
  const head = replies.closest(SELECTORS.thread)?.querySelector(SELECTORS.comment);
  const parentId = head && head !== el ? readCore(head, pageUrl)?.id : undefined;
  return parentId ? { depth, parentId } : { depth };
}

function extract(el: Element, pageUrl: URL): Comment | null {
  if (!el.matches(SELECTORS.comment)) return null;
  const core = readCore(el, pageUrl);
  return core ? { ...core, ...threadOf(el, pageUrl) } : null;
}

function placeBar(el: Element): BarPlacement {
  const node = pick(el, SELECTORS.barAfter) ?? pick(el, SELECTORS.text);
  return node ? { node, position: 'afterend' } : { node: el, position: 'beforeend' };
}

/** `aria-pressed` sits on the button (2022+) or on the `yt-icon-button` around it (Polymer). */
function isPressed(control: Element): boolean {
  const container = control.closest(CONTROLS.likeContainer);
  for (let node: Element | null = control; node; node = node.parentElement) {
    const pressed = node.getAttribute('aria-pressed');
    if (pressed !== null) return pressed === 'true';
    if (node === container) break;
  }
  return false;
}

/**
 * Report and remove are items of the comment's ⋮ menu, which YouTube renders in a popup outside the
 * comment once the menu is opened. Closed menu: the locator gives the ⋮ button (pressing it opens the
 * menu); open menu: the matching item, or null when the menu has none (remove for a visitor).
 * YouTube closes the popup on any outside click, so an open popup belongs to the last ⋮ pressed.
 */
function menuItem(label: RegExp, icon: RegExp) {
  return (comment: Element): Element | null => {
    const trigger = comment.querySelector(CONTROLS.menuTrigger);
    if (!trigger) return null;
    const popup = [...comment.ownerDocument.querySelectorAll(CONTROLS.popup)].find(
      (candidate) => candidate.closest(CONTROLS.closed) === null,
    );
    if (!popup) return trigger;
    for (const item of popup.querySelectorAll(CONTROLS.menuItem)) {
      const iconName = item.querySelector(CONTROLS.menuIcon)?.getAttribute('icon') ?? '';
      if (label.test(singleLine(item.textContent)) || icon.test(iconName)) return item;
    }
    return null;
  };
}

export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  label: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  fixtures: [
    'test/fixtures/youtube/view-model-2025.html',
    'fixtures/real-pages/youtube/youtube-polymer-2018-thinkpad-blogskipper.html',
  ],
  detect(_doc, url) {
    return (
      url.hostname === 'www.youtube.com' || url.hostname === 'm.youtube.com' || url.hostname === 'youtube.com'
    );
  },
  find,
  extract,
  placeBar,
  native: {
    like: CONTROLS.like,
    liked: isPressed,
    reply: CONTROLS.reply,
    editor: CONTROLS.editor,
    remove: menuItem(CONTROLS.remove, CONTROLS.removeIcon),
    report: menuItem(CONTROLS.report, CONTROLS.reportIcon),
  },
};
