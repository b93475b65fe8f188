import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { cleanText, parseTime, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * Disqus comments, read inside the comment frame (`disqus.com/embed/comments/…`): the publisher's
 * page only holds the iframe, so the content script runs in that frame. Markup of the "lounge"
 * embed, stable from 2015 (the saved 2018 page) to 2025 (scrapers still select `#post-list li.post`,
 * `.post-message`, `.author a`): every post is an `li.post#post-<id>` whose replies sit in its own
 * `ul.children`, so the comment element is the post's own box (`li.post > .post-content`), which
 * holds neither the replies nor their controls.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const SELECTORS = {
  /** The post's own box: byline, message, footer, reply form. Its replies are outside it. */
  comment: 'li.post > .post-content',
  /** The `li` around it carries the id (`post-3869143902`); nested `li.post` are the thread. */
  post: 'li.post',
  message: '.post-message',
  /** Registered users: `.author a[data-username]`; guests: a bare `span.author` with the name. */
  author: '.author',
  authorLink: 'a[href]',
  /** `title` holds the absolute date in the embed's language ("вторник, 24 апреля 2018 г., 07:12"). */
  time: 'a.time-ago, [data-role="relative-time"]',
  /** The same link is the comment's permalink on the publisher's page (`…#comment-<id>`). */
  permalink: 'a.time-ago[href], [data-role="relative-time"][href]',
  /** Under the message: votes, reply, share. The bar goes after it. */
  footer: '.comment__footer, footer',
  /** Frame markers for pages saved or served from elsewhere. */
  frameMarkers: '#disqus-threadData, script[data-app="lounge"], #disqus-forumData',
  postList: '#post-list',
} as const;

/** The frame's own controls, queried inside the post's box (its replies' controls are outside it). */
const CONTROLS = {
  /** Never `a[data-action="downvote"]`. */
  upvote: 'a[data-action="upvote"], a.vote-up',
  /** Disqus marks a vote the reader already gave with `upvoted` on the link. */
  upvoted: '.upvoted',
  reply: 'a[data-action="reply"]',
  /** The reply form Disqus opens inside the post's `reply-form` slot: a contenteditable box. */
  editor: '[data-role="reply-form"] [contenteditable="true"], [data-role="reply-form"] textarea',
  /** Moderators' and authors' delete in the post menu. */
  remove: 'a[data-action="delete"]',
  /** "Flag as inappropriate" in the post menu. */
  report: 'a[data-action="flag"]',
} as const;

/** The comment frame's address; its query string names the publisher's thread. */
const FRAME_PATH = '/embed/comments';
const FRAME_HOST = 'disqus.com';

/**
 * Month names of embed languages `parseTime` does not read, mapped to English so it can. The frame
 * writes `title` in the reader's language; Russian (the saved page) is the one seen so far. Stems
 * match at a word start only ("воскресенье" is Sunday, not September).
 */
const LOCALIZED_MONTHS: readonly [RegExp, string][] = [
  [/(?<![а-яё])янв[а-яё]*/giu, 'january'],
  [/(?<![а-яё])фев[а-яё]*/giu, 'february'],
  [/(?<![а-яё])мар[а-яё]*/giu, 'march'],
  [/(?<![а-яё])апр[а-яё]*/giu, 'april'],
  [/(?<![а-яё])ма[йя](?![а-яё])/giu, 'may'],
  [/(?<![а-яё])июн[а-яё]*/giu, 'june'],
  [/(?<![а-яё])июл[а-яё]*/giu, 'july'],
  [/(?<![а-яё])авг[а-яё]*/giu, 'august'],
  [/(?<![а-яё])сен[а-яё]*/giu, 'september'],
  [/(?<![а-яё])окт[а-яё]*/giu, 'october'],
  [/(?<![а-яё])ноя[а-яё]*/giu, 'november'],
  [/(?<![а-яё])дек[а-яё]*/giu, 'december'],
];

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The `li.post` of a comment box. */
function postOf(box: Element): Element | null {
  const post = box.parentElement;
  return post?.matches(SELECTORS.post) ? post : null;
}

/** `title` dates in a language `parseTime` knows after its month names were translated. */
function localizedTime(el: Element | null): string | undefined {
  if (!el) return undefined;
  const direct = timeOf(el);
  if (direct) return direct;
  let title = el.getAttribute('title') ?? '';
  for (const [pattern, month] of LOCALIZED_MONTHS) title = title.replace(pattern, month);
  return parseTime(title);
}

function readAuthor(box: Element, pageUrl: URL): CommentAuthor {
  const authorEl = box.querySelector(SELECTORS.author);
  if (!authorEl) return { name: '' };
  const link = authorEl.querySelector(SELECTORS.authorLink);
  const author: CommentAuthor = { name: singleLine((link ?? authorEl).textContent) };
  const handle = singleLine(link?.getAttribute('data-username'));
  if (handle) author.handle = handle;
  const profileUrl = safeHttpUrl(link?.getAttribute('href'), pageUrl);
  if (profileUrl) author.profileUrl = profileUrl;
  return author;
}

/** Depth and parent from the nesting of `li.post` elements (each reply list sits in its parent's `li`). */
function thread(post: Element): Pick<Comment, 'depth' | 'parentId'> {
  let depth = 0;
  let parentId: string | undefined;
  for (
    let node = post.parentElement?.closest(SELECTORS.post);
    node;
    node = node.parentElement?.closest(SELECTORS.post)
  ) {
    if (depth === 0) parentId = node.getAttribute('id') ?? undefined;
    depth++;
  }
  return parentId ? { depth, parentId } : { depth };
}

function find(root: ParentNode): Element[] {
  if (isElement(root) && root.matches(SELECTORS.comment)) return [root];
  return [...root.querySelectorAll(SELECTORS.comment)];
}

export const disqusAdapter: SiteAdapter = {
  inFrame: true,
  id: 'disqus',
  label: 'Disqus',
  matches: ['https://disqus.com/embed/comments/*'],
  fixtures: [
    'test/fixtures/disqus/guest-deleted-moderator-2025.html',
    'fixtures/real-pages/disqus/disqus-embed-iframe-2018-ru-blogskipper.html',
  ],
  detect(doc, url) {
    if (url.hostname === FRAME_HOST && url.pathname.startsWith(FRAME_PATH)) return true;
    // A saved frame (or one served under another address) still carries the lounge's own markers.
    return (
      doc.querySelector(SELECTORS.frameMarkers) !== null && doc.querySelector(SELECTORS.postList) !== null
    );
  },
  find,
  extract(box, pageUrl) {
    const post = box.matches(SELECTORS.comment) ? postOf(box) : null;
    if (!post) return null;
    const messageEl = box.querySelector(SELECTORS.message);
    const text = messageEl ? cleanText(messageEl) : '';
    const author = readAuthor(box, pageUrl);
    // A post being written or a placeholder the frame has not filled yet.
    if (!text && !author.name) return null;
    const permalink = safeHttpUrl(box.querySelector(SELECTORS.permalink)?.getAttribute('href'), pageUrl);
    const comment: Comment = {
      id: stableId(post, { siteId: post.getAttribute('id'), permalink, author: author.name, text }),
      author,
      text,
    };
    const time = localizedTime(box.querySelector(SELECTORS.time));
    if (time) comment.time = time;
    if (permalink) comment.permalink = permalink;
    return { ...comment, ...thread(post) };
  },
  placeBar(box): BarPlacement {
    const footer = box.querySelector(SELECTORS.footer);
    if (footer) return { node: footer, position: 'afterend' };
    const message = box.querySelector(SELECTORS.message);
    return message ? { node: message, position: 'afterend' } : { node: box, position: 'beforeend' };
  },
  native: {
    like: CONTROLS.upvote,
    liked: (control) => control.matches(CONTROLS.upvoted) || control.getAttribute('aria-pressed') === 'true',
    reply: CONTROLS.reply,
    editor: CONTROLS.editor,
    remove: CONTROLS.remove,
    report: CONTROLS.report,
  },
};
