import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, ControlLocator, SiteAdapter } from './types';
import { hasMarker, isElement } from './strategy';

/**
 * Mastodon's web app (and forks sharing its markup: glitch-soc, Hometown). Self-hosted on any
 * domain, so the adapter is chosen by `detect` on pages the user enabled.
 *
 * Markup of Mastodon 4.2–4.5 (2023–25): every post in a list or a thread is a
 * `div.status[data-id]` inside `div.status__wrapper`; the post a thread page is about is a
 * `div.detailed-status` (no id) followed by its `div.detailed-status__action-bar`, both in
 * `div.detailed-status__wrapper`. A thread page lists the ancestors, the detailed post, then the
 * descendants (depth first), flat: who replies to whom is only told by the thread lines Mastodon
 * draws (`status--first-in-thread`, `status__line`), read in `threadPositions`. Quoted posts (4.5)
 * are `div.status` too, inside `.status__quote`: part of the quoting post, never comments.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const SELECTORS = {
  /** Both kinds of post, in one query so `find` keeps document order. */
  item: 'div.status[data-id], div.detailed-status',
  status: 'div.status[data-id]',
  detailed: 'div.detailed-status',
  /** A quoted post and what is inside it belong to the quoting post. */
  quote: '.status__quote, .status--is-quote',
  /** The post's text; the "Read more" and translate buttons sit outside it. */
  content: '.status__content__text',
  contentFallback: '.status__content',
  /** Not text: the "RE: <link>" of quote posts, polls, the compose form's reply preview. */
  contentNoise: `${NOISE_SELECTOR}, .quote-inline, .poll, .reply-indicator, .status__quote`,
  /** Content warning: 4.3+ banner (not the filter banner), ≤4.2 `p` with a "Show more" button. */
  warning: ['.content-warning:not(.content-warning--filter) > p', '.status__content > p > span.translate'],
  /** The author's link: `/@alice` or `/@bob@other.social`. */
  authorLink: 'a.status__display-name, a.detailed-status__display-name',
  authorName: '.display-name__html',
  authorHandle: '.display-name__account',
  /** List posts: `<time datetime>` in the permalink; the detailed post: a formatted date only. */
  time: 'a.status__relative-time time[datetime]',
  detailedTime: 'a.detailed-status__datetime',
  permalink: 'a.status__relative-time[href], a.detailed-status__datetime[href]',
  /** The last path segment of a post's link is its id (`/@alice/113500000000000010`). */
  statusPath: /\/@[^/]+\/(\d+)(?:[/?#]|$)/,
  /** Where the action bar of each kind of post is. */
  actionBar: '.status__action-bar',
  detailedWrapper: '.detailed-status__wrapper',
  detailedActionBar: '.detailed-status__action-bar',
  /** The thread column; a post that does not continue the branch above it; Mastodon's thread lines. */
  threadList: '.item-list',
  newBranch: '.status--first-in-thread',
  threadLine: '.status__line',
  fullThreadLine: '.status__line--full',
  /** The app root (`div.app-holder#mastodon[data-props]`) and the page's initial state. */
  appRoot: ['#mastodon.app-holder', '#mastodon[data-props]'],
  appMarkers: ['body.app-body', 'script#initial-state'],
  initialState: 'script#initial-state',
} as const;

/**
 * The app's controls, in the post's action bar. Buttons are icon buttons whose `title` and
 * `aria-label` are translated (English below); the favourite also has the `star-icon` class and
 * the reply is always the first button. Report and delete are items of the "…" menu, rendered
 * elsewhere in the page while it is open.
 */
const CONTROLS = {
  /** Never the boost (`retweet` icon) or the bookmark. */
  favourite: 'button.star-icon',
  favouriteLabels: ['favorite', 'favourite', 'unfavorite', 'unfavourite'] as readonly string[],
  /** IconButton marks an active toggle with `active`. */
  pressed: '.active, [aria-pressed="true"]',
  button: 'button',
  replyLabels: ['reply', 'reply to thread'] as readonly string[],
  /** The compose form's text area, where a reply is written once "Reply" was pressed. */
  editor: '.compose-form textarea.autosuggest-textarea__textarea, textarea.autosuggest-textarea__textarea',
  /** The "…" button while its menu is open; `aria-controls` names the menu (4.3+). */
  openMenuButton: 'button[aria-expanded="true"]',
  openMenu: '.dropdown-menu',
  menuItem: '.dropdown-menu__item button, .dropdown-menu__item a, li button, li a',
  /** "Report @bob" (everyone but the author) and "Delete" (the author; not "Delete & re-draft"). */
  report: /^report\b/i,
  remove: /^delete$/i,
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers

const isDetailed = (el: Element): boolean => el.matches(SELECTORS.detailed);
const inQuote = (el: Element): boolean => el.closest(SELECTORS.quote) !== null;

/** A post element that stands for a comment: a list or detailed post, not a quoted one. */
function isPost(el: Element): boolean {
  return el.matches(SELECTORS.item) && !inQuote(el);
}

/** The first element matching `selector` that belongs to this post (not to a post it quotes). */
function own(post: Element, selector: string): Element | null {
  for (const el of post.querySelectorAll(selector)) {
    if (el.closest(SELECTORS.item) === post && el.closest(SELECTORS.quote) === null) return el;
  }
  return null;
}

function firstOwn(post: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = own(post, selector);
    if (found) return found;
  }
  return null;
}

/** The instance's own domain, for handles the app shows without one (local accounts). */
const localDomains = new WeakMap<Document, string | null>();

function localDomain(doc: Document): string | null {
  let domain = localDomains.get(doc);
  if (domain === undefined) {
    domain = null;
    try {
      const state: unknown = JSON.parse(doc.querySelector(SELECTORS.initialState)?.textContent ?? '');
      const meta =
        typeof state === 'object' && state !== null ? (state as { meta?: unknown }).meta : undefined;
      const value =
        typeof meta === 'object' && meta !== null ? (meta as { domain?: unknown }).domain : undefined;
      if (typeof value === 'string' && value) domain = value;
    } catch {
      // No initial state (a saved page): the page's host stands in for the domain.
    }
    localDomains.set(doc, domain);
  }
  return domain;
}

/** The post's own element inside its author link, or anywhere in the post when there is no link. */
function authorPart(post: Element, link: Element | null, selector: string): Element | null {
  return link ? link.querySelector(selector) : own(post, selector);
}

function readAuthor(post: Element, pageUrl: URL): CommentAuthor {
  const link = own(post, SELECTORS.authorLink);
  const nameEl = authorPart(post, link, SELECTORS.authorName);
  const author: CommentAuthor = { name: nameEl ? singleLine(cleanText(nameEl)) : '' };
  const shown = singleLine(authorPart(post, link, SELECTORS.authorHandle)?.textContent).replace(/^@/, '');
  if (shown) {
    // Local accounts show as "@alice" in lists and "@alice@domain" on the detailed post: one handle for both.
    const domain = localDomain(post.ownerDocument) ?? pageUrl.hostname;
    author.handle = shown.includes('@') ? shown : `${shown}@${domain}`;
  }
  const profileUrl = safeHttpUrl(link?.getAttribute('href'), pageUrl);
  if (profileUrl) author.profileUrl = profileUrl;
  return author;
}

function readText(post: Element): string {
  const warningEl = firstOwn(post, SELECTORS.warning);
  const warning = warningEl ? cleanText(warningEl) : '';
  const contentEl = own(post, SELECTORS.content) ?? own(post, SELECTORS.contentFallback);
  const content = contentEl ? cleanText(contentEl, SELECTORS.contentNoise) : '';
  // The warning is the author's own summary; it is all there is while the post is folded.
  return [warning, content].filter(Boolean).join('\n');
}

/** The post's id: `data-id`, else the id in its permalink, else the detailed post's page address. */
function statusId(post: Element, pageUrl: URL): string | undefined {
  const dataId = post.matches(SELECTORS.status) ? post.getAttribute('data-id') : null;
  if (dataId) return dataId;
  const href = own(post, SELECTORS.permalink)?.getAttribute('href') ?? '';
  const fromLink = SELECTORS.statusPath.exec(href)?.[1];
  if (fromLink) return fromLink;
  return isDetailed(post) ? SELECTORS.statusPath.exec(pageUrl.pathname)?.[1] : undefined;
}

function readTime(post: Element): string | undefined {
  // The detailed post shows only "Jun 10, 2025, 03:14 PM", in the reader's language and clock.
  if (isDetailed(post)) return timeOf(own(post, SELECTORS.detailedTime));
  return timeOf(own(post, SELECTORS.time));
}

// ---------------------------------------------------------------------------------------------
// Threads

type Position = Pick<Comment, 'depth' | 'parentId'>;

interface ThreadCache {
  count: number;
  positions: Map<Element, Position>;
}

const threadCaches = new WeakMap<Element, ThreadCache>();

/**
 * Depth and parent of every post of a thread column. Ancestors form a chain from the root to the
 * detailed post's parent. Descendants come depth first: the first replies to the detailed post;
 * a later one without `status--first-in-thread` replies to the one before it; one with that class
 * and a thread line that does not run on to the next post replies to the detailed post. Otherwise
 * (a branch back to an earlier reply) the page does not say which, and the position stays unknown.
 */
function threadPositions(posts: Element[], pageUrl: URL): Map<Element, Position> {
  const positions = new Map<Element, Position>();
  const detailedAt = posts.findIndex(isDetailed);
  if (detailedAt < 0) return positions;
  const ids = posts.map((post) => statusId(post, pageUrl));
  const place = (index: number, parentIndex?: number) => {
    if (parentIndex === undefined) {
      positions.set(posts[index]!, { depth: 0 });
      return;
    }
    const parentId = ids[parentIndex];
    if (!parentId) return;
    // A parent whose own depth is unknown still is the parent.
    const parentDepth = positions.get(posts[parentIndex]!)?.depth;
    positions.set(
      posts[index]!,
      parentDepth === undefined ? { parentId } : { depth: parentDepth + 1, parentId },
    );
  };
  for (let index = 0; index <= detailedAt; index++) place(index, index > 0 ? index - 1 : undefined);
  for (let index = detailedAt + 1; index < posts.length; index++) {
    const post = posts[index]!;
    const line = [...post.children].find((child) => child.matches(SELECTORS.threadLine));
    if (index === detailedAt + 1) place(index, detailedAt);
    else if (!post.matches(SELECTORS.newBranch)) place(index, index - 1);
    else if (line && !line.matches(SELECTORS.fullThreadLine)) place(index, detailedAt);
  }
  return positions;
}

function threadPosition(post: Element, pageUrl: URL): Position {
  const column = post.closest(SELECTORS.threadList);
  if (!column) return {};
  // Replies arrive while the page is open: the cache holds as long as the column's posts do.
  const all = column.querySelectorAll(SELECTORS.item);
  let cache = threadCaches.get(column);
  if (!cache || cache.count !== all.length || !cache.positions.has(post)) {
    const posts = [...all].filter((el) => !inQuote(el));
    cache = { count: all.length, positions: threadPositions(posts, pageUrl) };
    threadCaches.set(column, cache);
  }
  return cache.positions.get(post) ?? {};
}

// ---------------------------------------------------------------------------------------------
// Controls

function actionBarOf(post: Element): Element | null {
  if (isDetailed(post)) {
    return post.closest(SELECTORS.detailedWrapper)?.querySelector(SELECTORS.detailedActionBar) ?? null;
  }
  return [...post.children].find((child) => child.matches(SELECTORS.actionBar)) ?? null;
}

const labelOf = (button: Element): string =>
  singleLine(button.getAttribute('aria-label') ?? button.getAttribute('title')).toLowerCase();

const favourite: ControlLocator = (post) => {
  const bar = actionBarOf(post);
  if (!bar) return null;
  return (
    bar.querySelector(CONTROLS.favourite) ??
    [...bar.querySelectorAll(CONTROLS.button)].find((button) =>
      CONTROLS.favouriteLabels.includes(labelOf(button)),
    ) ??
    null
  );
};

const reply: ControlLocator = (post) => {
  const bar = actionBarOf(post);
  if (!bar) return null;
  const buttons = [...bar.querySelectorAll(CONTROLS.button)];
  return buttons.find((button) => CONTROLS.replyLabels.includes(labelOf(button))) ?? buttons[0] ?? null;
};

/** An item of the post's "…" menu, while that menu is open. */
function menuItem(pattern: RegExp): ControlLocator {
  return (post) => {
    const toggle = actionBarOf(post)?.querySelector(CONTROLS.openMenuButton);
    if (!toggle) return null;
    const doc = post.ownerDocument;
    const menuId = toggle.getAttribute('aria-controls');
    const menu = (menuId ? doc.getElementById(menuId) : null) ?? doc.querySelector(CONTROLS.openMenu);
    if (!menu) return null;
    return (
      [...menu.querySelectorAll(CONTROLS.menuItem)].find((item) =>
        pattern.test(singleLine(item.textContent)),
      ) ?? null
    );
  };
}

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(SELECTORS.item)].filter((el) => !inQuote(el));
  return isElement(root) && isPost(root) ? [root, ...found] : found;
}

export const mastodonAdapter: SiteAdapter = {
  id: 'mastodon',
  label: 'Mastodon',
  matches: [],
  fixtures: ['test/fixtures/mastodon/thread-2025.html'],
  detect(doc) {
    return hasMarker(doc, SELECTORS.appRoot) && hasMarker(doc, SELECTORS.appMarkers);
  },
  find,
  extract(post, pageUrl) {
    if (!isPost(post)) return null;
    const text = readText(post);
    const author = readAuthor(post, pageUrl);
    if (!text && !author.name) return null;
    const permalink = safeHttpUrl(own(post, SELECTORS.permalink)?.getAttribute('href'), pageUrl);
    const comment: Comment = {
      id: stableId(post, { siteId: statusId(post, pageUrl), permalink, author: author.name, text }),
      author,
      text,
    };
    const time = readTime(post);
    if (time) comment.time = time;
    if (permalink) comment.permalink = permalink;
    return { ...comment, ...threadPosition(post, pageUrl) };
  },
  placeBar(post): BarPlacement {
    const bar = actionBarOf(post);
    if (bar) return { node: bar, position: 'afterend' };
    return isDetailed(post) ? { node: post, position: 'afterend' } : { node: post, position: 'beforeend' };
  },
  native: {
    like: favourite,
    liked: (button) => button.matches(CONTROLS.pressed),
    reply,
    editor: (post) => post.ownerDocument.querySelector(CONTROLS.editor),
    remove: menuItem(CONTROLS.remove),
    report: menuItem(CONTROLS.report),
  },
};
