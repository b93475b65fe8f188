import { safeHttpUrl, type CommentAuthor } from '../comment';
import { cleanText, singleLine, timeOf } from './dom';
import { core, firstOf, hasMarker, href, pick, strategyAdapter, type Strategy } from './strategy';
import type { SiteAdapter } from './types';

/**
 * Flarum discussions (1.x and 2.0), a Mithril single-page app: each post of the stream is an
 * `article.Post.CommentPost` inside `.PostStream-item[data-id]`, drawn on the fly as the reader
 * scrolls. Posts never nest (replies are @mentions), so comments have no depth. Self-hosted, so no
 * match patterns: chosen by `detect` on pages the user enabled.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list.

const SELECTORS = {
  post: {
    /** Comment posts only: `EventPost` (renamed, tagged, locked) and `LoadingPost` are not comments. */
    item: 'article.CommentPost',
    /** The stream item carries the post's id and number; the user page's post list has none. */
    streamItem: '.PostStream-item[data-id]',
    /** A deleted (hidden) post: its content is withheld or collapsed, so it is skipped. */
    hidden: '.Post--hidden',
    body: '.Post-body',
    /** The name is a profile link for members; a deleted account shows a bare "[deleted]". */
    authorName: ['.PostUser-name .username'],
    authorLink: ['.PostUser-name a[href*="/u/"]', '.PostUser h3 a[href*="/u/"]'],
    time: ['.PostMeta time[datetime]', '.Post-header time[datetime]'],
    /** The meta dropdown's permalink: a link on touch screens, else a read-only input. */
    permalink: ['a.PostMeta-permalink[href]', 'input.PostMeta-permalink[value]'],
  },
  /** The boot markup every Flarum page carries before (and after) the app starts. */
  detect: ['#flarum-loading', '#flarum-json-payload', '#flarum-loading-error', 'noscript#flarum-content'],
  native: {
    /** flarum/likes adds "Like" to the post's actions; the label turns to "Unlike" once liked. */
    like: ['.Post-actions .item-like button'],
    /** flarum/mentions' "Reply": opens the composer with an @mention of this post. */
    reply: ['.Post-actions .item-reply button'],
    /** The composer's textarea (the default Markdown editor; rich-text extensions replace it). */
    editor: ['.Composer .TextEditor-editor', '.Composer textarea'],
    /** flarum/flags' "Flag" in the post's controls menu (drawn closed, but drawn). */
    report: ['.Post-controls .item-flag button'],
    /**
     * "Delete" (a soft delete that hides the post) for moderators and the author. "Delete Forever"
     * (`.item-delete`) shows only on hidden posts, which are not comments here.
     */
    remove: ['.Post-controls .item-hide button'],
  },
};

/**
 * The like button's pressed state shows only in its label, which forums translate: only the English
 * "Unlike" is read (and `aria-pressed`, should a theme add it).
 */
const UNLIKE_LABEL = /^\s*unlike\s*$/i;
/** The discussion part of a Flarum URL (`/d/42-slug`, under any base path), for building permalinks. */
const DISCUSSION_PATH = /^(.*?\/d\/[^/]+)/;
/** A member's username at the end of their profile link (`/u/ana`). */
const USERNAME = /\/u\/([^/?#]+)/;

// ---------------------------------------------------------------------------------------------
// Strategy

/** The post's permalink: the meta dropdown's, else `/d/<discussion>/<number>` from the page URL. */
function permalinkOf(post: Element, item: Element | null, pageUrl: URL): string | undefined {
  const control = pick(post, SELECTORS.post.permalink);
  const own = safeHttpUrl(control?.getAttribute('href') ?? control?.getAttribute('value'), pageUrl);
  if (own) return own;
  const number = item?.getAttribute('data-number');
  const discussion = DISCUSSION_PATH.exec(pageUrl.pathname)?.[1];
  return number && discussion ? safeHttpUrl(`${discussion}/${number}`, pageUrl) : undefined;
}

function usernameOf(profileUrl: string | undefined): string | undefined {
  const raw = profileUrl ? USERNAME.exec(new URL(profileUrl).pathname)?.[1] : undefined;
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const flarumStrategy: Strategy = {
  name: 'flarum',
  selector: SELECTORS.post.item,
  flat: true,
  accept(post) {
    return (
      !post.matches(SELECTORS.post.hidden) &&
      post.closest(SELECTORS.post.streamItem) !== null &&
      post.querySelector(SELECTORS.post.body) !== null
    );
  },
  read(post, pageUrl) {
    const item = post.closest(SELECTORS.post.streamItem);
    const link = pick(post, SELECTORS.post.authorLink);
    const profileUrl = href(link, pageUrl);
    // Without a profile link the author's account was deleted: the "[deleted]" label is no name.
    const name = link ? singleLine(pick(post, SELECTORS.post.authorName)?.textContent) : '';
    const body = post.querySelector(SELECTORS.post.body);
    const postAuthor: CommentAuthor = { name };
    const handle = usernameOf(profileUrl);
    if (handle) postAuthor.handle = handle;
    if (profileUrl) postAuthor.profileUrl = profileUrl;
    return core(
      post,
      {
        author: postAuthor,
        text: body ? cleanText(body) : '',
        time: timeOf(pick(post, SELECTORS.post.time)),
        permalink: permalinkOf(post, item, pageUrl),
      },
      item?.getAttribute('data-id'),
    );
  },
  placeBar(post) {
    const body = post.querySelector(SELECTORS.post.body);
    return body ? { node: body, position: 'afterend' } : { node: post, position: 'beforeend' };
  },
};

// ---------------------------------------------------------------------------------------------

export const flarumAdapter: SiteAdapter = {
  id: 'flarum',
  label: 'Flarum',
  matches: [],
  fixtures: ['test/fixtures/flarum/discussion-2025.html'],
  detect(doc) {
    return hasMarker(doc, SELECTORS.detect);
  },
  ...strategyAdapter([flarumStrategy]),
  native: {
    like: firstOf(SELECTORS.native.like),
    liked: (control) =>
      control.getAttribute('aria-pressed') === 'true' || UNLIKE_LABEL.test(control.textContent ?? ''),
    reply: firstOf(SELECTORS.native.reply),
    editor: (comment) => pick(comment.ownerDocument.documentElement, SELECTORS.native.editor),
    report: firstOf(SELECTORS.native.report),
    remove: firstOf(SELECTORS.native.remove),
  },
};
