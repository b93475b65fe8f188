import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { cleanText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, SiteAdapter } from './types';

/**
 * Comments on Instagram posts and reels (www.instagram.com).
 *
 * Instagram's markup has almost no stable names: classes are hashed (`_a9zr`, `x1lliihq`) and
 * change from one weekly release to the next, and there are no `data-testid`s. So this adapter
 * relies only on what Instagram cannot rename without breaking its own links or accessibility:
 * - the comment's permalink: every comment shows its age as `<time datetime>` inside a link to
 *   `/p/<code>/c/<commentId>/` (a reply: `/p/<code>/c/<parentId>/r/<replyId>/`). The caption's time
 *   links to the post itself, so captions are never taken for comments. This link is the anchor:
 *   one comment per link, and its id, permalink and thread position come from the URL;
 * - the comment's box is found by climbing from that link to the largest ancestor that holds no
 *   other `<time>` (so never a neighbour, a reply or the caption), stopping at the row that holds
 *   the comment's own heart;
 * - the author is the first profile link (`/<username>/`) with text in the box; the text is the
 *   first `span[dir="auto"]` (user-generated text) that is neither a link, a control nor the header;
 * - controls by their accessible names: the heart `svg[aria-label="Like"]` (pressed:
 *   `aria-label="Unlike"`) inside its button, a button labelled "Reply", the
 *   `svg[aria-label="Comment Options"]` button and the Report / Delete buttons of its dialog.
 * Older builds (2022–2023: `ul._a9ym > div[role=button] > li`) used the same kind of links and
 * labels as far as we know, so the same rules read them (tested on a reduced sample).
 */

// ---------------------------------------------------------------------------------------------
// Selectors

const SELECTORS = {
  time: 'time[datetime]',
  /** The comment's permalink: posts (`/p/`), reels and IGTV, with an optional `/<user>` prefix. */
  permalinkPath: /\/(?:p|reels?|tv)\/[\w-]+\/c\/(\d+)(?:\/r\/(\d+))?\/?$/,
  /** Containers the comment box never grows into. */
  boundary: 'ul, ol, article, main, section, form, [role="dialog"], body',
  /** The heart of a comment; the post's own heart lies outside every comment box. */
  heart: 'svg[aria-label="Like"], svg[aria-label="Unlike"]',
  pressedHeart: 'svg[aria-label="Unlike"]',
  control: 'button, [role="button"]',
  /** The three dots shown beside "Reply" (on hover in today's build). */
  options: 'svg[aria-label="Comment Options"]',
  /** The options open a dialog outside the comment, with one button per action. */
  dialog: '[role="dialog"]',
  dialogButton: 'button, [role="button"]',
  /** User-written text: Instagram marks it `dir="auto"`. */
  body: 'span[dir="auto"]',
  /** Never the body: links (the username), controls ("Reply", "12 likes"), headings, the time. */
  notBody: 'a, button, [role="button"], h1, h2, h3, time',
  link: 'a[href]',
  /** The post's comment box: pressing "Reply" fills it with "@username ". */
  editorScope: 'article, [role="dialog"], main',
  editor: 'textarea',
};

const LABELS = {
  reply: /^(?:Reply|Antworten|Répondre|Responder|Rispondi|Odpowiedz|Beantwoorden|Svara)$/i,
  report: /^(?:Report|Melden|Signaler|Denunciar|Segnala|Rapporteren|Zgłoś)$/i,
  remove: /^(?:Delete|Löschen|Supprimer|Eliminar|Excluir|Elimina|Verwijderen|Usuń)$/i,
};

const HOSTS = /^(?:www\.)?instagram\.com$/;
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
/** First path segments that are pages of Instagram, not usernames. */
const RESERVED_PATHS = new Set([
  'about',
  'accounts',
  'direct',
  'explore',
  'legal',
  'p',
  'reel',
  'reels',
  'stories',
  'tv',
]);
/** How far above its permalink a comment's box may be: enough for every build seen so far. */
const MAX_CLIMB = 12;

// ---------------------------------------------------------------------------------------------
// Helpers

/** The comment permalink around a `<time>`, if it is one. */
function permalinkOf(time: Element): Element | null {
  const link = time.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return SELECTORS.permalinkPath.test(href.split(/[?#]/)[0] ?? '') ? link : null;
}

/**
 * The comment's box: from its permalink up to the largest ancestor holding no other `<time>`,
 * stopping early at the first one that holds a heart (the comment's row).
 */
function boxOf(permalink: Element): Element {
  let box = permalink;
  for (let level = 0; level < MAX_CLIMB; level++) {
    const parent = box.parentElement;
    if (!parent || parent.matches(SELECTORS.boundary)) break;
    if (parent.querySelectorAll(SELECTORS.time).length > 1) break;
    box = parent;
    if (box.querySelector(SELECTORS.heart)) break;
  }
  return box;
}

/** The permalink of the comment whose box `el` is, or null when `el` is not a comment's box. */
function ownPermalink(el: Element): Element | null {
  for (const time of el.querySelectorAll(SELECTORS.time)) {
    const permalink = permalinkOf(time);
    if (permalink && boxOf(permalink) === el) return permalink;
  }
  return null;
}

function authorLink(box: Element): Element | null {
  for (const link of box.querySelectorAll(SELECTORS.link)) {
    const username = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (username && !RESERVED_PATHS.has(username.toLowerCase()) && singleLine(link.textContent)) return link;
  }
  return null;
}

function bodyOf(box: Element, author: Element | null, permalink: Element): Element | null {
  for (const span of box.querySelectorAll(SELECTORS.body)) {
    const inside = span.parentElement?.closest(SELECTORS.notBody);
    if (inside && box.contains(inside)) continue;
    if (span.matches(SELECTORS.notBody)) continue;
    if ((author && span.contains(author)) || span.contains(permalink)) continue;
    if (cleanText(span)) return span;
  }
  return null;
}

/** The deepest element holding both nodes. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

function controlLabelled(box: Element, label: RegExp): Element | null {
  for (const control of box.querySelectorAll(SELECTORS.control)) {
    if (label.test(singleLine(control.textContent))) return control;
  }
  return null;
}

/**
 * An action of the comment's options dialog. The dialog opens outside the comment and does not
 * say which comment opened it: while one is open its button is given, else the comment's options
 * button (press it, then ask again). Null when the options are not shown (hover-only, logged out).
 */
function optionsAction(box: Element, label: RegExp): Element | null {
  const dialogs = [...box.ownerDocument.querySelectorAll(SELECTORS.dialog)].filter(
    (dialog) => !dialog.contains(box),
  );
  const open = dialogs.at(-1);
  if (open) {
    for (const button of open.querySelectorAll(SELECTORS.dialogButton)) {
      if (label.test(singleLine(button.textContent))) return button;
    }
    return null;
  }
  return box.querySelector(SELECTORS.options)?.closest(SELECTORS.control) ?? null;
}

function find(root: ParentNode): Element[] {
  const boxes: Element[] = [];
  const seen = new Set<Element>();
  const rootNode = root as Node;
  for (const time of root.querySelectorAll(SELECTORS.time)) {
    const permalink = permalinkOf(time);
    if (!permalink) continue;
    const box = boxOf(permalink);
    // A box reaching above a partial root is a comment re-rendered in part: not this root's.
    if (seen.has(box) || (box !== rootNode && !rootNode.contains(box))) continue;
    seen.add(box);
    boxes.push(box);
  }
  return boxes;
}

function read(box: Element, pageUrl: URL): Comment | null {
  const permalinkEl = ownPermalink(box);
  if (!permalinkEl) return null;
  const permalink = safeHttpUrl(permalinkEl.getAttribute('href'), pageUrl);
  const ids = permalink ? SELECTORS.permalinkPath.exec(new URL(permalink).pathname) : null;
  const link = authorLink(box);
  const username = PROFILE_PATH.exec(link?.getAttribute('href') ?? '')?.[1];
  const body = bodyOf(box, link, permalinkEl);
  const text = body ? cleanText(body) : '';
  const name = singleLine(link?.textContent);
  if (!text && !name) return null;

  // Instagram shows usernames only: the username is both the name and the handle.
  const author: CommentAuthor = { name };
  if (username) {
    author.handle = username;
    const profileUrl = safeHttpUrl(`/${username}/`, pageUrl);
    if (profileUrl) author.profileUrl = profileUrl;
  }
  const [, commentId, replyId] = ids ?? [];
  const comment: Comment = {
    id: stableId(box, { siteId: replyId ?? commentId, permalink, author: name, text }),
    author,
    text,
  };
  const time = timeOf(permalinkEl.querySelector(SELECTORS.time));
  if (time) comment.time = time;
  if (permalink) comment.permalink = permalink;
  // Instagram threads one level deep; a reply's permalink names the comment it answers.
  if (commentId) Object.assign(comment, replyId ? { depth: 1, parentId: commentId } : { depth: 0 });
  return comment;
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  label: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  fixtures: ['test/fixtures/instagram/post-comments-2025.html'],
  detect(doc, url) {
    if (HOSTS.test(url.hostname)) return true;
    // A saved copy elsewhere: Instagram's own page metadata.
    return (
      doc.querySelector('meta[property="og:site_name"][content="Instagram"]') !== null ||
      doc.querySelector('meta[property="al:ios:app_name"][content="Instagram"]') !== null
    );
  },
  find,
  extract: read,
  placeBar(el): BarPlacement {
    // Under the text and the "Reply" row, inside the column that holds them: the box itself is
    // a row of avatar, column and heart, where a bar would become a fourth column.
    const permalink = ownPermalink(el);
    const body = permalink ? bodyOf(el, authorLink(el), permalink) : null;
    const column = permalink && body ? commonAncestor(body, permalink) : null;
    return column && column !== el && el.contains(column)
      ? { node: column, position: 'beforeend' }
      : { node: el, position: 'beforeend' };
  },
  native: {
    like: (box) => box.querySelector(SELECTORS.heart)?.closest(SELECTORS.control) ?? null,
    liked: (control) =>
      control.matches(SELECTORS.pressedHeart) || control.querySelector(SELECTORS.pressedHeart) !== null,
    reply: (box) => controlLabelled(box, LABELS.reply),
    editor: (box) =>
      box.closest(SELECTORS.editorScope)?.querySelector(SELECTORS.editor) ??
      box.ownerDocument.querySelector(SELECTORS.editor),
    remove: (box) => optionsAction(box, LABELS.remove),
    report: (box) => optionsAction(box, LABELS.report),
  },
};
