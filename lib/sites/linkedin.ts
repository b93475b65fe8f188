import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, normalizeText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, SiteAdapter } from './types';

/**
 * LinkedIn comments: the signed-in feed and post pages (Ember, classes prefixed `comments-`) and
 * the public, signed-out view of Pulse articles (`section.comment`).
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about LinkedIn's markup. Arrays are tried in order.

const SELECTORS = {
  /**
   * Feed and post pages, signed in. 2023–2025: `article.comments-comment-entity` whose `data-id`
   * is the comment's URN, "urn:li:comment:(activity:POST,COMMENT)"; replies are
   * `.comments-comment-entity--reply` articles inside the parent's `.comments-replies-list`.
   * 2019–2023: `article.comments-comment-item` with `comments-post-meta__*` names.
   */
  feed: {
    comment: 'article.comments-comment-entity, article.comments-comment-item',
    authorName: [
      '.comments-comment-meta__description-title',
      '.comments-post-meta__name-text',
      '.comments-comment-item__post-meta .hoverable-link-text',
    ],
    /** Parts of a name element that are not the name. */
    notName: '.visually-hidden, .comments-comment-meta__badge, .comments-post-meta__badge',
    authorLink: [
      'a.comments-comment-meta__description-container',
      'a.comments-comment-meta__image-link',
      'a.comments-post-meta__actor-link',
      'a.comments-post-meta__name',
    ],
    text: [
      '.comments-comment-item__main-content',
      '.comments-comment-entity__content .update-components-text',
      '.comments-comment-item-content-body',
    ],
    time: [
      'time.comments-comment-meta__data',
      '.comments-comment-meta__data time',
      'time.comments-comment-item__timestamp',
      '.comments-comment-item__timestamp',
    ],
    /** The comment's own Like toggle; the post's is "React Like to NAME’s post", outside the comment. */
    like: [
      'button.comments-comment-social-bar__reactions-react-button',
      '.comments-comment-social-bar__reactions-react-button button',
      'button.react-button__trigger',
      'button[aria-label^="React Like"]',
      'button[aria-label^="Reaction button state:"]',
    ],
    reply: [
      'button.comments-comment-social-bar__reply-action-button--cr',
      'button.comments-comment-social-bar__reply-action-button',
      'button[aria-label^="Reply to "]',
    ],
    socialBar: [
      '.comments-comment-social-bar--cr',
      '.comments-comment-social-bar',
      '.comments-comment-item__social-actions',
    ],
    /** Items of the comment's "…" menu, present once the menu was opened. */
    menuItem: '.artdeco-dropdown__item',
    /** The reply box (Quill `.ql-editor`, or the newer ProseMirror box) inside the thread. */
    editor: '.comments-comment-box [contenteditable="true"]',
  },
  /**
   * Pulse articles seen signed out, ~2022: `section.comment` > `article.comment__content-wrapper`,
   * no comment ids, Like and Reply buttons that ask to sign in, Report in the "…" menu.
   */
  pulse: {
    comment: 'section.comment',
    authorName: '.comment__actor-name',
    authorLink: 'a.comment__actor-name',
    text: '.comment__message',
    time: 'time.comment__time',
    actions: '.comment__actions',
    like: 'button.comment__action[data-tracking-control-name$="_comment_like"]',
    reply: 'button.comment__action[data-tracking-control-name$="_comment_reply"]',
    menuItem: '.ellipsis-menu__item-button',
  },
};

/** Words of LinkedIn's interface, in English and French. */
const LABELS = {
  /** The placeholder LinkedIn shows for a member whose profile it hides. */
  hiddenMember: /^(?:LinkedIn Member|Membre de LinkedIn)$/i,
  report: /^(?:Report|Signaler)\b/i,
  remove: /^(?:Delete|Remove|Supprimer)\b/i,
  /** The newer reaction button names its state; "no reaction" is the only unpressed one. */
  reactionState: /^Reaction button state:\s*(.*)$/i,
};

/** "urn:li:comment:(activity:POST,COMMENT)" (or ugcPost:POST). */
const COMMENT_URN = /^urn:li:comment:\((activity|ugcPost|share):(\d+),(\d+)\)$/;

const ELEMENT_NODE = 1;
const ALL_COMMENTS = `${SELECTORS.feed.comment}, ${SELECTORS.pulse.comment}`;

// ---------------------------------------------------------------------------------------------
// Small helpers

const isPulse = (el: Element): boolean => el.matches(SELECTORS.pulse.comment);
const commentSelectorOf = (el: Element): string =>
  isPulse(el) ? SELECTORS.pulse.comment : SELECTORS.feed.comment;

/**
 * Elements under the comment that belong to it (matching `selector` and `accept`), in document
 * order, without those of the replies nested inside it. The walk skips nested comments instead of
 * filtering a subtree query, so reading a comment costs its own size, not its whole thread's.
 */
function ownAll(
  el: Element,
  selector: string,
  accept: (found: Element) => boolean = () => true,
  firstOnly = false,
): Element[] {
  const comment = commentSelectorOf(el);
  const found: Element[] = [];
  const stack: Element[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.matches(comment)) continue;
    if (node.matches(selector) && accept(node)) {
      found.push(node);
      if (firstOnly) break;
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index];
      if (child) stack.push(child);
    }
  }
  return found;
}

/** The comment's first own element matching `selector` and `accept`: the walk stops there. */
function own(el: Element, selector: string, accept?: (found: Element) => boolean): Element | null {
  return ownAll(el, selector, accept, true)[0] ?? null;
}

/** The first own element matching the selectors, tried in priority order. */
function pick(el: Element, selectors: string | readonly string[]): Element | null {
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    const found = own(el, selector);
    if (found) return found;
  }
  return null;
}

function parentComment(el: Element): Element | null {
  return el.parentElement?.closest(commentSelectorOf(el)) ?? null;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let parent = parentComment(el); parent; parent = parentComment(parent)) depth++;
  return depth;
}

/**
 * Text kept the way a `white-space: pre-wrap` box shows it: the line breaks of the source count.
 * The Pulse view writes comments as plain text with newlines (`cleanText` would join the lines).
 */
function preWrapText(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element !== el && element.matches(NOISE_SELECTOR)) continue;
    if (element.tagName.toUpperCase() === 'BR') parts.push('\n');
    for (let index = element.childNodes.length - 1; index >= 0; index--) {
      const child = element.childNodes[index];
      if (child) stack.push(child);
    }
  }
  return normalizeText(parts.join(''));
}

/**
 * A name as the page shows it. LinkedIn may double a name for screen readers
 * (`<span aria-hidden="true">Name</span><span class="visually-hidden">View Name’s profile</span>`):
 * then the visible half is the name.
 */
function nameOf(el: Element | null): string {
  if (!el) return '';
  if (el.querySelector('.visually-hidden')) {
    const visible = [...el.querySelectorAll('[aria-hidden="true"]')]
      .map((span) => singleLine(span.textContent))
      .find(Boolean);
    if (visible) return visible;
  }
  return singleLine(cleanText(el, `${NOISE_SELECTOR}, ${SELECTORS.feed.notName}`));
}

/** A profile link without its query (`trk`, `miniProfileUrn` only track the click). */
function profileUrl(link: Element | null, pageUrl: URL): string | undefined {
  const href = safeHttpUrl(link?.getAttribute('href'), pageUrl);
  if (!href) return undefined;
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

function author(name: string, profile: string | undefined): CommentAuthor {
  if (LABELS.hiddenMember.test(name) && !profile) return { name: '' };
  return profile ? { name, profileUrl: profile } : { name };
}

function urnOf(el: Element): string | undefined {
  const urn = el.getAttribute('data-id') ?? '';
  return urn.startsWith('urn:li:comment:') ? urn : undefined;
}

/**
 * LinkedIn's link to a comment: the post's page with `commentUrn`, plus `replyUrn` for a reply
 * (then `commentUrn` names the comment it answers).
 */
function permalinkOf(urn: string | undefined, parentUrn: string | undefined): string | undefined {
  const match = urn ? COMMENT_URN.exec(urn) : null;
  if (!urn || !match) return undefined;
  const url = new URL(`https://www.linkedin.com/feed/update/urn:li:${match[1]}:${match[2]}/`);
  if (parentUrn) {
    url.searchParams.set('commentUrn', parentUrn);
    url.searchParams.set('replyUrn', urn);
  } else {
    url.searchParams.set('commentUrn', urn);
  }
  return url.href;
}

function build(
  el: Element,
  fields: Omit<Comment, 'id' | 'depth' | 'parentId'>,
  siteId: string | undefined,
): Comment {
  const comment: Comment = {
    id: stableId(el, { siteId, permalink: fields.permalink, author: fields.author.name, text: fields.text }),
    author: fields.author,
    text: fields.text,
  };
  if (fields.time) comment.time = fields.time;
  if (fields.permalink) comment.permalink = fields.permalink;
  return comment;
}

// ---------------------------------------------------------------------------------------------
// Extraction

/** The comment's own fields, without its place in the thread. */
function readFeed(el: Element, pageUrl: URL): Comment | null {
  const name = nameOf(pick(el, SELECTORS.feed.authorName));
  const textEl = pick(el, SELECTORS.feed.text);
  const text = textEl ? cleanText(textEl) : '';
  if (!text && !name) return null;
  const urn = urnOf(el);
  const parent = parentComment(el);
  return build(
    el,
    {
      author: author(name, profileUrl(pick(el, SELECTORS.feed.authorLink), pageUrl)),
      text,
      time: timeOf(pick(el, SELECTORS.feed.time)),
      permalink: permalinkOf(urn, parent ? urnOf(parent) : undefined),
    },
    urn,
  );
}

function extractFeed(el: Element, pageUrl: URL): Comment | null {
  const comment = readFeed(el, pageUrl);
  if (!comment) return null;
  comment.depth = depthOf(el);
  const parent = parentComment(el);
  // The parent's URN is its id; reading it whole is only needed without one.
  const parentId = parent ? (urnOf(parent) ?? readFeed(parent, pageUrl)?.id) : undefined;
  if (parentId) comment.parentId = parentId;
  return comment;
}

function extractPulse(el: Element, pageUrl: URL): Comment | null {
  const name = nameOf(pick(el, SELECTORS.pulse.authorName));
  const textEl = pick(el, SELECTORS.pulse.text);
  const text = textEl ? preWrapText(textEl) : '';
  if (!text && !name) return null;
  // The signed-out view shows no comment ids and no replies: the id is a hash of author and text.
  return build(
    el,
    {
      author: author(name, profileUrl(pick(el, SELECTORS.pulse.authorLink), pageUrl)),
      text,
      time: timeOf(pick(el, SELECTORS.pulse.time)),
    },
    undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// The adapter

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(ALL_COMMENTS)];
  const rootEl = root as Element;
  if (rootEl.nodeType === ELEMENT_NODE && rootEl.matches(ALL_COMMENTS)) found.unshift(rootEl);
  return found;
}

function placeBar(el: Element): BarPlacement {
  const row = isPulse(el)
    ? pick(el, [SELECTORS.pulse.actions, SELECTORS.pulse.text])
    : pick(el, [...SELECTORS.feed.socialBar, ...SELECTORS.feed.text]);
  return row ? { node: row, position: 'afterend' } : { node: el, position: 'beforeend' };
}

/** The comment's own "…" menu item whose text `matches` (present once the menu was opened). */
function menuItem(el: Element, matches: RegExp): Element | null {
  const selector = isPulse(el) ? SELECTORS.pulse.menuItem : SELECTORS.feed.menuItem;
  return own(el, selector, (item) => matches.test(singleLine(item.textContent)));
}

/** The reply box of the thread: in the comment, else in the comment it replies to. */
function editor(el: Element): Element | null {
  if (isPulse(el)) return null;
  for (let scope: Element | null = el; scope; scope = parentComment(scope)) {
    const box = scope.querySelector(SELECTORS.feed.editor);
    if (box) return box;
  }
  return null;
}

function liked(control: Element): boolean {
  if (control.getAttribute('aria-pressed') === 'true') return true;
  const state = LABELS.reactionState.exec(control.getAttribute('aria-label') ?? '');
  return state !== null && !/^no reaction$/i.test(singleLine(state[1]));
}

export const linkedInAdapter: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  fixtures: [
    'test/fixtures/linkedin/feed-comments-2025.html',
    'fixtures/real-pages/linkedin/linkedin-pulse-article-logged-out-2022.html',
  ],
  detect(doc, url) {
    if (/(?:^|\.)linkedin\.com$/i.test(url.hostname)) return true;
    // A saved page keeps its canonical link.
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    return /^https:\/\/(?:[\w-]+\.)?linkedin\.com\//i.test(canonical);
  },
  find,
  extract(el, pageUrl) {
    if (el.matches(SELECTORS.feed.comment)) return extractFeed(el, pageUrl);
    if (isPulse(el)) return extractPulse(el, pageUrl);
    return null;
  },
  placeBar,
  native: {
    like: (el) => pick(el, isPulse(el) ? SELECTORS.pulse.like : SELECTORS.feed.like),
    liked,
    reply: (el) => pick(el, isPulse(el) ? SELECTORS.pulse.reply : SELECTORS.feed.reply),
    editor,
    remove: (el) => menuItem(el, LABELS.remove),
    report: (el) => menuItem(el, LABELS.report),
  },
};
