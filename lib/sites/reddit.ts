import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { NOISE_SELECTOR, cleanText, parseTime, singleLine, timeOf } from './dom';
import type { BarPlacement, ControlLocator, SiteAdapter } from './types';
import { isElement } from './strategy';

/**
 * Reddit in its three markup eras, one selector table each:
 * - `old`: old.reddit.com, server-rendered `.thing` blocks, replies nested in `.child` (2008 to today);
 * - `redesign`: the React redesign of new.reddit.com (2018–2023), a flat list of `div#t1_…` whose
 *   nesting shows only as "level N" and thread lines; class names are hashed, so only ids,
 *   `data-testid`/`data-test-id` and ARIA attributes are used;
 * - `shreddit`: today's www.reddit.com, `<shreddit-comment>` custom elements carrying their data in
 *   attributes, parts slotted by name, replies nested inside their parent, vote buttons in the open
 *   shadow root of `<shreddit-comment-action-row>`.
 */

type Era = 'shreddit' | 'old' | 'redesign';

// ---------------------------------------------------------------------------------------------
// Selectors: everything this adapter knows about Reddit's markup lives in these tables.

/** Page-level facts shared by every era. */
const PAGE = {
  host: /(^|\.)reddit\.com$/i,
  /** Saved or mirrored pages away from reddit.com still say what they are. */
  marker:
    'meta[property="og:site_name"][content="reddit"], meta[property="og:site_name"][content="Reddit"], shreddit-app',
  /** The fullname of a comment ("t1_" + base-36 id). */
  commentFullname: /^t1_[a-z0-9]+$/i,
  /** Letters, digits, `_` and `-`: any other "name" gets no profile link built from it. */
  username: /^[a-z0-9_-]{1,32}$/i,
  profileBase: 'https://www.reddit.com/user/',
  deletedAuthor: /^\[(?:deleted|removed)\]$/i,
  /** Bodies that stand in for a comment that no longer exists: nothing left to answer. */
  placeholderText:
    /^(?:\[(?:deleted|removed)\]|comment (?:deleted by user|removed by moderator)|removed by reddit|deleted by user)$/i,
  /** Our own bar, when it sits inside a comment body (shreddit). */
  textExclude: `${NOISE_SELECTOR}, rung-bar`,
};

/** old.reddit.com (and www.reddit.com before 2018). */
const OLD = {
  comment: 'div.thing.comment',
  fullnameAttribute: 'data-fullname',
  authorAttribute: 'data-author',
  permalinkAttribute: 'data-permalink',
  /** Classes of the comment's direct children: the vote arrows, its own box, the replies. */
  midcolClass: 'midcol',
  entryClass: 'entry',
  childClass: 'child',
  /** Set on comments deleted by their author or removed by a moderator. */
  deletedClass: 'deleted',
  bodyBox: '.usertext-body',
  body: '.md',
  author: 'a.author',
  /**
   * A comment its author distinguished as a moderator or an admin ("speaking officially"): the
   * tagline's name link takes the class of the attribute and `.userattrs` shows [M] or [A] (the
   * same mechanism as the submitter's `author submitter` and [S] of the saved 2018 page). A
   * moderator's undistinguished comment looks like anyone's.
   */
  staff: [
    '.tagline a.author.moderator',
    '.tagline a.author.admin',
    '.tagline .userattrs a.moderator',
    '.tagline .userattrs a.admin',
  ],
  time: 'time[datetime]',
  permalink: 'a.bylink[data-event-action="permalink"]',
  buttons: 'ul.buttons',
  upvote: '.arrow.up, .arrow.upmod',
  /** The up arrow turns from `.up` into `.upmod` once pressed. */
  upvotedClass: 'upmod',
  reply: ['a[onclick*="reply"]', '.reply-button a'],
  /** The reply form old Reddit clones into `.child`, above the replies. */
  replyForm: 'form.usertext',
  editor: 'textarea',
  /** Moderator remove first, then the author's own delete (each opens "are you sure? yes / no"). */
  remove: ['a[data-event-action="remove"]', '.remove-button a.togglebutton', '.del-button a.togglebutton'],
  report: ['.report-button a', 'a.reportbtn', 'a[data-event-action="report"]'],
};

/** new.reddit.com redesign: hashed classes (2019–2023) and the `data-test-id` variant (2019–2020). */
const REDESIGN = {
  /** Filtered on PAGE.commentFullname: share menus (`t1_…-comment-share-menu`) share the prefix. */
  comment: 'div[id^="t1_"]',
  body: ['[data-testid="comment"]', '[data-test-id="comment"]'],
  author: 'a[data-testid="comment_author_link"]',
  /** Any link to a profile with a name in it (the avatar link has none). */
  authorFallback: 'a[href^="/user/"]',
  permalink: 'a[id^="CommentTopMeta--Created--"]',
  /** A screen-reader label before the header: "level 1" is a top-level comment. */
  level: /^level (\d+)$/i,
  /** Thread lines carry the fullname of each ancestor (and of the comment itself) as a class. */
  threadLine: 'i.threadline',
  upvote: ['button[data-click-id="upvote"]', 'button[aria-label="upvote"]'],
  /** Controls without a stable attribute, recognised by their label. */
  replyLabel: /^reply$/i,
  removeLabel: /^(?:remove|delete)$/i,
  reportLabel: /^report$/i,
  editor: ['[contenteditable="true"]', 'textarea'],
  /** The server-rendered Redux state (2019–2021), whose comment models fill what the DOM lacks. */
  state: 'script#data',
  /**
   * A comment model's `distinguishType` when its author spoke officially ("moderator", "admin"; null
   * otherwise). Read when the state is read for the author (pages whose DOM has no author link); no
   * marker of it in the redesign's DOM is known.
   */
  staffDistinctions: new Set(['moderator', 'admin']),
  stateVariable: 'window.___r',
  maxStateLength: 20_000_000,
};

/** www.reddit.com today ("shreddit", 2023–). */
const SHREDDIT = {
  comment: 'shreddit-comment',
  idAttribute: 'thingid',
  authorAttribute: 'author',
  depthAttribute: 'depth',
  parentAttribute: 'parentid',
  permalinkAttribute: 'permalink',
  createdAttribute: 'created',
  /** Attributes that mark a deleted or removed comment. */
  deletedAttributes: ['is-comment-deleted', 'deleted'],
  authorDeletedAttribute: 'is-author-deleted',
  /** Set on a comment its author distinguished as a moderator. */
  modDistinguishedAttribute: 'is-mod-distinguished',
  /**
   * The meta's badges of a distinguished comment (`shreddit-comment-author-modifier-icon`,
   * `shreddit-comment-badges`), as extensions and scrapers select them.
   */
  distinguished: '[distinguished-as="MODERATOR"], [distinguished-as="ADMIN"]',
  /** Slot names of the comment's own parts (direct children of the element). */
  bodySlot: 'comment',
  metaSlot: 'commentMeta',
  actionRowSlot: 'actionRow',
  actionRow: 'shreddit-comment-action-row',
  actionRowIdAttribute: 'comment-id',
  authorLink: 'a[href^="/user/"]',
  time: 'time[datetime]',
  timeAgo: 'faceplate-timeago[ts]',
  /** The action row's `vote-state` is "UP" once the comment is upvoted. */
  voteStateAttribute: 'vote-state',
  upvotedState: 'UP',
  /** Vote buttons live in the action row's shadow root (or that of its `shreddit-vote-animations`). */
  upvote: ['button[upvote]', 'button[data-action-bar-action="upvote"]'],
  reply: [
    'faceplate-tracker[noun="reply_comment"] button',
    '[slot="comment-reply"] button',
    'button[slot="comment-reply"]',
  ],
  editor: [
    'shreddit-composer [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
    '[contenteditable="true"]',
    'textarea',
  ],
  /** Items of the overflow menu (`shreddit-overflow-menu`, rendered in its shadow root). */
  remove: [
    'faceplate-tracker[noun="remove"] [role="menuitem"]',
    'faceplate-tracker[noun="remove"] li',
    'faceplate-tracker[noun="delete"] [role="menuitem"]',
    'faceplate-tracker[noun="delete"] li',
  ],
  report: ['faceplate-tracker[noun="report"] [role="menuitem"]', 'faceplate-tracker[noun="report"] li'],
  /** How deep nested shadow roots are searched for a control. */
  shadowDepth: 3,
};

/** Queried in this order on a page of unknown era; the first that finds comments is the page's. */
const ERA_SELECTORS: readonly (readonly [Era, string])[] = [
  ['shreddit', SHREDDIT.comment],
  ['old', OLD.comment],
  ['redesign', REDESIGN.comment],
];

// ---------------------------------------------------------------------------------------------
// Small helpers

function ownerDocumentOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

function eraOf(el: Element): Era | undefined {
  for (const [era, selector] of ERA_SELECTORS) if (el.matches(selector)) return era;
  return undefined;
}

function childWithClass(el: Element, className: string): Element | undefined {
  for (const child of el.children) if (child.classList.contains(className)) return child;
  return undefined;
}

/** The first match of the selectors, tried in priority order. */
function firstOf(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The first button whose label matches, for controls known only by their text. */
function buttonLabelled(scope: Element, label: RegExp): Element | null {
  for (const button of scope.querySelectorAll('button')) {
    if (label.test(singleLine(button.textContent))) return button;
  }
  return null;
}

/**
 * The first match of the selectors in `scope`, its open shadow root and the open shadow roots
 * below (custom elements such as `shreddit-overflow-menu` render their controls there). Only run
 * when a control is needed, never while finding comments.
 */
function deepQuery(scope: Element, selectors: readonly string[]): Element | null {
  const roots: ParentNode[] = [scope];
  for (let index = 0, level = 0; index < roots.length && level <= SHREDDIT.shadowDepth; level++) {
    const end = roots.length;
    for (; index < end; index++) {
      const root = roots[index]!;
      const hosts = isElement(root) ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
      for (const host of hosts) if (host.shadowRoot) roots.push(host.shadowRoot);
    }
  }
  for (const selector of selectors) {
    for (const root of roots) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
  }
  return null;
}

/** A comment's link without its query (tracking `utm_*`, `context=3`) or fragment. */
function permalinkOf(raw: string | null | undefined, pageUrl: URL): string | undefined {
  const href = safeHttpUrl(raw, pageUrl);
  if (!href) return undefined;
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

function authorOf(rawName: string | null | undefined): CommentAuthor {
  const name = singleLine(rawName).replace(/^u\//, '');
  if (!name || PAGE.deletedAuthor.test(name)) return { name: '' };
  return PAGE.username.test(name)
    ? { name, profileUrl: `${PAGE.profileBase}${encodeURIComponent(name)}/` }
    : { name };
}

function isPlaceholder(body: Element): boolean {
  const text = singleLine(body.textContent);
  return text === '' || (text.length < 40 && PAGE.placeholderText.test(text));
}

function bodyText(body: Element): string {
  return cleanText(body, PAGE.textExclude);
}

/** Depth and parent from the nesting of comment elements (old Reddit, and shreddit's fallback). */
function nestedThread(el: Element, selector: string, idOf: (el: Element) => string | null) {
  let depth = 0;
  let parentId: string | undefined;
  for (let node = el.parentElement?.closest(selector); node; node = node.parentElement?.closest(selector)) {
    if (depth === 0) parentId = idOf(node) ?? undefined;
    depth++;
  }
  return parentId ? { depth, parentId } : { depth };
}

/** The comment without the fields the page did not give, so no `undefined` keys reach the log. */
function compact(comment: Comment): Comment {
  const result: Partial<Comment> = { ...comment };
  for (const key of Object.keys(result) as (keyof Comment)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result as Comment;
}

// ---------------------------------------------------------------------------------------------
// old.reddit

const oldEntry = (el: Element) => childWithClass(el, OLD.entryClass);

function oldBody(el: Element): Element | null {
  return oldEntry(el)?.querySelector(OLD.bodyBox)?.querySelector(OLD.body) ?? null;
}

function isOldComment(el: Element): boolean {
  if (el.classList.contains(OLD.deletedClass)) return false;
  if (!PAGE.commentFullname.test(el.getAttribute(OLD.fullnameAttribute) ?? '')) return false;
  const body = oldBody(el);
  return body !== null && !isPlaceholder(body);
}

function readOld(el: Element, pageUrl: URL): Comment | null {
  const body = oldBody(el);
  const entry = oldEntry(el);
  if (!entry || !body || !isOldComment(el)) return null;
  const id = el.getAttribute(OLD.fullnameAttribute) ?? '';
  const authorLink = entry.querySelector(OLD.author);
  const author = authorOf(el.getAttribute(OLD.authorAttribute) ?? authorLink?.textContent);
  if (author.name && firstOf(entry, OLD.staff)) author.staff = true;
  return compact({
    id,
    author,
    text: bodyText(body),
    time: timeOf(entry.querySelector(OLD.time)),
    permalink:
      permalinkOf(entry.querySelector(OLD.permalink)?.getAttribute('href'), pageUrl) ??
      permalinkOf(el.getAttribute(OLD.permalinkAttribute), pageUrl),
    ...nestedThread(el, OLD.comment, (node) => node.getAttribute(OLD.fullnameAttribute)),
  });
}

function placeOld(el: Element): BarPlacement {
  const entry = oldEntry(el);
  const anchor = entry?.querySelector(OLD.buttons) ?? oldBody(el)?.parentElement;
  return anchor ? { node: anchor, position: 'afterend' } : { node: entry ?? el, position: 'beforeend' };
}

// ---------------------------------------------------------------------------------------------
// new.reddit redesign

interface StateComment {
  author?: string;
  created?: number;
  permalink?: string;
  parentId?: string;
  depth?: number;
  distinguishType?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const redesignStates = new WeakMap<Document, Map<string, StateComment>>();

/** Comment models of the page's server-rendered state (`window.___r = {…}`), read once per page. */
function redesignState(doc: Document): Map<string, StateComment> {
  let models = redesignStates.get(doc);
  if (models) return models;
  models = new Map();
  redesignStates.set(doc, models);
  const source = doc.querySelector(REDESIGN.state)?.textContent?.trim() ?? '';
  if (!source.startsWith(REDESIGN.stateVariable)) return models;
  const start = source.indexOf('{');
  const end = source.lastIndexOf('}');
  if (start < 0 || end <= start || source.length > REDESIGN.maxStateLength) return models;
  let state: unknown;
  try {
    state = JSON.parse(source.slice(start, end + 1));
  } catch {
    return models;
  }
  const comments = isRecord(state) && isRecord(state.comments) ? state.comments.models : undefined;
  if (!isRecord(comments)) return models;
  for (const [id, model] of Object.entries(comments)) {
    if (!isRecord(model)) continue;
    const entry: StateComment = {};
    if (typeof model.author === 'string') entry.author = model.author;
    if (typeof model.created === 'number') entry.created = model.created;
    if (typeof model.permalink === 'string') entry.permalink = model.permalink;
    if (typeof model.parentId === 'string') entry.parentId = model.parentId;
    if (typeof model.depth === 'number') entry.depth = model.depth;
    if (typeof model.distinguishType === 'string') entry.distinguishType = model.distinguishType;
    models.set(id, entry);
  }
  return models;
}

const redesignBody = (el: Element) => firstOf(el, REDESIGN.body);

function isRedesignComment(el: Element): boolean {
  if (!PAGE.commentFullname.test(el.id)) return false;
  const body = redesignBody(el);
  return body !== null && !isPlaceholder(body);
}

/** The "level N" label, read before the body so that a comment's text cannot fake it. */
function redesignLevel(el: Element, body: Element): number | undefined {
  for (const span of el.querySelectorAll('span')) {
    if (body.contains(span)) break;
    const level = REDESIGN.level.exec(singleLine(span.textContent));
    if (level) return Number(level[1]);
  }
  return undefined;
}

/** The ancestors named by the thread lines drawn beside the comment, outermost first. */
function redesignAncestors(el: Element): string[] {
  const ancestors: string[] = [];
  for (const line of el.querySelectorAll(REDESIGN.threadLine)) {
    for (const token of line.parentElement?.classList ?? []) {
      if (token !== el.id && PAGE.commentFullname.test(token) && !ancestors.includes(token))
        ancestors.push(token);
    }
  }
  return ancestors;
}

function redesignAuthorName(el: Element, body: Element): string | undefined {
  const link = el.querySelector(REDESIGN.author);
  if (link) return singleLine(link.textContent);
  for (const candidate of el.querySelectorAll(REDESIGN.authorFallback)) {
    if (body.contains(candidate)) break;
    const name = singleLine(candidate.textContent);
    if (name) return name;
  }
  return undefined;
}

function readRedesign(el: Element, pageUrl: URL): Comment | null {
  const body = redesignBody(el);
  if (!body || !isRedesignComment(el)) return null;
  const domName = redesignAuthorName(el, body);
  // The state is parsed only for what the DOM lacks (older pages render no author link).
  const state = domName === undefined ? redesignState(el.ownerDocument).get(el.id) : undefined;
  const level = redesignLevel(el, body);
  const ancestors = redesignAncestors(el);
  const depth = level !== undefined ? level - 1 : (state?.depth ?? ancestors.length);
  const author = authorOf(domName ?? state?.author);
  if (author.name && REDESIGN.staffDistinctions.has(state?.distinguishType ?? '')) author.staff = true;
  return compact({
    id: el.id,
    author,
    text: bodyText(body),
    time: state?.created !== undefined ? parseTime(String(state.created)) : undefined,
    permalink:
      permalinkOf(el.querySelector(REDESIGN.permalink)?.getAttribute('href'), pageUrl) ??
      permalinkOf(state?.permalink, pageUrl),
    depth,
    parentId: depth === 0 ? undefined : (ancestors.at(-1) ?? state?.parentId),
  });
}

function placeRedesign(el: Element): BarPlacement {
  const body = redesignBody(el);
  if (!body) return { node: el, position: 'beforeend' };
  // Hashed-class pages put the vote and action row right after the body: the bar goes under it.
  const row = body.nextElementSibling;
  const hasVotes = row !== null && firstOf(row, REDESIGN.upvote) !== null;
  return { node: hasVotes ? row : body, position: 'afterend' };
}

// ---------------------------------------------------------------------------------------------
// shreddit

/** A part of this comment (not of a nested reply): a direct child in the named slot. */
function shredditPart(el: Element, slot: string): Element | null {
  for (const child of el.children) if (child.getAttribute('slot') === slot) return child;
  // Variants wrap the parts (`details > summary`); the part must still belong to this comment.
  for (const part of el.querySelectorAll(`[slot="${slot}"]`)) {
    if (part.closest(SHREDDIT.comment) === el) return part;
  }
  return null;
}

function shredditActionRow(el: Element): Element | null {
  const slotted = shredditPart(el, SHREDDIT.actionRowSlot);
  if (slotted)
    return slotted.matches(SHREDDIT.actionRow) ? slotted : slotted.querySelector(SHREDDIT.actionRow);
  const id = el.getAttribute(SHREDDIT.idAttribute);
  for (const row of el.querySelectorAll(SHREDDIT.actionRow)) {
    if (row.getAttribute(SHREDDIT.actionRowIdAttribute) === id || row.closest(SHREDDIT.comment) === el)
      return row;
  }
  return null;
}

function isShredditComment(el: Element): boolean {
  if (!PAGE.commentFullname.test(el.getAttribute(SHREDDIT.idAttribute) ?? '')) return false;
  for (const attribute of SHREDDIT.deletedAttributes) {
    const value = el.getAttribute(attribute);
    if (value !== null && value !== 'false') return false;
  }
  const body = shredditPart(el, SHREDDIT.bodySlot);
  return body !== null && !isPlaceholder(body);
}

function readShreddit(el: Element, pageUrl: URL): Comment | null {
  const body = shredditPart(el, SHREDDIT.bodySlot);
  if (!body || !isShredditComment(el)) return null;
  const id = el.getAttribute(SHREDDIT.idAttribute) ?? '';
  const meta = shredditPart(el, SHREDDIT.metaSlot);
  const authorDeleted = (el.getAttribute(SHREDDIT.authorDeletedAttribute) ?? 'false') !== 'false';
  const name =
    el.getAttribute(SHREDDIT.authorAttribute) ?? meta?.querySelector(SHREDDIT.authorLink)?.textContent;
  const depthValue = el.getAttribute(SHREDDIT.depthAttribute) ?? '';
  const parentValue = el.getAttribute(SHREDDIT.parentAttribute) ?? '';
  const thread = /^\d+$/.test(depthValue)
    ? {
        depth: Number(depthValue),
        parentId: PAGE.commentFullname.test(parentValue) ? parentValue : undefined,
      }
    : nestedThread(el, SHREDDIT.comment, (node) => node.getAttribute(SHREDDIT.idAttribute));
  const author: CommentAuthor = authorDeleted ? { name: '' } : authorOf(name);
  const modDistinguished = el.getAttribute(SHREDDIT.modDistinguishedAttribute);
  if (
    author.name &&
    ((modDistinguished !== null && modDistinguished !== 'false') ||
      meta?.querySelector(SHREDDIT.distinguished))
  )
    author.staff = true;
  return compact({
    id,
    author,
    text: bodyText(body),
    time:
      parseTime(el.getAttribute(SHREDDIT.createdAttribute)) ??
      timeOf(meta?.querySelector(SHREDDIT.time)) ??
      parseTime(meta?.querySelector(SHREDDIT.timeAgo)?.getAttribute('ts')),
    permalink: permalinkOf(el.getAttribute(SHREDDIT.permalinkAttribute), pageUrl),
    depth: thread.depth,
    parentId: thread.depth > 0 ? thread.parentId : undefined,
  });
}

function placeShreddit(el: Element): BarPlacement {
  // Light-DOM children of <shreddit-comment> show only through a named slot: a bar beside the
  // body would never render, so it goes at the end of the body itself.
  const body = shredditPart(el, SHREDDIT.bodySlot);
  return { node: body ?? el, position: 'beforeend' };
}

/** The comment's own light-DOM parts, replies left out: where a reply composer can appear. */
function shredditOwnParts(el: Element): Element[] {
  return [...el.children].filter(
    (child) => !child.matches(SHREDDIT.comment) && child.querySelector(SHREDDIT.comment) === null,
  );
}

// ---------------------------------------------------------------------------------------------
// Eras together

interface EraReader {
  selector: string;
  isComment(el: Element): boolean;
  read(el: Element, pageUrl: URL): Comment | null;
  place(el: Element): BarPlacement;
}

const ERAS: Record<Era, EraReader> = {
  old: { selector: OLD.comment, isComment: isOldComment, read: readOld, place: placeOld },
  redesign: {
    selector: REDESIGN.comment,
    isComment: isRedesignComment,
    read: readRedesign,
    place: placeRedesign,
  },
  shreddit: {
    selector: SHREDDIT.comment,
    isComment: isShredditComment,
    read: readShreddit,
    place: placeShreddit,
  },
};

/** A page keeps its era: once one is seen, later finds (added subtrees) run a single query. */
const pageEras = new WeakMap<Document, Era>();

function findInEra(root: ParentNode, era: Era): Element[] {
  const { selector, isComment } = ERAS[era];
  const found: Element[] = [];
  if (isElement(root) && root.matches(selector) && isComment(root)) found.push(root);
  for (const el of root.querySelectorAll(selector)) if (isComment(el)) found.push(el);
  return found;
}

function find(root: ParentNode): Element[] {
  const doc = ownerDocumentOf(root);
  const known = pageEras.get(doc);
  if (known) {
    const found = findInEra(root, known);
    // A whole page without comments of its known era may have changed era (a client-side switch).
    if (found.length > 0 || root !== doc) return found;
  }
  for (const [era] of ERA_SELECTORS) {
    if (era === known) continue;
    const found = findInEra(root, era);
    if (found.length > 0) {
      pageEras.set(doc, era);
      return found;
    }
  }
  return [];
}

/** Controls per era: old Reddit and shreddit nest replies, so each looks in the comment's own parts. */
function eraControl(locators: Record<Era, (el: Element) => Element | null>): ControlLocator {
  return (el) => {
    const era = eraOf(el);
    return era ? locators[era](el) : null;
  };
}

function voteStateOf(control: Element): string | null {
  const inLight = control.closest(`[${SHREDDIT.voteStateAttribute}]`);
  if (inLight) return inLight.getAttribute(SHREDDIT.voteStateAttribute);
  const root = control.getRootNode();
  const host = 'host' in root ? (root as ShadowRoot).host : null;
  return host?.closest(`[${SHREDDIT.voteStateAttribute}]`)?.getAttribute(SHREDDIT.voteStateAttribute) ?? null;
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  label: 'Reddit',
  matches: [
    'https://www.reddit.com/*',
    'https://old.reddit.com/*',
    'https://new.reddit.com/*',
    'https://np.reddit.com/*',
    'https://sh.reddit.com/*',
  ],
  fixtures: [
    'test/fixtures/reddit/shreddit-2025.html',
    'test/fixtures/reddit/old-reddit-moderator.html',
    'fixtures/real-pages/reddit/old-reddit-2018-aww-blogskipper.html',
    'fixtures/real-pages/reddit/new-reddit-2019-redesign-showerthoughts.html',
    'fixtures/real-pages/reddit/new-reddit-2020-data-test-id-python-init.html',
  ],
  detect(doc, url) {
    return PAGE.host.test(url.hostname) || doc.querySelector(PAGE.marker) !== null;
  },
  find,
  extract(el, pageUrl) {
    const era = eraOf(el);
    return era ? ERAS[era].read(el, pageUrl) : null;
  },
  placeBar(el) {
    const era = eraOf(el);
    return era ? ERAS[era].place(el) : { node: el, position: 'beforeend' };
  },
  native: {
    like: eraControl({
      old: (el) => childWithClass(el, OLD.midcolClass)?.querySelector(OLD.upvote) ?? null,
      redesign: (el) => firstOf(el, REDESIGN.upvote),
      shreddit: (el) => {
        const row = shredditActionRow(el);
        return row ? deepQuery(row, SHREDDIT.upvote) : null;
      },
    }),
    liked: (control) =>
      control.classList.contains(OLD.upvotedClass) ||
      control.getAttribute('aria-pressed') === 'true' ||
      voteStateOf(control) === SHREDDIT.upvotedState,
    reply: eraControl({
      old: (el) => {
        const entry = oldEntry(el);
        return entry ? firstOf(entry, OLD.reply) : null;
      },
      redesign: (el) => buttonLabelled(el, REDESIGN.replyLabel),
      shreddit: (el) => {
        const row = shredditActionRow(el);
        return row ? deepQuery(row, SHREDDIT.reply) : null;
      },
    }),
    editor: eraControl({
      old: (el) => {
        const replies = childWithClass(el, OLD.childClass);
        for (const form of replies?.children ?? []) {
          if (form.matches(OLD.replyForm)) return form.querySelector(OLD.editor);
        }
        return null;
      },
      redesign: (el) => firstOf(el, REDESIGN.editor),
      shreddit: (el) => {
        for (const part of shredditOwnParts(el)) {
          const editor = deepQuery(part, SHREDDIT.editor);
          if (editor) return editor;
        }
        return null;
      },
    }),
    remove: eraControl({
      old: (el) => {
        const entry = oldEntry(el);
        return entry ? firstOf(entry, OLD.remove) : null;
      },
      redesign: (el) => buttonLabelled(el, REDESIGN.removeLabel),
      shreddit: (el) => {
        const row = shredditActionRow(el);
        return row ? deepQuery(row, SHREDDIT.remove) : null;
      },
    }),
    report: eraControl({
      old: (el) => {
        const entry = oldEntry(el);
        return entry ? firstOf(entry, OLD.report) : null;
      },
      redesign: (el) => buttonLabelled(el, REDESIGN.reportLabel),
      shreddit: (el) => {
        const row = shredditActionRow(el);
        return row ? deepQuery(row, SHREDDIT.report) : null;
      },
    }),
  },
};
