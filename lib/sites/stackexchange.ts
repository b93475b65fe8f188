import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, parseTime, singleLine, stableId, timeOf } from './dom';
import type { ControlLocator, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * Stack Exchange question pages (Stack Overflow, Super User, *.stackexchange.com …). The question
 * and every answer are top-level comments for Rung (depth 0); the comments under a post are its
 * replies (depth 1, parentId the post).
 *
 * Two eras of markup share the class names read here: the 2017 table layout (`td.postcell`,
 * `.post-text`, `tr.comment`, `a.vote-up-off`) and the 2024–25 flex layout (`.s-prose.js-post-body`,
 * `li.comment.js-comment`, `button.js-vote-up-btn[aria-pressed]`).
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about markup lives here.

const SELECTORS = {
  /** Posts and comments in one query, so `find` returns them in document order. */
  item: '.question[data-questionid], .answer[data-answerid], .comment[id^="comment-"]',
  question: '.question[data-questionid]',
  post: '.question[data-questionid], .answer[data-answerid]',
  comment: '.comment[id^="comment-"]',

  /** The post body, tried in order: 2024–25 `.s-prose.js-post-body`, 2017 `.post-text`. */
  postBody: ['.js-post-body', '.post-text', '.s-prose'],
  /** Editor and author signatures; the author's is always the last one ("asked"/"answered"). */
  signature: '.post-signature',
  signatureProfile: '.user-details a[href*="/users/"]',
  signatureDetails: '.user-details',
  /** What is not the author's name in a signature without a profile link (deleted user, wiki). */
  signatureNoise: '.-flair, .d-none, .reputation-score, .badgecount',
  /** "asked 3 hours ago" with the exact UTC time in `title`; `time[itemprop]` on 2024–25 questions. */
  signatureTime: ['.user-action-time .relativetime', '.user-action-time [title]'],
  postTime: 'time[itemprop="dateCreated"]',

  /**
   * The team beside an author's name, in a signature or a comment: the moderator's diamond
   * (`span.mod-flair` "♦", as saved Stack Overflow pages print it) and the Stacks badges of
   * moderators and employees (`.s-badge__moderator` "Mod", `.s-badge__staff` "Staff").
   */
  teamFlair: '.mod-flair, .s-badge__moderator, .s-badge__staff',

  commentText: '.comment-copy',
  commentUser: '.comment-user',
  /** `title` is "2015-06-03 19:38:53Z" (2017) or "2015-06-03 19:38:53Z, License: CC BY-SA 3.0" (2024–25). */
  commentTime: ['.comment-date .relativetime-clean', '.comment-date [title]'],
  commentLink: 'a.comment-link[href]',
  commentBody: '.comment-body',
  commentTextCell: '.comment-text',
} as const;

/** The site's own controls, per kind of item (a post's locators must never reach its comments'). */
const CONTROLS = {
  /** Never `.js-vote-down-btn` / `a.vote-down-off`. */
  postUpvote: '.js-vote-up-btn, a.vote-up-off, a.vote-up-on',
  commentUpvote: '.js-comment-up, .comment-up',
  /** Pressed: `aria-pressed` (2024–25) or an `-on` class (2017). */
  pressedClasses: ['vote-up-on', 'comment-up-on', 'fc-theme-primary'],
  /** "Add a comment" under the post: Stack Exchange has no per-comment reply, one replies with @name there. */
  addComment: '.js-add-link',
  commentEditor: 'textarea.js-comment-text-input, textarea[name="comment"]',
  postDelete: '.js-delete-post',
  commentDelete: '.js-comment-delete',
  postFlag: '.js-flag-post-link',
  commentFlag: '.js-comment-flag',
} as const;

/** Sites running the Stack Exchange engine on their own domains; every one also has `meta.` and `www.`. */
const DOMAINS = [
  'stackoverflow.com',
  'stackexchange.com',
  'superuser.com',
  'serverfault.com',
  'askubuntu.com',
  'mathoverflow.net',
  'stackapps.com',
];

/**
 * Stack Exchange quotes sources in `<blockquote>` (dictionary definitions, documentation): unlike a
 * forum's quote of another post, that is part of the author's text, so it is kept.
 */
const POST_TEXT_EXCLUDE = NOISE_SELECTOR.split(', ')
  .filter((selector) => selector !== 'blockquote')
  .join(', ');

// ---------------------------------------------------------------------------------------------
// Small helpers

function pick(scope: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const isPost = (el: Element): boolean => el.matches(SELECTORS.post);
const postOf = (el: Element): Element | null => (isPost(el) ? el : el.closest(SELECTORS.post));

/** `question-250245` / `answer-250251`: the element ids of the question (`#question`) are not unique per post. */
function postId(post: Element): string | undefined {
  const question = post.getAttribute('data-questionid');
  if (question && post.matches(SELECTORS.question)) return `question-${question}`;
  const answer = post.getAttribute('data-answerid');
  return answer ? `answer-${answer}` : undefined;
}

function postBody(post: Element): Element | null {
  const body = pick(post, SELECTORS.postBody);
  // A body inside a comment would be a different item's (never seen, but cheap to rule out).
  return body && !body.closest(SELECTORS.comment) ? body : null;
}

/** The author's signature: the post's last one (an editor's, if any, comes first). */
function authorSignature(post: Element): Element | null {
  const signatures = [...post.querySelectorAll(SELECTORS.signature)].filter(
    (signature) => postOf(signature) === post && !signature.closest(SELECTORS.comment),
  );
  return signatures[signatures.length - 1] ?? null;
}

function postAuthor(signature: Element | null, pageUrl: URL): CommentAuthor {
  if (!signature) return { name: '' };
  const link = signature.querySelector(SELECTORS.signatureProfile);
  if (link) {
    const profileUrl = safeHttpUrl(link.getAttribute('href'), pageUrl);
    const name = singleLine(link.textContent);
    const author: CommentAuthor = profileUrl ? { name, profileUrl } : { name };
    if (signature.querySelector(SELECTORS.teamFlair)) author.staff = true;
    return author;
  }
  // A deleted account shows as plain text ("user12345"); a community wiki as "community wiki".
  const details = signature.querySelector(SELECTORS.signatureDetails);
  const text = details ? cleanText(details, `${NOISE_SELECTOR}, ${SELECTORS.signatureNoise}`) : '';
  return { name: text.split('\n')[0] ?? '' };
}

/** A time from an element's `title`, which may carry a licence after a comma. */
function titleTime(el: Element | null): string | undefined {
  if (!el) return undefined;
  const title = el.getAttribute('title');
  return parseTime(title?.split(',')[0]) ?? timeOf(el);
}

function accept(el: Element): boolean {
  if (el.matches(SELECTORS.comment)) return el.querySelector(SELECTORS.commentText) !== null;
  return postId(el) !== undefined && postBody(el) !== null;
}

function find(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(SELECTORS.item)];
  if (isElement(root) && root.matches(SELECTORS.item)) found.unshift(root);
  return found.filter(accept);
}

function extractPost(post: Element, pageUrl: URL): Comment | null {
  const body = postBody(post);
  const siteId = postId(post);
  if (!body || !siteId) return null;
  const signature = authorSignature(post);
  const author = postAuthor(signature, pageUrl);
  const text = cleanText(body, POST_TEXT_EXCLUDE);
  const [kind, number] = siteId.split('-');
  const comment: Comment = {
    id: stableId(post, { siteId, author: author.name, text }),
    author,
    text,
    depth: 0,
  };
  const time =
    (signature && titleTime(pick(signature, SELECTORS.signatureTime))) ??
    timeOf(post.querySelector(SELECTORS.postTime));
  if (time) comment.time = time;
  // Stack Exchange's own short links: /q/<id> for questions, /a/<id> for answers.
  const permalink = safeHttpUrl(`/${kind === 'question' ? 'q' : 'a'}/${number}`, pageUrl);
  if (permalink) comment.permalink = permalink;
  return comment;
}

function extractComment(el: Element, pageUrl: URL): Comment | null {
  const copy = el.querySelector(SELECTORS.commentText);
  if (!copy) return null;
  const user = el.querySelector(SELECTORS.commentUser);
  const name = singleLine(user?.textContent);
  const profileUrl =
    user?.tagName.toUpperCase() === 'A' ? safeHttpUrl(user.getAttribute('href'), pageUrl) : undefined;
  const author: CommentAuthor = profileUrl ? { name, profileUrl } : { name };
  const flairs = [...el.querySelectorAll(SELECTORS.teamFlair)];
  if (name && flairs.some((flair) => !copy.contains(flair))) author.staff = true;
  const text = cleanText(copy);
  const permalink = safeHttpUrl(el.querySelector(SELECTORS.commentLink)?.getAttribute('href'), pageUrl);
  const comment: Comment = {
    id: stableId(el, { siteId: el.getAttribute('id'), permalink, author: name, text }),
    author,
    text,
  };
  const time = titleTime(pick(el, SELECTORS.commentTime));
  if (time) comment.time = time;
  if (permalink) comment.permalink = permalink;
  const post = el.parentElement?.closest(SELECTORS.post);
  const parentId = post ? postId(post) : undefined;
  comment.depth = parentId ? 1 : 0;
  if (parentId) comment.parentId = parentId;
  return comment;
}

/** A control of the post itself, or of the comment itself, depending on what `item` is. */
function byKind(postSelector: string | null, commentSelector: string | null): ControlLocator {
  return (item) => {
    const selector = isPost(item) ? postSelector : commentSelector;
    if (!selector) return null;
    const found = item.querySelector(selector);
    // A post's query must not land on one of its comments' controls.
    return found && (!isPost(item) || !found.closest(SELECTORS.comment)) ? found : null;
  };
}

/** Comments have no reply of their own: the post's "Add a comment" box is where one answers them. */
function postControl(selector: string): ControlLocator {
  return (item) => {
    const post = postOf(item);
    const found = post?.querySelector(selector) ?? null;
    return found && !found.closest(SELECTORS.comment) ? found : null;
  };
}

function hostIsStackExchange(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export const stackExchangeAdapter: SiteAdapter = {
  id: 'stackexchange',
  label: 'Stack Exchange',
  matches: DOMAINS.map((domain) => `https://*.${domain}/*`),
  fixtures: [
    'test/fixtures/stackexchange/question-2025.html',
    'fixtures/real-pages/stackexchange/english-se-q250245-2017.html',
  ],
  detect(doc, url) {
    return hostIsStackExchange(url) && doc.querySelector(SELECTORS.question) !== null;
  },
  find,
  extract(el, pageUrl) {
    if (el.matches(SELECTORS.comment)) return extractComment(el, pageUrl);
    return isPost(el) ? extractPost(el, pageUrl) : null;
  },
  placeBar(el) {
    if (isPost(el)) {
      const body = postBody(el);
      return body ? { node: body, position: 'afterend' } : { node: el, position: 'beforeend' };
    }
    const body = el.querySelector(SELECTORS.commentBody);
    if (body) return { node: body, position: 'afterend' };
    return { node: el.querySelector(SELECTORS.commentTextCell) ?? el, position: 'beforeend' };
  },
  native: {
    like: byKind(CONTROLS.postUpvote, CONTROLS.commentUpvote),
    liked: (control) =>
      control.getAttribute('aria-pressed') === 'true' ||
      CONTROLS.pressedClasses.some((name) => control.classList.contains(name)),
    reply: postControl(CONTROLS.addComment),
    editor: postControl(CONTROLS.commentEditor),
    remove: byKind(CONTROLS.postDelete, CONTROLS.commentDelete),
    report: byKind(CONTROLS.postFlag, CONTROLS.commentFlag),
  },
};
