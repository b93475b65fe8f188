import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, normalizeText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, SiteAdapter } from './types';

/**
 * Posts on X (Twitter). Every post on the page is a "comment": on a status page the focal post,
 * the posts it answers and the replies all carry the same like / reply / report controls, and on a
 * timeline there is no main post at all. Promoted posts are not comments and are skipped.
 *
 * Two eras of markup, never mixed on one page:
 * - today's React app (2019–2025): `article[data-testid="tweet"]` in virtualized
 *   `cellInnerDiv` rows; `data-testid` hooks are the only stable names (classes are atomic CSS).
 * - the legacy server-rendered site (until 2020): `div.tweet[data-tweet-id]` with data attributes,
 *   status pages threaded into ancestors, the permalink tweet and reply conversations.
 */

// ---------------------------------------------------------------------------------------------
// Selectors

/** Today's X: `data-testid` hooks, shared by the open-source userscripts and extensions that style X. */
const MODERN = {
  tweet: 'article[data-testid="tweet"]',
  /**
   * A post quoted inside a post: a link-role box (2021–2025) or, in older builds, a nested article.
   * Whatever sits inside belongs to the quoted post, never to the one quoting it.
   */
  quoteBoundary: 'article[data-testid="tweet"], div[role="link"]',
  userName: '[data-testid="User-Name"]',
  /** Absent on media-only posts. */
  text: '[data-testid="tweetText"]',
  time: 'time[datetime]',
  statusPath: /\/status\/(\d+)/,
  like: '[data-testid="like"], [data-testid="unlike"]',
  liked: '[data-testid="unlike"]',
  reply: '[data-testid="reply"]',
  /** The "More" menu opener; the menu itself opens in `#layers`, outside the post. */
  caret: '[data-testid="caret"]',
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"]',
  /** Draft.js contenteditable of the reply dialog that the reply button opens. */
  editor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
  /** The row of reply / repost / like / share buttons. */
  actions: '[role="group"]',
  /**
   * Promoted posts sit inside a tracking wrapper (up to 2023) or carry an "Ad" label (2023–2025).
   * Only an enclosing wrapper counts: videos inside ordinary posts have one too.
   */
  promotedWrapper: '[data-testid="placementTracking"]',
  promotedLabel: 'span',
  /** Not read as the post's own label: they hold the author's and the post's words. */
  notLabel:
    '[data-testid="tweetText"], [data-testid="User-Name"], div[role="link"], [data-testid="card.wrapper"]',
};

/** The words X shows on promoted posts, in the interface languages we know. */
const PROMOTED_LABELS =
  /^(?:Ad|Promoted|Anzeige|Gesponsert|Werbung|Publicité|Sponsorisé|Promocionado|Patrocinado|Promosso|Sponsorizzato)$/;
/** Menu items of the caret menu. The report item has a test id in some builds; delete never had one. */
const MENU_LABELS = {
  remove: /^(?:Delete|Löschen|Supprimer|Eliminar|Excluir|Elimina)$/i,
  report: /^(?:Report|Melden|Signaler|Denunciar|Segnala)\b/i,
  reportTestId: '[data-testid="report"]',
};

/** The legacy site (2014–2020). */
const LEGACY = {
  tweet: 'div.tweet[data-tweet-id]',
  fullName: '.fullname',
  /** Handle and display name also sit on the tweet as `data-screen-name` / `data-name`. */
  screenNameAttribute: 'data-screen-name',
  nameAttribute: 'data-name',
  profile: 'a.account-group[href]',
  text: '.tweet-text',
  /** A quoted tweet keeps its own `.tweet-text`-like body. */
  quote: '.QuoteTweet',
  /** Parts of links the site hides: `pic.twitter.com` links of attached media, cut URL parts. */
  hiddenText: '.u-hidden, .invisible',
  time: '._timestamp[data-time]',
  permalinkAttribute: 'data-permalink-path',
  like: '.ProfileTweet-actionButton.js-actionFavorite',
  /** Liked tweets carry this class; the undo button is shown instead of the like button. */
  likedTweet: '.tweet.favorited',
  reply: '.js-actionReply',
  remove: '.js-actionDelete button',
  report: '.js-actionReport button',
  /** The one reply box, moved into a modal by any reply button. */
  editor: '#global-tweet-dialog .tweet-box[contenteditable="true"]',
  footer: '.stream-item-footer',
  /** Status page threading. */
  page: '.permalink',
  ancestors: '.permalink-in-reply-tos',
  focal: '.permalink-tweet',
  replies: '.permalink-replies',
  conversation: '.ThreadedConversation',
};

const HOSTS = /^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/;
const HANDLE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
/** Emoji pictures: twemoji on today's X, `img.Emoji` on the legacy site. */
const EMOJI_IMAGE = 'img[src*="/emoji/"], img.Emoji, img.emoji';
const TEXT_EXCLUDE = `${NOISE_SELECTOR}, ${LEGACY.hiddenText}`;

// ---------------------------------------------------------------------------------------------
// Helpers

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Text of a post body. X shows the line breaks typed in a post as newline characters laid out
 * with `white-space: pre-wrap` (both eras), not as elements; and elements inside a post (hashtag and
 * mention boxes) are inline even when they are `div`s. Like `cleanText` otherwise: excluded
 * subtrees are skipped and emoji pictures read as their `alt`.
 */
function preWrapText(el: Element): string {
  const parts: string[] = [];
  // Explicit stack: a hostile post cannot nest deeper than the call stack allows.
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/[^\S\n]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element !== el && element.matches(TEXT_EXCLUDE)) continue;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') parts.push('\n');
    else if (tag === 'IMG') {
      if (element.matches(EMOJI_IMAGE)) parts.push(element.getAttribute('alt') ?? '');
    } else {
      const children = element.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return normalizeText(parts.join(''));
}

function isModern(el: Element): boolean {
  return el.matches(MODERN.tweet);
}

/** The first match inside the post that belongs to it, not to a post it quotes. */
function ownQuery(tweet: Element, selector: string): Element | null {
  for (const found of tweet.querySelectorAll(selector)) {
    if (found.parentElement?.closest(MODERN.quoteBoundary) === tweet) return found;
  }
  return null;
}

/** Whether an article is a quoted post inside another post (older builds nest the article). */
function isNestedTweet(el: Element): boolean {
  return el.parentElement?.closest(MODERN.tweet) != null;
}

function isPromoted(tweet: Element): boolean {
  if (tweet.closest(MODERN.promotedWrapper)) return true;
  for (const span of tweet.querySelectorAll(MODERN.promotedLabel)) {
    // Leaf spans only: the label is one short word, never the post's or the author's own text.
    if (span.childElementCount > 0) continue;
    if (PROMOTED_LABELS.test(singleLine(span.textContent)) && !span.closest(MODERN.notLabel)) return true;
  }
  return false;
}

function isComment(el: Element): boolean {
  if (el.matches(LEGACY.tweet)) return true;
  return isModern(el) && !isNestedTweet(el) && !isPromoted(el);
}

function profileOf(handle: string | undefined, pageUrl: URL): string | undefined {
  return handle ? safeHttpUrl(`/${handle}`, pageUrl) : undefined;
}

function author(name: string, handle: string | undefined, pageUrl: URL): CommentAuthor {
  const result: CommentAuthor = { name };
  if (handle) result.handle = handle;
  const profileUrl = profileOf(handle, pageUrl);
  if (profileUrl) result.profileUrl = profileUrl;
  return result;
}

function assemble(
  el: Element,
  fields: { siteId?: string | null; author: CommentAuthor; text: string; time?: string; permalink?: string },
): Comment {
  const comment: Comment = {
    id: stableId(el, {
      siteId: fields.siteId,
      permalink: fields.permalink,
      author: fields.author.handle ?? fields.author.name,
      text: fields.text,
    }),
    author: fields.author,
    text: fields.text,
  };
  if (fields.time) comment.time = fields.time;
  if (fields.permalink) comment.permalink = fields.permalink;
  return comment;
}

// ---------------------------------------------------------------------------------------------
// Today's X

function readModern(tweet: Element, pageUrl: URL): Comment | null {
  const userName = ownQuery(tweet, MODERN.userName);
  // The first profile link of the author block shows the display name; its href is the handle.
  // (The block also holds the status link around the time.)
  const nameLink =
    [...(userName?.querySelectorAll('a[href]') ?? [])].find((link) =>
      HANDLE_PATH.test(link.getAttribute('href') ?? ''),
    ) ?? null;
  const handle = HANDLE_PATH.exec(nameLink?.getAttribute('href') ?? '')?.[1];
  const name = nameLink ? singleLine(preWrapText(nameLink)) : '';
  const body = ownQuery(tweet, MODERN.text);
  const text = body ? preWrapText(body) : '';
  if (!name && !handle && !text) return null;
  const time = ownQuery(tweet, MODERN.time);
  const statusLink = time?.closest('a[href]') ?? null;
  const href = statusLink?.getAttribute('href');
  const siteId = MODERN.statusPath.exec(href ?? '')?.[1];
  return assemble(tweet, {
    siteId,
    author: author(name, handle, pageUrl),
    text,
    time: timeOf(time),
    permalink: siteId ? safeHttpUrl(href, pageUrl) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// The legacy site

function readLegacy(tweet: Element, pageUrl: URL): Comment | null {
  const handle = tweet.getAttribute(LEGACY.screenNameAttribute) ?? undefined;
  const name = singleLine(
    tweet.querySelector(LEGACY.fullName)?.textContent ?? tweet.getAttribute(LEGACY.nameAttribute),
  );
  let body: Element | null = null;
  for (const candidate of tweet.querySelectorAll(LEGACY.text)) {
    if (!candidate.closest(LEGACY.quote)) {
      body = candidate;
      break;
    }
  }
  const text = body ? preWrapText(body) : '';
  if (!name && !handle && !text) return null;
  const profileHref = tweet.querySelector(LEGACY.profile)?.getAttribute('href');
  const comment = assemble(tweet, {
    siteId: tweet.getAttribute('data-tweet-id'),
    author: author(name, handle && HANDLE_PATH.test(`/${handle}`) ? handle : undefined, pageUrl),
    text,
    time: timeOf(tweet.querySelector(LEGACY.time)),
    permalink: safeHttpUrl(tweet.getAttribute(LEGACY.permalinkAttribute), pageUrl),
  });
  if (!comment.author.profileUrl && profileHref) {
    const profileUrl = safeHttpUrl(profileHref, pageUrl);
    if (profileUrl) comment.author.profileUrl = profileUrl;
  }
  return { ...comment, ...legacyThread(tweet) };
}

const tweetIds = (scope: Element | null | undefined): string[] =>
  scope
    ? [...scope.querySelectorAll(LEGACY.tweet)].map((tweet) => tweet.getAttribute('data-tweet-id') ?? '')
    : [];

/**
 * Thread position on a legacy status page: the chain of tweets the permalink tweet answers, the
 * permalink tweet, then reply conversations, each tweet of a conversation answering the one above
 * it ("View other replies" sits between them). Timelines are flat: no position.
 */
function legacyThread(tweet: Element): Pick<Comment, 'depth' | 'parentId'> {
  const page = tweet.closest(LEGACY.page);
  if (!page) return {};
  const ancestors = tweetIds(page.querySelector(LEGACY.ancestors));
  const focal = page.querySelector(`${LEGACY.focal}[data-tweet-id]`);
  const focalId = focal?.getAttribute('data-tweet-id') ?? undefined;
  const id = tweet.getAttribute('data-tweet-id') ?? '';
  const position = (depth: number, parentId: string | undefined) =>
    parentId ? { depth, parentId } : { depth };

  const ancestorIndex = tweet.closest(LEGACY.ancestors) ? ancestors.indexOf(id) : -1;
  if (ancestorIndex >= 0) return position(ancestorIndex, ancestors[ancestorIndex - 1]);
  if (tweet === focal) return position(ancestors.length, ancestors.at(-1));
  if (!focalId || !tweet.closest(LEGACY.replies)) return {};
  const conversation = tweetIds(tweet.closest(LEGACY.conversation));
  const index = Math.max(0, conversation.indexOf(id));
  return position(ancestors.length + 1 + index, index > 0 ? conversation[index - 1] : focalId);
}

// ---------------------------------------------------------------------------------------------
// Controls

/**
 * An item of the post's caret menu. The menu opens in a layer outside the post, so while it is
 * closed the locator gives the caret: press it, then ask again for the item. Null when the menu
 * of this post is open without that item (not the user's post, not offered).
 */
function menuItem(tweet: Element, label: RegExp, testId?: string): Element | null {
  const caret = ownQuery(tweet, MODERN.caret);
  if (!caret) return null;
  if (caret.getAttribute('aria-expanded') !== 'true') return caret;
  const menu = tweet.ownerDocument.querySelector(MODERN.menu);
  if (!menu) return caret;
  for (const item of menu.querySelectorAll(MODERN.menuItem)) {
    if ((testId && item.matches(testId)) || label.test(singleLine(item.textContent))) return item;
  }
  return null;
}

function find(root: ParentNode): Element[] {
  const modern = [...root.querySelectorAll(MODERN.tweet)];
  const candidates = modern.length > 0 ? modern : [...root.querySelectorAll(LEGACY.tweet)];
  const self = (root as Node).nodeType === ELEMENT_NODE ? (root as Element) : null;
  if (self && (self.matches(MODERN.tweet) || self.matches(LEGACY.tweet))) candidates.unshift(self);
  return candidates.filter(isComment);
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  label: 'X (Twitter)',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.twitter.com/*',
    'https://mobile.x.com/*',
  ],
  fixtures: [
    'test/fixtures/x/status-replies-2025.html',
    'fixtures/real-pages/twitter/twitter-legacy-status-2016.html',
  ],
  detect(doc, url) {
    if (HOSTS.test(url.hostname)) return true;
    // A saved copy elsewhere: the app's own markers, never a post merely embedded in a page.
    return (
      doc.querySelector(`${MODERN.tweet} ${MODERN.userName}`) !== null ||
      doc.querySelector(`${LEGACY.tweet}[${LEGACY.screenNameAttribute}]`) !== null
    );
  },
  find,
  extract(el, pageUrl) {
    if (!isComment(el)) return null;
    return isModern(el) ? readModern(el, pageUrl) : readLegacy(el, pageUrl);
  },
  placeBar(el): BarPlacement {
    if (isModern(el)) {
      const actions = ownQuery(el, MODERN.reply)?.closest(MODERN.actions) ?? ownQuery(el, MODERN.text);
      if (actions && el.contains(actions)) return { node: actions, position: 'afterend' };
      return { node: el, position: 'beforeend' };
    }
    const footer = el.querySelector(LEGACY.footer) ?? el.querySelector(LEGACY.text);
    return footer ? { node: footer, position: 'afterend' } : { node: el, position: 'beforeend' };
  },
  native: {
    like: (tweet) => (isModern(tweet) ? ownQuery(tweet, MODERN.like) : tweet.querySelector(LEGACY.like)),
    liked: (control) => control.matches(MODERN.liked) || control.closest(LEGACY.likedTweet) !== null,
    reply: (tweet) => (isModern(tweet) ? ownQuery(tweet, MODERN.reply) : tweet.querySelector(LEGACY.reply)),
    editor: (tweet) => tweet.ownerDocument.querySelector(isModern(tweet) ? MODERN.editor : LEGACY.editor),
    remove: (tweet) =>
      isModern(tweet) ? menuItem(tweet, MENU_LABELS.remove) : tweet.querySelector(LEGACY.remove),
    report: (tweet) =>
      isModern(tweet)
        ? menuItem(tweet, MENU_LABELS.report, MENU_LABELS.reportTestId)
        : tweet.querySelector(LEGACY.report),
  },
};
