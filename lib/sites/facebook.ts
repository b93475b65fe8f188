import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, SiteAdapter } from './types';

/**
 * Facebook comments in the two markups Facebook serves: the server-rendered mobile site
 * (m.facebook.com) and the React ("Comet") desktop site (www.facebook.com, web.facebook.com).
 * Facebook's class names are generated and change with every build, so this adapter keys on
 * `data-sigil` (mobile) and on ARIA roles and labels (desktop); the few generated classes it
 * uses are fallbacks with a structural alternative.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about Facebook's markup.

const SELECTORS = {
  /**
   * m.facebook.com, 2015–2024 (seen on a 2021 story page): each comment is a `div` with
   * `data-sigil="comment"` (replies: "comment inline-reply") whose id is the comment's id; replies
   * nest inside their parent's box.
   */
  mobile: {
    comment: '[data-sigil~="comment"]',
    body: '[data-sigil="comment-body"]',
    /** The name link sits in the box just before the body; `_2b05` is its generated class. */
    authorLink: '._2b05 a[href]',
    /** Badges ("Author", "Top fan") are blocks inside the name link, the name is its text. */
    authorBadge: 'div',
    actions: '[data-sigil="ufi-inline-comment-actions"]',
    time: 'abbr',
    like: 'a[data-sigil~="like-reaction-flyout"]',
    reply: 'a[data-sigil~="touchable"][href*="/comment/replies/"]',
    /** Where the inline reply box loads once Reply was pressed. */
    replyComposer: '[id^="comment_replies_inline_composer_placeholder_"]',
    editor: 'textarea, [contenteditable="true"]',
  },
  /**
   * www.facebook.com, 2020– (Comet): each comment is `div[role="article"]` labelled
   * "Comment by NAME 2 days ago" or "Reply by NAME to OTHER's comment …" (French UI:
   * "Commentaire de …", "Réponse de …"); replies nest inside their parent's article.
   */
  www: {
    comment: [
      '[role="article"][aria-label^="Comment by "]',
      '[role="article"][aria-label^="Reply by "]',
      '[role="article"][aria-label^="Commentaire de "]',
      '[role="article"][aria-label^="Réponse de "]',
    ].join(', '),
    /** Each paragraph of the body is a `div[dir="auto"]`; names are `span[dir="auto"]`. */
    textBlock: 'div[dir="auto"]',
    link: 'a[href]',
    button: '[role="button"]',
    /** The Lexical reply box: "Reply to NAME" / "Répondre à NAME". */
    editor: '[contenteditable="true"][role="textbox"]',
  },
};

/** Words of Facebook's interface, in English and French. */
const LABELS = {
  like: new Set(['Like', 'J’aime', "J'aime"]),
  /** A pressed Like reads "Remove Like" (or "Remove Love" after another reaction). */
  liked: /^(?:Remove|Retirer|Supprimer)\b/i,
  reply: new Set(['Reply', 'Répondre']),
  /** What Facebook shows instead of the name of a deleted or deactivated account. */
  deletedAuthor: /^(?:Facebook user|Utilisateur (?:de )?Facebook)$/i,
};

/** Paths of a single post (or photo, video) page: links there with `comment_id` are comment permalinks. */
const POST_PATH =
  /\/(?:posts|permalink|videos|photos|reel|watch|story\.php|permalink\.php|photo\.php|photo|groups\/[^/]+\/(?:posts|permalink))(?:[/?.]|$)/;
/** Query parameters that only track clicks; dropped from the links we record. */
const TRACKING_PARAMETERS =
  /^(?:__cft__.*|__tn__|__xts__.*|refid|ref|fref|rc|_rdr|eav|paipv|hc_ref|mibextid)$/;

const ELEMENT_NODE = 1;
const ALL_COMMENTS = `${SELECTORS.mobile.comment}, ${SELECTORS.www.comment}`;

// ---------------------------------------------------------------------------------------------
// Small helpers

const isMobile = (el: Element): boolean => el.matches(SELECTORS.mobile.comment);
const commentSelectorOf = (el: Element): string =>
  isMobile(el) ? SELECTORS.mobile.comment : SELECTORS.www.comment;

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

/** The comment a reply is nested in. */
function parentComment(el: Element): Element | null {
  return el.parentElement?.closest(commentSelectorOf(el)) ?? null;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let parent = parentComment(el); parent; parent = parentComment(parent)) depth++;
  return depth;
}

/** A link without its click-tracking parameters; `keep` lists the parameters that make the page. */
function cleanLink(raw: string | null, pageUrl: URL, keep?: ReadonlySet<string>): string | undefined {
  const href = safeHttpUrl(raw, pageUrl);
  if (!href) return undefined;
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) {
    if (keep ? !keep.has(name) : TRACKING_PARAMETERS.test(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  return url.href;
}

/** A profile link is its path (plus `id` for profile.php): everything else tracks the click. */
const PROFILE_PARAMETERS = new Set(['id']);

function author(name: string, profileUrl: string | undefined): CommentAuthor {
  if (LABELS.deletedAuthor.test(name) && !profileUrl) return { name: '' };
  return profileUrl ? { name, profileUrl } : { name };
}

/**
 * The comment's numeric id from a link's `comment_id` / `reply_comment_id`. Facebook writes
 * them plain ("1203948576123001") or as base64 of "comment:POST_COMMENT" ("Y29tbWVudDo…").
 */
function idFromLink(href: string | null, pageUrl: URL): string | undefined {
  const link = safeHttpUrl(href, pageUrl);
  if (!link) return undefined;
  const params = new URL(link).searchParams;
  const raw = params.get('reply_comment_id') ?? params.get('comment_id');
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return raw;
  try {
    const decoded = /^comment:(?:\d+_)?(\d+)$/.exec(atob(raw));
    if (decoded) return decoded[1];
  } catch {
    // Not base64: keep the raw value, it is still the site's own id.
  }
  return raw;
}

/**
 * A link to a comment on the page's post, when the page is a single post (the mobile site has
 * no permalink of its own under a comment): `comment_id`, plus `reply_comment_id` for a reply.
 */
function permalinkOnPost(pageUrl: URL, id: string, parentId: string | undefined): string | undefined {
  if (!POST_PATH.test(pageUrl.pathname) || !/^\d+$/.test(id)) return undefined;
  const url = new URL(cleanLink(pageUrl.href, pageUrl) ?? pageUrl.href);
  url.searchParams.delete('reply_comment_id');
  url.searchParams.set('comment_id', parentId ?? id);
  if (parentId) url.searchParams.set('reply_comment_id', id);
  return url.href;
}

function withThread(
  el: Element,
  fields: Omit<Comment, 'id' | 'depth' | 'parentId'>,
  siteId: string | undefined,
  parentId: string | undefined,
): Comment {
  const comment: Comment = {
    id: stableId(el, { siteId, permalink: fields.permalink, author: fields.author.name, text: fields.text }),
    author: fields.author,
    text: fields.text,
  };
  if (fields.time) comment.time = fields.time;
  if (fields.permalink) comment.permalink = fields.permalink;
  comment.depth = depthOf(el);
  if (parentId) comment.parentId = parentId;
  return comment;
}

// ---------------------------------------------------------------------------------------------
// m.facebook.com

function mobileAuthorLink(el: Element): Element | undefined {
  const byClass = own(el, SELECTORS.mobile.authorLink);
  if (byClass) return byClass;
  // Structural fallback: the first link in the box that holds the body, outside the body.
  const body = own(el, SELECTORS.mobile.body);
  return [...(body?.parentElement?.querySelectorAll('a[href]') ?? [])].find((link) => !body?.contains(link));
}

function mobileId(el: Element): string | undefined {
  const id = el.getAttribute('id');
  if (id && /^\d+$/.test(id)) return id;
  // `data-commentid` is "POST_COMMENT".
  return own(el, SELECTORS.mobile.body)?.getAttribute('data-commentid')?.split('_').pop();
}

function extractMobile(el: Element, pageUrl: URL): Comment | null {
  const body = own(el, SELECTORS.mobile.body);
  const link = mobileAuthorLink(el);
  const name = link ? singleLine(cleanText(link, `${NOISE_SELECTOR}, ${SELECTORS.mobile.authorBadge}`)) : '';
  const text = body ? cleanText(body) : '';
  if (!text && !name) return null;
  const id = mobileId(el);
  const parent = parentComment(el);
  const parentId = parent ? mobileId(parent) : undefined;
  return withThread(
    el,
    {
      author: author(
        name,
        link ? cleanLink(link.getAttribute('href'), pageUrl, PROFILE_PARAMETERS) : undefined,
      ),
      text,
      time: timeOf(own(el, `${SELECTORS.mobile.actions} ${SELECTORS.mobile.time}`)),
      permalink: id ? permalinkOnPost(pageUrl, id, parentId) : undefined,
    },
    id,
    parentId,
  );
}

// ---------------------------------------------------------------------------------------------
// www.facebook.com

/** A link of the comment's own, not one inside its text (a mention, a shared link). */
const outsideText = (link: Element): boolean => !link.closest(SELECTORS.www.textBlock);

/** Whether a link goes to the post with `comment_id`: the comment's timestamp, its permalink. */
function isPermalink(link: Element, pageUrl: URL): boolean {
  const href = safeHttpUrl(link.getAttribute('href'), pageUrl);
  return href !== undefined && POST_PATH.test(new URL(href).pathname) && href.includes('comment_id=');
}

function wwwTimeLink(el: Element, pageUrl: URL): Element | null {
  return own(el, SELECTORS.www.link, (link) => outsideText(link) && isPermalink(link, pageUrl));
}

/** The name link: the first of the comment's links with text that is not the timestamp (the avatar link has none). */
function wwwAuthorLink(el: Element, timeLink: Element | null): Element | null {
  return own(
    el,
    SELECTORS.www.link,
    (link) => link !== timeLink && outsideText(link) && singleLine(link.textContent) !== '',
  );
}

/** The name when the author has no link (a deleted account): the first name-like span of the comment. */
function wwwPlainName(el: Element): string {
  const span = own(
    el,
    'span[dir="auto"]',
    (candidate) =>
      !candidate.closest(`${SELECTORS.www.textBlock}, a, ${SELECTORS.www.button}`) &&
      !candidate.querySelector(SELECTORS.www.textBlock),
  );
  return singleLine(span?.textContent);
}

/** The paragraphs of the body: the outermost `div[dir="auto"]` blocks of the comment itself. */
function wwwTextBlocks(el: Element): Element[] {
  return ownAll(el, SELECTORS.www.textBlock, (block) => {
    if (block.closest(`a, ${SELECTORS.www.button}`)) return false;
    const outer = block.parentElement?.closest(SELECTORS.www.textBlock);
    return !outer || !el.contains(outer);
  });
}

/** The id in the timestamp link, else in any own link (the name link carries it too). */
function wwwId(el: Element, pageUrl: URL, timeLink = wwwTimeLink(el, pageUrl)): string | undefined {
  const idOf = (link: Element | null) => idFromLink(link?.getAttribute('href') ?? null, pageUrl);
  return (
    idOf(timeLink) ??
    idOf(own(el, SELECTORS.www.link, (link) => outsideText(link) && idOf(link) !== undefined))
  );
}

function extractWww(el: Element, pageUrl: URL): Comment | null {
  const timeLink = wwwTimeLink(el, pageUrl);
  const authorLink = wwwAuthorLink(el, timeLink);
  const name = authorLink ? singleLine(cleanText(authorLink)) : wwwPlainName(el);
  const text = wwwTextBlocks(el)
    .map((block) => cleanText(block))
    .filter(Boolean)
    .join('\n');
  if (!text && !name) return null;
  const parent = parentComment(el);
  const parentId = parent ? wwwId(parent, pageUrl) : undefined;
  return withThread(
    el,
    {
      author: author(
        name,
        authorLink ? cleanLink(authorLink.getAttribute('href'), pageUrl, PROFILE_PARAMETERS) : undefined,
      ),
      text,
      time: timeOf(timeLink),
      permalink: timeLink ? cleanLink(timeLink.getAttribute('href'), pageUrl) : undefined,
    },
    wwwId(el, pageUrl, timeLink),
    parentId,
  );
}

/** The comment's own button whose accessible label (or, without one, its text) `matches`. */
function wwwButton(el: Element, matches: (label: string) => boolean): Element | null {
  return own(el, SELECTORS.www.button, (button) =>
    matches(singleLine(button.getAttribute('aria-label') ?? button.textContent)),
  );
}

function wwwLike(el: Element): Element | null {
  return wwwButton(el, (label) => LABELS.like.has(label) || LABELS.liked.test(label));
}

function wwwReply(el: Element): Element | null {
  return wwwButton(el, (label) => LABELS.reply.has(label));
}

/** The smallest element holding both of the comment's Like and Reply buttons: its action row. */
function actionRow(el: Element, like: Element | null, reply: Element | null): Element | null {
  if (!like || !reply) return null;
  for (let node = like.parentElement; node && node !== el; node = node.parentElement) {
    if (node.contains(reply)) return node;
  }
  return null;
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
  if (isMobile(el)) {
    const actions = own(el, SELECTORS.mobile.actions) ?? own(el, SELECTORS.mobile.body);
    return actions ? { node: actions, position: 'afterend' } : { node: el, position: 'beforeend' };
  }
  const row = actionRow(el, wwwLike(el), wwwReply(el));
  if (row) return { node: row, position: 'afterend' };
  const blocks = wwwTextBlocks(el);
  const last = blocks[blocks.length - 1];
  return last ? { node: last, position: 'afterend' } : { node: el, position: 'beforeend' };
}

/** The reply box of the thread: in the comment, else in the comment it replies to. */
function editor(el: Element): Element | null {
  if (isMobile(el)) {
    const composer = own(el, SELECTORS.mobile.replyComposer);
    return composer?.querySelector(SELECTORS.mobile.editor) ?? null;
  }
  for (let scope: Element | null = el; scope; scope = parentComment(scope)) {
    const box = scope.querySelector(SELECTORS.www.editor);
    if (box) return box;
  }
  return null;
}

function liked(control: Element): boolean {
  if (control.getAttribute('aria-pressed') === 'true') return true;
  if (LABELS.liked.test(control.getAttribute('aria-label') ?? '')) return true;
  // Mobile: the link's data-store holds the viewer's reaction (0 = none) and so does its href.
  const store = /"reaction"\s*:\s*(\d+)/.exec(control.getAttribute('data-store') ?? '');
  if (store) return Number(store[1]) > 0;
  const href = /[?&]viewer_reaction=(\d+)/.exec(control.getAttribute('href') ?? '');
  return href !== null && Number(href[1]) > 0;
}

const COMMENT_NODE = 8;

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://m.facebook.com/*', 'https://web.facebook.com/*'],
  fixtures: [
    'test/fixtures/facebook/www-post-comments-2025.html',
    'fixtures/real-pages/facebook/m-facebook-story-nintendo-2021.html',
  ],
  detect(doc, url) {
    if (/(?:^|\.)facebook\.com$/i.test(url.hostname)) return true;
    // A saved page keeps its canonical link.
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    return /^https:\/\/(?:[\w-]+\.)?facebook\.com\//i.test(canonical);
  },
  find,
  extract(el, pageUrl) {
    if (isMobile(el)) return extractMobile(el, pageUrl);
    if (el.matches(SELECTORS.www.comment)) return extractWww(el, pageUrl);
    return null;
  },
  placeBar,
  native: {
    like: (el) => (isMobile(el) ? own(el, SELECTORS.mobile.like) : wwwLike(el)),
    liked,
    reply: (el) => (isMobile(el) ? own(el, SELECTORS.mobile.reply) : wwwReply(el)),
    editor,
    missing: {
      remove:
        'Facebook offers delete and hide only in the comment’s “…” menu, drawn in a separate layer once opened',
      report: 'Facebook offers report only in the comment’s “…” menu, drawn in a separate layer once opened',
    },
  },
  prepareSavedPage(doc) {
    // m.facebook.com ships comments inside HTML comments (BigPipe) that its script unpacks on load.
    for (const code of [...doc.querySelectorAll('.hidden_elem > code')]) {
      const payload = [...code.childNodes].find((node) => node.nodeType === COMMENT_NODE);
      const holder = code.parentElement;
      if (!payload || !holder) continue;
      holder.innerHTML = payload.nodeValue ?? '';
      holder.removeAttribute('class');
    }
  },
};
