import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, parseTime, singleLine, stableId } from './dom';
import type { BarPlacement, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * Hacker News threads (news.ycombinator.com). Every era lays a comment out as a table row holding a
 * table of three cells: indent spacer, vote arrows, then `td.default` with the header (`span.comhead`)
 * and the body. Replies are not nested in their parent: they are the following rows, indented deeper.
 *
 * - classic (2007–2014): an anonymous `tr`; depth is the width of the spacer `img` (40 px a level);
 *   the body is `span.comment > font`; the reply link sits in a `p` after the body; the comhead links
 *   the comment as "link" (`item?id=`); times are relative only.
 * - athing (2014–2023): `tr.athing.comtr#<id>`; `td.ind` (spacer width, from ~2020 also `indent`);
 *   `div.comment > span.commtext` (before ~2017 `span.c00`), reply link in `div.reply`;
 *   `span.age[title]` holds the UTC time ("2023-07-21T19:51:36").
 * - current (2024+): the same rows with `div.commtext`, and `span.age[title]` is "ISO unix-seconds".
 *
 * A comment's own page (`item?id=<comment>`) shows it first in `table.fatitem`, its replies below.
 */
const SELECTORS = {
  /** The body box, exactly one per comment in every era: `div.comment` since 2014, `span.comment` before. */
  body: '.comment',
  /** The row that carries the comment id since 2014. */
  row: 'tr.athing',
  /** The comment shown on top of its own page. */
  fatItem: 'table.fatitem tr.athing',
  /** Tried in order: the text proper (2017+), else the whole body ("[deleted]" has no commtext). */
  text: ['.commtext', '.comment'],
  /** Not text: the reply row (inside the body before 2017) and its `<font size=1>` wrapper. */
  notText: `${NOISE_SELECTOR}, .reply, font[size="1"]`,
  /**
   * The header line; the next three are queried inside it (single compounds: scoped queries with a
   * descendant combinator take Chromium's slow path, a whole-document walk).
   */
  header: '.comhead',
  /** `a.hnuser` since 2014; a bare `user?id=` link before. Absent on deleted comments. */
  author: 'a.hnuser, a[href^="user?id="], a[href*="/user?id="]',
  /** The comment's own link: "link" (classic) or the age link, before "parent" and "on: story". */
  ownLink: 'a[href^="item?id="], a[href*="/item?id="]',
  age: '.age',
  indentCell: 'td.ind',
  /** The indent spacer: the first `s.gif` of the row (the vote cell's spacer comes after it). */
  spacer: 'img[src$="s.gif"]',
  indentWidth: 40,
  /** Where the bar goes: after the reply row, else after the body. */
  barAfter: ['.reply', 'td.default > p'],
  permalinkBase: 'https://news.ycombinator.com/',
} as const;

/** The site's own controls, queried inside the comment row. */
const CONTROLS = {
  /** The up arrow only: its sibling `a[id^="down_"]` is the downvote. Own comments have no arrow. */
  upvote: 'a[id^="up_"]',
  /** After a vote HN hides the arrow (`nosee`) and shows "unvote" (`a#un_<id>`) in the header. */
  voted: /(?:^|\s)nosee(?:\s|$)/,
  unvote: 'a[id^="un_"]',
  /** Reply links: inside `div.reply` (2014+) or the `p` after the body (classic); never in the text. */
  reply: '.reply a[href*="reply?id="], td.default > p a[href*="reply?id="]',
  /** The reply page's form: `parent` names the comment answered. */
  replyForm: 'form input[name="parent"]',
  replyTextarea: 'textarea[name="text"]',
  /** HN shows "flag" only on the comment's own page (its timestamp link), not in the thread. */
  flag: '.comhead a[href^="flag?id="], .comhead a[href*="/flag?id="]',
  /** Authors may delete their own comment during the edit window (about two hours). */
  delete: '.comhead a[href^="delete-confirm?id="], .comhead a[href*="/delete-confirm?id="]',
} as const;

const NUMERIC_ID = /^\d+$/;

/** The comment row around a body: `tr.athing`, else (classic) the row around the body's table. */
function rowOf(body: Element): Element | null {
  return body.closest(SELECTORS.row) ?? body.closest('table')?.parentElement?.closest('tr') ?? null;
}

function bodyOf(row: Element): Element | null {
  return row.querySelector(SELECTORS.body);
}

function idParam(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  const id = /[?&]id=(\d+)/.exec(href)?.[1];
  return id;
}

/** The comment's HN id: the row id (2014+), else the id in its own header link. */
function hnId(row: Element): string | undefined {
  const rowId = row.getAttribute('id');
  if (rowId && NUMERIC_ID.test(rowId)) return rowId;
  return idParam(headerOf(row)?.querySelector(SELECTORS.ownLink) ?? null);
}

function headerOf(row: Element): Element | null {
  return row.querySelector(SELECTORS.header);
}

function isFatItem(row: Element): boolean {
  return row.matches(SELECTORS.fatItem);
}

/** Per page: HN never swaps the item on top, and a miss would walk the whole page for every comment. */
const fatComments = new WeakMap<Document, Element | null>();

/** The comment on top of its own page, when the page is one. */
function fatComment(row: Element): Element | null {
  const doc = row.ownerDocument;
  let top = fatComments.get(doc);
  if (top === undefined) {
    const item = doc.querySelector(SELECTORS.fatItem);
    top = item && bodyOf(item) ? item : null;
    fatComments.set(doc, top);
  }
  return top;
}

/** Indent level as printed: `indent` attribute, else the spacer width / 40. */
function indentOf(row: Element): number {
  const cell = row.querySelector(SELECTORS.indentCell);
  const level = cell?.getAttribute('indent');
  if (level && NUMERIC_ID.test(level)) return Number(level);
  const width = Number((cell ?? row).querySelector(SELECTORS.spacer)?.getAttribute('width'));
  return Number.isFinite(width) && width > 0 ? Math.round(width / SELECTORS.indentWidth) : 0;
}

/** Thread position: the nearest earlier row indented less is the parent. */
function threadOf(row: Element): Pick<Comment, 'depth' | 'parentId'> {
  if (isFatItem(row)) return { depth: 0 };
  const top = fatComment(row);
  const indent = indentOf(row);
  // On a comment's own page the tree below starts at indent 0 under that comment.
  const depth = top ? indent + 1 : indent;
  if (indent === 0) {
    const parentId = top ? hnId(top) : undefined;
    return parentId ? { depth, parentId } : { depth };
  }
  for (let previous = row.previousElementSibling; previous; previous = previous.previousElementSibling) {
    if (!bodyOf(previous) || indentOf(previous) >= indent) continue;
    const parentId = hnId(previous);
    return parentId ? { depth, parentId } : { depth };
  }
  return { depth };
}

/** `span.age[title]`: "2023-07-21T19:51:36" (UTC), since 2024 followed by unix seconds. */
function timeOfRow(header: Element | null): string | undefined {
  const age = header?.querySelector(SELECTORS.age);
  if (!age) return undefined;
  const stamp = age.getAttribute('title')?.trim().split(/\s+/)[0];
  return parseTime(stamp) ?? parseTime(age.textContent);
}

function authorOf(header: Element | null, pageUrl: URL): CommentAuthor {
  const link = header?.querySelector(SELECTORS.author);
  const name = singleLine(link?.textContent);
  const profileUrl = safeHttpUrl(link?.getAttribute('href'), pageUrl);
  return profileUrl ? { name, profileUrl } : { name };
}

function textOf(row: Element): string {
  for (const selector of SELECTORS.text) {
    const el = row.querySelector(selector);
    if (el) return cleanText(el, SELECTORS.notText);
  }
  return '';
}

/** Comment rows under `root` in document order, one at a time: the first few cost only what they read. */
function* commentRows(root: ParentNode): Generator<Element, void, void> {
  const seen = new Set<Element>();
  for (const body of root.querySelectorAll(SELECTORS.body)) {
    const row = rowOf(body);
    if (!row || seen.has(row)) continue;
    // A subtree added inside a comment is not a new comment.
    if (isElement(root) && row !== root && row.contains(root)) continue;
    seen.add(row);
    yield row;
  }
}

const find = (root: ParentNode): Element[] => [...commentRows(root)];

function findFirst(doc: Document, count: number): Element[] {
  const rows: Element[] = [];
  if (count <= 0) return rows;
  for (const row of commentRows(doc)) if (rows.push(row) >= count) break;
  return rows;
}

/** Rows handled between two pauses of `findSteps`. */
const STEP_ROWS = 500;

function* findSteps(doc: Document): Generator<void, Element[], void> {
  const rows: Element[] = [];
  for (const row of commentRows(doc)) if (rows.push(row) % STEP_ROWS === 0) yield;
  // Steps run in several tasks: the page may have removed some rows in between.
  return rows.filter((row) => row.isConnected);
}

/** Whether `el` is the row of a comment (not the page, a cell, or the story). */
function isCommentRow(el: Element): boolean {
  const body = bodyOf(el);
  return body !== null && rowOf(body) === el;
}

function extract(row: Element, pageUrl: URL): Comment | null {
  if (!isCommentRow(row)) return null;
  const id = hnId(row);
  const header = headerOf(row);
  const author = authorOf(header, pageUrl);
  const text = textOf(row);
  if (!text && !author.name) return null;
  const permalink = id ? safeHttpUrl(`item?id=${id}`, SELECTORS.permalinkBase) : undefined;
  const comment: Comment = {
    id: stableId(row, { siteId: id, permalink, author: author.name, text }),
    author,
    text,
  };
  const time = timeOfRow(header);
  if (time) comment.time = time;
  if (permalink) comment.permalink = permalink;
  return { ...comment, ...threadOf(row) };
}

function placeBar(row: Element): BarPlacement {
  for (const selector of SELECTORS.barAfter) {
    const node = row.querySelector(selector);
    if (node) return { node, position: 'afterend' };
  }
  const body = bodyOf(row);
  return body ? { node: body, position: 'afterend' } : { node: row, position: 'beforeend' };
}

/** The textarea of the reply page for this comment (HN's reply link opens `reply?id=` as a page). */
function replyEditor(row: Element): Element | null {
  const id = hnId(row);
  if (!id) return null;
  for (const parent of row.ownerDocument.querySelectorAll(CONTROLS.replyForm)) {
    if (parent.getAttribute('value') !== id) continue;
    return parent.closest('form')?.querySelector(CONTROLS.replyTextarea) ?? null;
  }
  return null;
}

function isVoted(control: Element): boolean {
  if (CONTROLS.voted.test(control.getAttribute('class') ?? '')) return true;
  return control.closest('tr')?.querySelector(CONTROLS.unvote) != null;
}

export const hackerNewsAdapter: SiteAdapter = {
  id: 'hackernews',
  label: 'Hacker News',
  matches: ['https://news.ycombinator.com/*'],
  fixtures: [
    'test/fixtures/hackernews/current-2025.html',
    'test/fixtures/hackernews/comment-page-2025.html',
    'fixtures/real-pages/hackernews/hn-ask-best-papers-2023.html',
    'fixtures/real-pages/hackernews/hn-2012-ask-prettified-newhackers.html',
  ],
  detect(_doc, url) {
    return url.hostname === 'news.ycombinator.com';
  },
  find,
  gradual: { first: findFirst, all: findSteps },
  extract,
  placeBar,
  native: {
    like: CONTROLS.upvote,
    liked: isVoted,
    // The reply link navigates to a reply page (`reply?id=`) holding the form; there is no inline box.
    reply: CONTROLS.reply,
    editor: replyEditor,
    remove: CONTROLS.delete,
    report: CONTROLS.flag,
  },
};
