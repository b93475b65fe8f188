import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, parseTime, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, ControlLocator, SiteAdapter } from './types';
import { hasMarker, isElement } from './strategy';

/**
 * Lemmy instances (lemmy-ui, the Inferno front end every instance serves). Self-hosted on any
 * domain, so the adapter is chosen by `detect` on pages the user enabled.
 *
 * Markup of lemmy-ui 0.19 (2024–25, most instances) and 1.0: each comment is an
 * `li.comment > article.comment-node#comment-<id>`; its replies follow the article in a nested
 * `ul.comments` of the same `li`, so the article holds one comment and only its own controls.
 * 0.17–0.18 put the same id and classes on a `div`. The reply form opens after the article, in the `li`.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const SELECTORS = {
  /** The comment's own box. A "N more replies" row is also a `.comment-node`, but without an id. */
  comment: '.comment-node[id^="comment-"]',
  /** The list item around it, whose nested `ul.comments` holds the replies. */
  item: 'li.comment',
  /** The rendered markdown; `.comment-content` (0.19+) wraps it, or a `<pre>` in "view source". */
  body: ['.comment-content .md-div', '.md-div', '.comment-content'],
  /**
   * 0.18+: `a.person-listing[href="/u/name@instance"]` holding the avatar, the display name in a
   * `span` and, for remote accounts, `<small>@instance</small>`; older: the first `/u/` link of the header.
   */
  author: ['a.person-listing', '.person-listing'],
  authorFallback: 'a[href^="/u/"]',
  /** What is not the name in the author's link: avatar, instance suffix, cake-day icon. */
  authorNoise: `${NOISE_SELECTOR}, img, small, .cake-day`,
  /** `/u/ana` or `/u/bob@other.example`: the handle, whatever the display name. */
  handle: /\/u\/([^/?#]+)/,
  /** Links in the text (mentions are `/u/` links too) are never the author. */
  inText: '.md-div, .comment-content',
  /** The comment's own link: `/comment/<id>` (≤0.19) or `/post/<post>/<id>` (1.0). */
  permalink: 'a[href*="/comment/"], a[href^="/post/"]',
  /**
   * The absolute date lives in the tooltip of `span.moment-time` (date-fns "PPPPpppp":
   * "Tuesday, June 10th, 2025 at 3:14:07 PM GMT+02:00"), prefixed by "Created:" when edited.
   */
  time: '.moment-time[data-tippy-content], [data-tippy-content].moment-time',
  timeFallback: 'time[datetime]',
  /** Votes, reply, "more" menu under the text (0.19+); the bar goes after it. */
  actions: '.comment-bottom-btns',
  /** Lemmy's own markers: the app root and the static `<meta name="Description" content="Lemmy">`. */
  siteMarkers: ['meta[name="Description"][content="Lemmy"]', '#app.lemmy-site'],
} as const;

/**
 * The site's controls. Buttons carry a translated `aria-label` (English below) and an icon from
 * `symbols.svg#icon-<name>` whatever the language, so both are tried. The "more" menu's items
 * (report, delete, remove) exist only once that menu was opened.
 */
const CONTROLS = {
  button: 'button, a',
  /** `use` elements referencing the sprite; the icon name follows `#icon-`. */
  icon: 'use',
  iconPrefix: '#icon-',
  /** Never the downvote (`arrow-down1`, "Downvote"). */
  upvote: { labels: ['upvote'], icons: ['arrow-up1'] },
  /** `aria-pressed` (0.19+) or the `text-info` colour of a vote already given. */
  liked: '[aria-pressed="true"], .text-info',
  reply: { labels: ['reply'], icons: ['reply1'] },
  /** 0.19+: "Create Report"; 0.18: "Show Report Dialog". */
  report: { labels: ['create report', 'show report dialog', 'report comment'], icons: ['flag'] },
  /** A moderator's "Remove Comment" (icon `x`), or the author's own "Delete" (icon `trash`). */
  remove: { labels: ['remove comment', 'delete'], icons: ['x', 'trash'] },
  /** The markdown editor of the reply form (`markdown-textarea-<random>`). */
  editor: 'textarea[id^="markdown-textarea"], .comment-form textarea',
  /** Reply lists inside the comment's `li`: never searched for its own reply form. */
  replies: 'ul',
} as const;

/** `/comment/<id>` is the permalink of a comment on every lemmy-ui version. */
const PERMALINK_PATH = '/comment/';
const ID_PATTERN = /^comment-(\d+)$/;

// ---------------------------------------------------------------------------------------------
// Small helpers

function pick(
  scope: Element,
  selectors: readonly string[],
  accept?: (el: Element) => boolean,
): Element | null {
  for (const selector of selectors) {
    for (const el of scope.querySelectorAll(selector)) if (!accept || accept(el)) return el;
  }
  return null;
}

const outsideText = (el: Element): boolean => el.closest(SELECTORS.inText) === null;

function readAuthor(article: Element, pageUrl: URL): CommentAuthor {
  const link =
    pick(article, SELECTORS.author, outsideText) ?? pick(article, [SELECTORS.authorFallback], outsideText);
  if (!link) return { name: '' };
  const author: CommentAuthor = { name: singleLine(cleanText(link, SELECTORS.authorNoise)) };
  const handle = decodePath(SELECTORS.handle.exec(link.getAttribute('href') ?? '')?.[1]);
  if (handle) author.handle = handle;
  const profileUrl = safeHttpUrl(link.getAttribute('href'), pageUrl);
  if (profileUrl) author.profileUrl = profileUrl;
  return author;
}

function decodePath(segment: string | undefined): string {
  if (!segment) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The comment's own link in its header, or `/comment/<id>`, which every lemmy-ui version serves. */
function readPermalink(article: Element, number: string, pageUrl: URL): string | undefined {
  const own = new RegExp(`^/(?:comment|post/\\d+)/${number}(?:[?#]|$)`);
  for (const link of article.querySelectorAll(SELECTORS.permalink)) {
    const href = link.getAttribute('href') ?? '';
    if (outsideText(link) && own.test(href)) return safeHttpUrl(href, pageUrl);
  }
  return safeHttpUrl(`${PERMALINK_PATH}${number}`, pageUrl);
}

/** The tooltip's first line, with the "GMT+02:00" zone written so that `parseTime` reads the offset. */
function readTime(article: Element): string | undefined {
  const tooltip = article.querySelector(SELECTORS.time)?.getAttribute('data-tippy-content') ?? '';
  const created = tooltip.split('\n').find((line) => line.trim()) ?? '';
  return (
    parseTime(created.replace(/\bGMT(?=[+-]\d)/i, '')) ??
    timeOf(article.querySelector(SELECTORS.timeFallback))
  );
}

/** The icon names of a button (`…/symbols.svg#icon-arrow-up1` → `arrow-up1`). */
function iconsOf(button: Element): string[] {
  return [...button.querySelectorAll(CONTROLS.icon)].flatMap((use) => {
    const href = use.getAttribute('xlink:href') ?? use.getAttribute('href') ?? '';
    const at = href.lastIndexOf(CONTROLS.iconPrefix);
    return at >= 0 ? [href.slice(at + CONTROLS.iconPrefix.length)] : [];
  });
}

/** A control of the comment by its English label, else by its icon (any language). */
function control(kind: { labels: readonly string[]; icons: readonly string[] }): ControlLocator {
  return (article) => {
    const buttons = [...article.querySelectorAll(CONTROLS.button)].filter(outsideText);
    const label = (button: Element) => singleLine(button.getAttribute('aria-label')).toLowerCase();
    return (
      buttons.find((button) => kind.labels.includes(label(button))) ??
      buttons.find((button) => iconsOf(button).some((icon) => kind.icons.includes(icon))) ??
      null
    );
  };
}

/** The reply form lemmy-ui opens after the article, inside the comment's `li` (not in its replies). */
function replyEditor(article: Element): Element | null {
  const item = article.parentElement;
  if (!item) return null;
  for (const child of item.children) {
    if (child === article || child.matches(CONTROLS.replies)) continue;
    const editor = child.matches(CONTROLS.editor) ? child : child.querySelector(CONTROLS.editor);
    if (editor) return editor;
  }
  return null;
}

/** The comment box directly in a list item, if any. */
function ownComment(item: Element): Element | undefined {
  return [...item.children].find((child) => child.matches(SELECTORS.comment));
}

/** Depth and parent from the nesting of `li.comment` (relative to the tree the page shows). */
function thread(article: Element): Pick<Comment, 'depth' | 'parentId'> {
  const item = article.parentElement?.closest(SELECTORS.item);
  if (!item) return {};
  let depth = 0;
  let parentId: string | undefined;
  for (
    let node = item.parentElement?.closest(SELECTORS.item);
    node;
    node = node.parentElement?.closest(SELECTORS.item)
  ) {
    if (depth === 0) parentId = ownComment(node)?.getAttribute('id') ?? undefined;
    depth++;
  }
  return parentId ? { depth, parentId } : { depth };
}

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(SELECTORS.comment)];
  return isElement(root) && root.matches(SELECTORS.comment) ? [root, ...found] : found;
}

export const lemmyAdapter: SiteAdapter = {
  id: 'lemmy',
  label: 'Lemmy',
  matches: [],
  fixtures: ['test/fixtures/lemmy/post-comments-2025.html'],
  detect(doc) {
    return hasMarker(doc, SELECTORS.siteMarkers);
  },
  find,
  extract(article, pageUrl) {
    if (!article.matches(SELECTORS.comment)) return null;
    const elementId = article.getAttribute('id') ?? '';
    const number = ID_PATTERN.exec(elementId)?.[1];
    const bodyEl = pick(article, SELECTORS.body);
    const text = bodyEl ? cleanText(bodyEl) : '';
    const author = readAuthor(article, pageUrl);
    if (!text && !author.name) return null;
    const permalink = number ? readPermalink(article, number, pageUrl) : undefined;
    const comment: Comment = {
      id: stableId(article, { siteId: elementId, permalink, author: author.name, text }),
      author,
      text,
    };
    const time = readTime(article);
    if (time) comment.time = time;
    if (permalink) comment.permalink = permalink;
    return { ...comment, ...thread(article) };
  },
  placeBar(article): BarPlacement {
    const actions = article.querySelector(SELECTORS.actions);
    if (actions) return { node: actions, position: 'afterend' };
    const body = pick(article, SELECTORS.body);
    return body ? { node: body, position: 'afterend' } : { node: article, position: 'beforeend' };
  },
  native: {
    like: control(CONTROLS.upvote),
    liked: (button) => button.matches(CONTROLS.liked),
    reply: control(CONTROLS.reply),
    editor: replyEditor,
    remove: control(CONTROLS.remove),
    report: control(CONTROLS.report),
  },
};
