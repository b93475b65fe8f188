import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, singleLine, stableId, timeOf } from './dom';
import type { ControlLocator, SiteAdapter } from './types';
import { hasMarker, isElement } from './strategy';

/**
 * Discourse topics (self-hosted forum software: chosen by `detect`, never by domain). Posts are
 * flat, so no depth.
 *
 * Two views of the same topic:
 * - the Ember app (what a browser shows): `article#post_N[data-post-id]` in `.topic-post`, names in
 *   `.topic-meta-data .names`, body in `.cooked`, `.post-date [data-time]` in ms, and the post menu
 *   (`.post-action-menu__like` / `button.toggle-like`, `.post-action-menu__reply` …; the widget-era
 *   class names before 3.3 are kept as fallbacks);
 * - the crawler / noscript view (`div.topic-body.crawler-post`, schema.org microdata) served to
 *   bots and to browsers without JavaScript: no controls.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const SELECTORS = {
  /** Both views' posts, for one `querySelectorAll`. */
  item: 'article[data-post-id], .crawler-post',
  ember: 'article[data-post-id]',
  crawler: '.crawler-post',
  /** Topic events ("closed", "pinned", "split") share the post stream but are not posts. */
  smallAction: '.small-action',
} as const;

const EMBER = {
  /** `.first` is the username or the full name, per the site's `prioritize_username_in_ux` setting. */
  name: ['.topic-meta-data .names .first a', '.topic-meta-data .names a[data-user-card]'],
  handleAttribute: 'data-user-card',
  /** The span around the first name row: Discourse's poster-name marks staff there. */
  nameRow: '.topic-meta-data .names .first',
  /**
   * Classes of that span for the team: `staff` (admins and moderators), `admin`, `moderator`, and
   * `category-moderator` for a category group's moderators. `topic-owner` (on the post's wrapper)
   * is the topic's author, a member like any other.
   */
  staff: '.staff, .admin, .moderator, .category-moderator',
  body: '.cooked',
  time: ['.post-date [data-time]', '.post-info .relative-date[data-time]', '[data-time]'],
  permalink: ['a.post-date[href]', '.post-date a[href]'],
  /** The number `post_N` ids carry; the stream's wrapper repeats it as `data-post-number`. */
  postNumber: '[data-post-number]',
} as const;

const CRAWLER = {
  author: '[itemprop="author"]',
  name: '[itemprop="name"]',
  profile: 'a[itemprop="url"][href], a[href]',
  body: ['[itemprop="articleBody"]', '[itemprop="text"]', '.post'],
  time: ['[itemprop="datePublished"]', '[itemprop="dateCreated"]', 'time.post-time'],
  /** "#2" (2.x) or "2" (3.x): the post number in the crawler view, which has no id before 3.x. */
  position: '[itemprop="position"]',
  topicLink: 'link[rel="canonical"]',
} as const;

/** Page markers of Discourse, for `detect`. */
const MARKERS = [
  'meta[name="generator"][content^="Discourse"]',
  'meta#data-discourse-setup',
  '#data-discourse-setup',
  'body.crawler',
  '.crawler-post',
];

/**
 * Not the author's text: quotes of other posts (`aside.quote`, with their "name:" title), the
 * chrome of link previews (oneboxes keep their title and excerpt, not the site line or the
 * metadata), image captions, and the selection barrier Discourse adds for quoting.
 */
const TEXT_EXCLUDE = [
  NOISE_SELECTOR,
  'aside.quote',
  'aside.onebox > header',
  '.onebox-metadata',
  '.onebox .source',
  '.lightbox-wrapper .meta',
  '.cooked-selection-barrier',
].join(', ');

const CONTROLS = {
  /** 3.3+ post menu first, then the widget-era classes. The like count button is never taken. */
  like: '.post-action-menu__like, button.toggle-like',
  likedClasses: ['has-like', 'liked'],
  reply: '.post-action-menu__reply, .post-controls button.reply',
  /** The composer docked at the bottom of the page: a textarea, or ProseMirror in the rich editor. */
  editor: [
    '#reply-control textarea.d-editor-input',
    '#reply-control .ProseMirror[contenteditable="true"]',
    '#reply-control [contenteditable="true"]',
  ],
  /** Both may sit behind the "…" (`.post-action-menu__show-more`) until it is pressed. */
  remove: '.post-action-menu__delete, .post-controls button.delete',
  report: '.post-action-menu__flag, .post-controls button.create-flag',
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

const isCrawler = (el: Element): boolean => el.matches(SELECTORS.crawler);

function bodyOf(el: Element): Element | null {
  return isCrawler(el) ? pick(el, CRAWLER.body) : el.querySelector(EMBER.body);
}

function accept(el: Element): boolean {
  if (el.matches(SELECTORS.smallAction) || el.querySelector(SELECTORS.smallAction)) return false;
  return bodyOf(el) !== null;
}

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(SELECTORS.item)];
  if (isElement(root) && root.matches(SELECTORS.item)) found.unshift(root);
  return found.filter(accept);
}

/** The post's number in the topic: `post_N`, the stream's `data-post-number`, or the crawler's position. */
function postNumber(el: Element): string | undefined {
  const fromId = /^post_(\d+)$/.exec(el.getAttribute('id') ?? '')?.[1];
  if (fromId) return fromId;
  const wrapper = el.closest(EMBER.postNumber)?.getAttribute('data-post-number');
  if (wrapper && /^\d+$/.test(wrapper)) return wrapper;
  const position = el.querySelector(CRAWLER.position);
  return /(\d+)/.exec(singleLine(position?.getAttribute('content') ?? position?.textContent))?.[1];
}

/** `/t/slug/123` of the topic, from the page URL or, failing that, its canonical link. */
function topicPath(el: Element, pageUrl: URL): string | undefined {
  const fromUrl = (url: URL) => /^(\/t\/(?:[^/]+\/)?\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  const own = fromUrl(pageUrl);
  if (own) return own;
  const canonical = safeHttpUrl(
    el.ownerDocument.querySelector(CRAWLER.topicLink)?.getAttribute('href'),
    pageUrl,
  );
  return canonical ? fromUrl(new URL(canonical)) : undefined;
}

/** A username from a `/u/<name>` profile link. */
function handleFromProfile(profileUrl: string | undefined): string | undefined {
  const match = profileUrl ? /\/u(?:sers)?\/([^/?#]+)/.exec(new URL(profileUrl).pathname) : null;
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

function author(name: string, handle: string | undefined, profileUrl: string | undefined): CommentAuthor {
  const result: CommentAuthor = { name };
  if (handle) result.handle = handle;
  if (profileUrl) result.profileUrl = profileUrl;
  return result;
}

function emberAuthor(el: Element, pageUrl: URL): CommentAuthor {
  const link = pick(el, EMBER.name);
  // A deleted user's posts keep their place with an empty name row.
  if (!link) return { name: '' };
  const profileUrl = safeHttpUrl(link.getAttribute('href'), pageUrl);
  const handle = link.getAttribute(EMBER.handleAttribute) ?? handleFromProfile(profileUrl);
  const result = author(singleLine(link.textContent), handle ?? undefined, profileUrl);
  if (el.querySelector(EMBER.nameRow)?.matches(EMBER.staff)) result.staff = true;
  return result;
}

function crawlerAuthor(el: Element, pageUrl: URL): CommentAuthor {
  const box = el.querySelector(CRAWLER.author);
  if (!box) return { name: '' };
  const nameEl = box.querySelector(CRAWLER.name);
  const name = singleLine(nameEl?.getAttribute('content') ?? nameEl?.textContent);
  const profileUrl = safeHttpUrl(box.querySelector(CRAWLER.profile)?.getAttribute('href'), pageUrl);
  return author(name, handleFromProfile(profileUrl), profileUrl);
}

function extract(el: Element, pageUrl: URL): Comment | null {
  if (!el.matches(SELECTORS.item) || !accept(el)) return null;
  const body = bodyOf(el);
  if (!body) return null;
  const crawler = isCrawler(el);
  const postAuthor = crawler ? crawlerAuthor(el, pageUrl) : emberAuthor(el, pageUrl);
  const text = cleanText(body, TEXT_EXCLUDE);
  if (!text && !postAuthor.name) return null;
  const number = postNumber(el);
  const topic = topicPath(el, pageUrl);
  const permalink =
    (crawler ? undefined : safeHttpUrl(pick(el, EMBER.permalink)?.getAttribute('href'), pageUrl)) ??
    (topic && number ? safeHttpUrl(`${topic}/${number}`, pageUrl) : undefined);
  // `post_N` in both views, so a post keeps its id whether the page was read with or without JavaScript.
  const siteId = number ? `post_${number}` : undefined;
  const comment: Comment = {
    id: stableId(el, { siteId, permalink, author: postAuthor.name, text }),
    author: postAuthor,
    text,
  };
  const time = timeOf(pick(el, crawler ? CRAWLER.time : EMBER.time));
  if (time) comment.time = time;
  if (permalink) comment.permalink = permalink;
  return comment;
}

/** The composer is one per page, docked at the bottom: not inside the post. */
const editor: ControlLocator = (post) => {
  const doc = post.ownerDocument;
  for (const selector of CONTROLS.editor) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return null;
};

export const discourseAdapter: SiteAdapter = {
  id: 'discourse',
  label: 'Discourse',
  matches: [],
  fixtures: [
    'test/fixtures/discourse/ember-2025.html',
    'fixtures/real-pages/discourse/meta-discourse-2.4-crawler-view-onebox.html',
  ],
  detect(doc) {
    return hasMarker(doc, MARKERS);
  },
  find,
  extract,
  placeBar(el) {
    const body = bodyOf(el);
    return body ? { node: body, position: 'afterend' } : { node: el, position: 'beforeend' };
  },
  native: {
    like: CONTROLS.like,
    liked: (control) =>
      control.getAttribute('aria-pressed') === 'true' ||
      CONTROLS.likedClasses.some((name) => control.classList.contains(name)),
    reply: CONTROLS.reply,
    editor,
    remove: CONTROLS.remove,
    report: CONTROLS.report,
  },
};
