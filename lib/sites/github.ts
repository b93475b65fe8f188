import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, decodeFragment, singleLine, stableId, timeOf } from './dom';
import type { ControlLocator, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * GitHub issue and pull request conversations: the opening post and its comments (timeline events
 * such as labels, commits and cross-references are not comments), plus the comments of pull request
 * review threads (the first one top level, the replies under it).
 *
 * Two eras of markup live side by side on github.com:
 * - the React issue viewer (issues since 2024): `[data-testid="issue-body"]` and `.react-issue-comment`,
 *   ids in `#issuecomment-N` headers, Primer `role="switch"` reaction buttons, menus in portals;
 * - the classic Rails timeline (pull requests, older issues): `.timeline-comment` in
 *   `.js-comment-container`, `a.author`, `relative-time[datetime]`, `.comment-body`, reaction
 *   buttons carrying `value="THUMBS_UP react"`, `details-menu` "…" menus inside the comment.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const REACT = {
  /** The opening post of the React issue viewer. */
  issueBody: '[data-testid="issue-body"]',
  comment: '.react-issue-comment',
  author: ['[data-testid="issue-body-header-author"]', '[data-testid="avatar-link"]'],
  /** The header's own link to the comment, holding its `relative-time`. */
  permalink: ['[data-testid="issue-body-header-link"]', 'a[href*="#issuecomment-"]'],
  commentId: '[id^="issuecomment-"]',
  body: '[data-testid="markdown-body"]',
  /** The header's label of the author's tie to the repository ("Contributor", "Owner"…). */
  association: '[data-testid="comment-author-association"]',
  /** The "…" button of the comment's header (the issue body's has no test id: found by its section). */
  menuOpener:
    '[data-testid="comment-header-hamburger"], [class*="IssueBodyHeader-module__actionsSection"] button[aria-haspopup="true"]',
  reactions: '[role="toolbar"][aria-label="Reactions"]',
  /** Primer's reaction buttons: `role="switch"` pills under the comment, `menuitemcheckbox` in the picker. */
  reactionPill: 'button[role="switch"]',
  pickerItem: '[role="menuitemcheckbox"]',
  composer: 'textarea[aria-label="Markdown value"]',
  /** Menus React renders in a portal at the end of the page. */
  menu: '[role="menu"]',
  time: 'relative-time',
  anyTime: 'relative-time[datetime]',
} as const;

const CLASSIC = {
  comment: '.timeline-comment',
  /**
   * GitHub's 2024–25 CommentComponent puts the comment classes on the group wrapper itself; where a
   * `.timeline-comment` sits inside such a wrapper, the inner one is the comment.
   */
  group: '.js-comment.unminimized-comment',
  /** Pull request review thread comments (diff comments and their replies). */
  reviewComment: '.review-comment',
  author: ['.timeline-comment-header a.author', 'a.author'],
  /** Header labels: the author's tie to the repository, and "Author" for the issue's own author. */
  association: '.timeline-comment-header .Label, .timeline-comment-label',
  time: ['.timeline-comment-header relative-time[datetime]', 'relative-time[datetime]'],
  permalink: [
    '.timeline-comment-header a.js-timestamp[href]',
    'a[href^="#issuecomment-"]',
    'a[href*="#discussion_r"]',
    'a[href^="#issue-"]',
    'a.js-timestamp[href]',
  ],
  /** The rendered body; `.js-preview-body` is the edit form's preview of the same comment. */
  body: ['.js-comment-body', '.comment-body'],
  preview: '.js-preview-body',
  /** The edit form and the composer hold comment-like previews. */
  form: 'form',
  /** The comment box's body block, under which the bar goes. */
  barAnchor: '.edit-comment-hide',
  /** The composer at the bottom of the conversation. */
  newComment: '.timeline-new-comment',
  composer: 'textarea#new_comment_field',
  thread: '.js-resolvable-timeline-thread-container, review-thread-collapsible, .review-thread',
  /** Where an id lives: on the comment (2017) or on its group wrapper (2021–25). */
  gid: '[data-gid]',
  /** The "…" menu's `details` (the reaction picker is a `details` too). */
  menuOpener: '.timeline-comment-actions details:not(.js-reaction-popover-container) > summary',
} as const;

/** Every comment element of both eras, for one `querySelectorAll`. */
const ITEM = [REACT.issueBody, REACT.comment, CLASSIC.comment, CLASSIC.reviewComment, CLASSIC.group].join(
  ', ',
);
const CLASSIC_BOX = `${CLASSIC.comment}, ${CLASSIC.reviewComment}`;

/** Ids GitHub gives comments and that its own links point at. */
const COMMENT_ID = /^(?:issuecomment-\d+|issue-\d+|pullrequestreview-\d+|discussion_r\d+|r\d+)$/;
/** How many levels above a classic comment its id may sit (`.timeline-comment-group[id] > .timeline-comment`). */
const ID_REACH = 2;

/** Not the author's text: GitHub's embedded permalink headers, e-mail quote toggles, code copy buttons. */
const TEXT_EXCLUDE = [
  NOISE_SELECTOR,
  '.Box--condensed > .Box-header',
  '.email-hidden-toggle',
  '.email-hidden-reply',
  '.email-quoted-reply',
  'clipboard-copy',
  '.zeroclipboard-container',
].join(', ');

/** GitHub's placeholder for deleted accounts. */
const GHOST = 'ghost';

/**
 * Association labels of the repository's own people: its owner, a member of the organization that
 * owns it, an invited collaborator. "Contributor", "First-time contributor" and "Author" (of the issue)
 * are members of the community.
 */
const TEAM_ASSOCIATION = /^(?:Owner|Member|Collaborator)$/;

const CONTROLS = {
  /**
   * The 👍 reaction. Classic: the summary pill or the picker option, both `value="THUMBS_UP react"`
   * (or `unreact` once given) and `data-reaction-content="+1"`. Never THUMBS_DOWN / "-1".
   */
  classicThumbsUp: [
    'button.social-reaction-summary-item[value^="THUMBS_UP "]',
    'button[data-reaction-content="+1"]',
    'button[value^="THUMBS_UP "]',
  ],
  thumbsUpEmoji: '👍',
  /** The reaction picker's opener: pressing it shows the picker whose 👍 `like` returns. */
  pickerOpener: [
    'summary[aria-label="Add or remove reactions"]',
    'button[aria-label="Add or remove reactions"]',
    '.js-reaction-popover-container summary',
    'button[class*="ReactionViewerAnchor"]',
    '[role="toolbar"][aria-label="Reactions"] button[aria-haspopup]',
  ],
  /** Classic menu items, inside the comment's `details-menu` once GitHub has loaded it. */
  classicQuoteReply: '.js-comment-quote-reply',
  classicDelete: [
    '.js-comment-delete button',
    'button.js-comment-delete',
    'button[aria-label="Delete comment"]',
  ],
  classicReport: 'a[href*="/contact/report-content"]',
  menuItem: '[role="menuitem"]',
  menuItemLabel: '[class*="ItemLabel"]',
  /** Labels of the "…" menu items, in either era. */
  quoteReplyLabel: /^quote reply\b/i,
  deleteLabel: /^delete\b/i,
  reportLabel: /^report\b/i,
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers

function pick(scope: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const isReact = (el: Element): boolean => el.matches(REACT.issueBody) || el.matches(REACT.comment);
const isReview = (el: Element): boolean => el.matches(CLASSIC.reviewComment);

function classicBody(el: Element): Element | null {
  for (const selector of CLASSIC.body) {
    for (const body of el.querySelectorAll(selector)) {
      if (!body.matches(CLASSIC.preview) && !body.closest(CLASSIC.form)) return body;
    }
  }
  return null;
}

function bodyOf(el: Element): Element | null {
  return isReact(el) ? el.querySelector(REACT.body) : classicBody(el);
}

function accept(el: Element): boolean {
  // The classic composer's box looks like a comment; it is not one.
  if (el.closest(CLASSIC.newComment)) return false;
  // A wrapper around a comment box is the same comment: the box is the one returned.
  if (!el.matches(CLASSIC_BOX) && !isReact(el) && el.querySelector(CLASSIC_BOX)) return false;
  return bodyOf(el) !== null;
}

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(ITEM)];
  if (isElement(root) && root.matches(ITEM)) found.unshift(root);
  return found.filter(accept);
}

function authorOf(el: Element, pageUrl: URL): CommentAuthor {
  const link = pick(el, isReact(el) ? REACT.author : CLASSIC.author);
  const name = singleLine(link?.textContent);
  // GitHub shows a deleted account as "ghost": the comment stays, its author is gone.
  if (!link || name.toLowerCase() === GHOST) return { name: '' };
  const profileUrl = safeHttpUrl(link.getAttribute('href'), pageUrl);
  const author: CommentAuthor = profileUrl ? { name, profileUrl } : { name };
  if (isTeam(el)) author.staff = true;
  return author;
}

/** Whether the comment's header labels its author as the repository's owner, member or collaborator. */
function isTeam(el: Element): boolean {
  const body = bodyOf(el);
  for (const label of el.querySelectorAll(isReact(el) ? REACT.association : CLASSIC.association)) {
    if (!body?.contains(label) && TEAM_ASSOCIATION.test(singleLine(label.textContent))) return true;
  }
  return false;
}

function permalinkOf(el: Element, pageUrl: URL): string | undefined {
  const link = pick(el, isReact(el) ? REACT.permalink : CLASSIC.permalink);
  return safeHttpUrl(link?.getAttribute('href'), pageUrl);
}

/** GitHub's own id: `issuecomment-N`, `issue-N` (the opening post), `discussion_rN` / `rN` (review comments). */
function siteIdOf(el: Element, permalink: string | undefined): string | undefined {
  if (isReact(el)) {
    const header = el.querySelector(REACT.commentId);
    if (header) return header.id;
  } else {
    let node: Element | null = el;
    for (let level = 0; node && level <= ID_REACH; level++, node = node.parentElement) {
      if (COMMENT_ID.test(node.id)) return node.id;
    }
  }
  const fragment = permalink ? decodeFragment(permalink) : '';
  if (COMMENT_ID.test(fragment)) return fragment;
  return el.closest(CLASSIC.gid)?.getAttribute('data-gid') ?? undefined;
}

function timeOfComment(el: Element): string | undefined {
  if (isReact(el)) {
    const link = pick(el, REACT.permalink);
    return timeOf(link?.querySelector(REACT.time) ?? el.querySelector(REACT.anyTime));
  }
  return timeOf(pick(el, CLASSIC.time));
}

/** Review threads: the first comment is top level, the others reply to it. */
function threadOf(el: Element, ownId: string, pageUrl: URL): Pick<Comment, 'depth' | 'parentId'> {
  const thread = isReview(el) ? el.closest(CLASSIC.thread) : null;
  const first = thread?.querySelector(CLASSIC.reviewComment);
  if (!thread || !first || first === el) return { depth: 0 };
  const parentId = siteIdOf(first, permalinkOf(first, pageUrl));
  return parentId && parentId !== ownId ? { depth: 1, parentId } : { depth: 0 };
}

function extract(el: Element, pageUrl: URL): Comment | null {
  if (!el.matches(ITEM) || !accept(el)) return null;
  const body = bodyOf(el);
  if (!body) return null;
  const author = authorOf(el, pageUrl);
  const text = cleanText(body, TEXT_EXCLUDE);
  if (!text && !author.name) return null;
  const permalink = permalinkOf(el, pageUrl);
  const id = stableId(el, { siteId: siteIdOf(el, permalink), permalink, author: author.name, text });
  const comment: Comment = { id, author, text };
  const time = timeOfComment(el);
  if (time) comment.time = time;
  if (permalink) comment.permalink = permalink;
  return { ...comment, ...threadOf(el, id, pageUrl) };
}

// ---------------------------------------------------------------------------------------------
// Native controls

const hasThumbsUp = (el: Element): boolean =>
  (el.textContent ?? '').includes(CONTROLS.thumbsUpEmoji) ||
  (el.getAttribute('aria-label') ?? '').includes(CONTROLS.thumbsUpEmoji);

/** Quote `"` and `\` for an attribute selector. */
const attributeValue = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The open "…" or reaction menu of `opener`, which React renders in a portal at the end of the
 * page: Primer labels a menu with its opener's id. `unlabelled` recognises the menu when it is not
 * labelled (the reaction picker's overlay): only one overlay is open at a time, so the one such
 * menu outside every comment is it.
 */
function openPortalMenu(opener: Element | null, unlabelled?: (menu: Element) => boolean): Element | null {
  if (!opener || opener.getAttribute('aria-expanded') !== 'true') return null;
  const doc = opener.ownerDocument;
  const id = opener.getAttribute('id');
  const controlled = opener.getAttribute('aria-controls');
  const labelled =
    (id ? doc.querySelector(`${REACT.menu}[aria-labelledby=${attributeValue(id)}]`) : null) ??
    (controlled ? doc.getElementById(controlled) : null);
  if (labelled || !unlabelled) return labelled;
  const open = [...doc.querySelectorAll(REACT.menu)].filter(
    (menu) => !menu.closest(ITEM) && unlabelled(menu),
  );
  return open.length === 1 ? (open[0] ?? null) : null;
}

/** The comment's menu items: the classic `details-menu` inside it, or the React menu it opened. */
function menuItems(comment: Element): Element[] {
  const inside = [...comment.querySelectorAll(CONTROLS.menuItem)];
  const portal = isReact(comment) ? openPortalMenu(comment.querySelector(REACT.menuOpener)) : null;
  return portal ? [...inside, ...portal.querySelectorAll(CONTROLS.menuItem)] : inside;
}

function menuItem(comment: Element, label: RegExp): Element | null {
  for (const item of menuItems(comment)) {
    const text = singleLine((item.querySelector(CONTROLS.menuItemLabel) ?? item).textContent);
    if (label.test(text)) return item;
  }
  return null;
}

/** The conversation's comment box: there is no per-comment reply box on GitHub. */
function composer(comment: Element): Element | null {
  const doc = comment.ownerDocument;
  const classic = doc.querySelector(CLASSIC.composer);
  if (classic) return classic;
  // React: the last Markdown box outside every comment (an open edit form sits inside its comment).
  const boxes = [...doc.querySelectorAll(REACT.composer)].filter((box) => !box.closest(ITEM));
  return boxes[boxes.length - 1] ?? null;
}

/**
 * The 👍 of this comment: the pill already under it, else the 👍 of its reaction picker once
 * open. Never the picker's opener: pressing that alone adds nothing (see `githubPickerOpener`).
 */
const like: ControlLocator = (comment) => {
  if (!isReact(comment)) return pick(comment, CONTROLS.classicThumbsUp);
  const toolbar = comment.querySelector(REACT.reactions);
  const pill = [...(toolbar?.querySelectorAll(REACT.reactionPill) ?? [])].find(hasThumbsUp);
  if (pill) return pill;
  const opener = toolbar ? pick(toolbar, CONTROLS.pickerOpener) : null;
  const picker = openPortalMenu(opener, (menu) => menu.querySelector(REACT.pickerItem) !== null);
  return [...(picker?.querySelectorAll(REACT.pickerItem) ?? [])].find(hasThumbsUp) ?? null;
};

/**
 * What opens the reaction picker of a comment, for a caller that wants to show the picker before
 * asking `like` for its 👍 (the picker is rendered only when open in the React viewer).
 */
export const githubPickerOpener: ControlLocator = (comment) => pick(comment, CONTROLS.pickerOpener);

/** What opens the comment's "…" menu, where Quote reply, Delete and Report content live. */
export const githubMenuOpener: ControlLocator = (comment) =>
  comment.querySelector(isReact(comment) ? REACT.menuOpener : CLASSIC.menuOpener);

export const githubAdapter: SiteAdapter = {
  id: 'github',
  label: 'GitHub',
  matches: ['https://github.com/*'],
  fixtures: [
    'test/fixtures/github/pull-request-classic.html',
    'fixtures/real-pages/github/github-issue-react-viewer-2025-defuddle56.html',
  ],
  detect(doc, url) {
    return url.hostname === 'github.com' && doc.querySelector(ITEM) !== null;
  },
  find,
  extract,
  placeBar(el) {
    if (isReact(el)) {
      const body = el.querySelector(REACT.body);
      return body ? { node: body, position: 'afterend' } : { node: el, position: 'beforeend' };
    }
    const anchor = el.querySelector(CLASSIC.barAnchor) ?? classicBody(el);
    return anchor ? { node: anchor, position: 'afterend' } : { node: el, position: 'beforeend' };
  },
  native: {
    like,
    liked: (control) =>
      control.getAttribute('aria-pressed') === 'true' ||
      control.getAttribute('aria-checked') === 'true' ||
      control.classList.contains('user-has-reacted') ||
      (control.getAttribute('value') ?? '').endsWith(' unreact'),
    // "Quote reply" from the comment's menu; without it, the conversation's comment box.
    reply: (comment) =>
      comment.querySelector(CONTROLS.classicQuoteReply) ??
      menuItem(comment, CONTROLS.quoteReplyLabel) ??
      composer(comment),
    editor: composer,
    remove: (comment) => pick(comment, CONTROLS.classicDelete) ?? menuItem(comment, CONTROLS.deleteLabel),
    report: (comment) =>
      comment.querySelector(CONTROLS.classicReport) ?? menuItem(comment, CONTROLS.reportLabel),
    // The 👍 lives in the reaction picker, the rest in the "…" menu, until those are opened.
    openers: {
      like: githubPickerOpener,
      reply: githubMenuOpener,
      remove: githubMenuOpener,
      report: githubMenuOpener,
    },
  },
};
