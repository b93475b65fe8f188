import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import {
  NOISE_SELECTOR,
  cleanText,
  decodeFragment,
  normalizeText,
  parseTime,
  singleLine,
  timeOf,
} from './dom';
import { flarumStrategy } from './flarum';
import { mybbStrategy } from './mybb';
import { phpbb2Strategy, phpbb3Strategy } from './phpbb';
import {
  afterTextOr,
  allAtOnce,
  anchorUrl,
  author,
  candidatesOf,
  core,
  href,
  inDocumentOrder,
  mergeInDocumentOrder,
  inPageChrome,
  isElement,
  ownerDocumentOf,
  type Strategy,
} from './strategy';
import type { SiteAdapter } from './types';
import { vbulletinStrategy } from './vbulletin';
import { wordpressAdapter, wordpressStrategy } from './wordpress';
import { xenforoStrategy } from './xenforo';

/**
 * Comments on sites without a dedicated adapter, recognised through the markup that blog and forum
 * software share: schema.org microdata and JSON-LD, microformats2, and the strategies of the
 * software that has its own adapter too (WordPress, XenForo, phpBB, vBulletin, MyBB, Flarum), for
 * pages where that adapter was not chosen. Strategies are tried in the order of STRATEGIES; when two
 * of them recognise the same comment (a WordPress `li` wrapping a microdata `article`), the earlier
 * wins.
 */

// ---------------------------------------------------------------------------------------------
// Selectors of the shared vocabularies; each software's markup lives in its own file (wordpress.ts,
// xenforo.ts, phpbb.ts, vbulletin.ts, mybb.ts, flarum.ts). In arrays, each selector is tried in
// order and is a compound or compounds joined by spaces, never a comma list (`pick()` relies on
// it); item selectors are comma lists of single compounds, queried one at a time.

const MICRODATA = {
  item: [
    '[itemscope][itemtype*="/Comment"]',
    '[itemscope][itemtype*="/UserComments"]',
    '[itemscope][itemtype*="/DiscussionForumPosting"]',
  ].join(', '),
  /** One of the item's types (itemtype is a space-separated list of URLs). */
  type: /\/(?:Comment|UserComments|DiscussionForumPosting)$/,
  /** A forum posting counts only when it carries a body: topic lists use the type for bare links. */
  posting: /\/DiscussionForumPosting$/,
  author: ['author', 'creator'],
  authorName: ['name'],
  authorHandle: ['alternateName'],
  authorProfile: ['url'],
  text: ['text', 'articleBody', 'commentText'],
  /** Not text, for an item without a text property: nested items (the author) and metadata. */
  notText: '[itemscope], [itemprop~="author"], [itemprop~="creator"], time, meta',
  time: ['dateCreated', 'datePublished', 'commentTime'],
  permalink: ['url'],
};

const MICROFORMATS = {
  item: '.h-entry, .h-cite',
  /** Explicit comment properties of the parent entry. */
  comment: '.p-comment, .u-comment',
  /** A nested entry without a property counts when it sits in the parent's comments area. */
  commentsArea: '[id*="comment" i], [class*="comment" i]',
  /** Top-level posts count in a feed written by several people. */
  feed: '.h-feed',
  post: '.h-entry',
  /** A post's author: `p-author` at most three levels inside its `h-entry`. */
  feedAuthorClass: 'p-author',
  feedAuthorReach: 3,
  root: /^h-/,
  property: /^(?:p|u|dt|e)-/,
  author: ['p-author', 'u-author'],
  authorName: ['p-name'],
  authorHandle: ['p-nickname'],
  authorProfile: ['u-url', 'u-uid'],
  text: ['e-content', 'p-content', 'p-summary'],
  notText: '.h-entry, .h-cite, .h-card, .p-author, .u-author, .dt-published, time',
  time: ['dt-published'],
  permalink: ['u-url', 'u-uid'],
};

const JSON_LD = {
  script: 'script[type="application/ld+json"]',
  types: new Set(['Comment', 'UserComments', 'DiscussionForumPosting']),
  /** Never a single comment, whatever a fragment points at. */
  notAComment: 'html, body, main, [role="main"]',
  text: ['text', 'commentText', 'articleBody'],
  time: ['dateCreated', 'datePublished', 'commentTime'],
};

/**
 * The team's mark on a comment. Neither schema.org nor microformats2 has a property for it; these
 * are the classes forum themes use for it and the demo community's pages carry (`scripts/demo-community/`):
 * a badge with class `staff` among the comment's own elements, outside its text ("Lumen team" beside
 * the name), or `is-staff` on the comment's own box. Replies' badges and quoted posts never count.
 */
const TEAM = {
  badge: '.staff',
  box: '.is-staff',
};

/** Lists of replies: a comment and a reply inside one of these are two comments, never one. */
const REPLY_LIST = 'ol, ul, .children, .replies, .comment-replies';
/**
 * How many levels above a comment element a second strategy's element may sit and still be the same
 * comment (`li.comment > article[itemscope]`); further up it is a thread or a page wrapper.
 */
const TWIN_REACH = 3;

// ---------------------------------------------------------------------------------------------
// Item properties (microdata, microformats): a property belongs to the nearest enclosing item.

type Properties = Map<string, Element[]>;

/**
 * Visits the elements of `scope` that belong to it: nested items are visited themselves (an item
 * can be a property, `author`) but not entered. Stops when `visit` returns true; says whether it did.
 */
function someOwnElement(
  scope: Element,
  isItem: (el: Element) => boolean,
  visit: (el: Element) => boolean,
): boolean {
  let node = scope.firstElementChild;
  while (node) {
    if (visit(node)) return true;
    if (!isItem(node) && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    let next = node.nextElementSibling;
    while (!next) {
      node = node.parentElement;
      if (!node || node === scope) return false;
      next = node.nextElementSibling;
    }
    node = next;
  }
  return false;
}

/**
 * Properties of `scope` in document order, without descending into nested items (whose
 * properties are theirs, not the parent's). A nested item can itself be a property (`author`).
 */
function ownProperties(scope: Element, vocabulary: ItemVocabulary): Properties {
  const properties: Properties = new Map();
  const add = (el: Element) => {
    for (const name of vocabulary.propertiesOf(el)) {
      const list = properties.get(name);
      if (list) list.push(el);
      else properties.set(name, [el]);
    }
  };
  if (scope.querySelector(vocabulary.item)) {
    // A thread or a feed around its comments: only its own elements, never the thousands inside them.
    someOwnElement(scope, vocabulary.isItem, (el) => {
      add(el);
      return false;
    });
    return properties;
  }
  // One native query, far cheaper than walking every element of a plain item.
  for (const el of scope.querySelectorAll(vocabulary.propertySelector)) add(el);
  return properties;
}

function firstProperty(properties: Properties, names: readonly string[]): Element | undefined {
  for (const name of names) {
    const found = properties.get(name)?.[0];
    if (found) return found;
  }
  return undefined;
}

/** The words an item vocabulary uses, and how it marks items and properties. */
interface ItemVocabulary {
  item: string;
  /** Matches every property element (and possibly more: `propertiesOf` has the last word). */
  propertySelector: string;
  isItem(el: Element): boolean;
  propertiesOf(el: Element): readonly string[];
  author: readonly string[];
  authorName: readonly string[];
  authorHandle: readonly string[];
  authorProfile: readonly string[];
  text: readonly string[];
  notText: string;
  time: readonly string[];
  permalink: readonly string[];
}

const classTokens = (el: Element): string[] => (el.getAttribute('class') ?? '').split(/\s+/);

const MICRODATA_VOCABULARY: ItemVocabulary = {
  ...MICRODATA,
  propertySelector: '[itemprop]',
  isItem: (el) => el.hasAttribute('itemscope'),
  propertiesOf: (el) => el.getAttribute('itemprop')?.split(/\s+/) ?? [],
};

const MICROFORMATS_VOCABULARY: ItemVocabulary = {
  ...MICROFORMATS,
  propertySelector: '[class*="p-"], [class*="u-"], [class*="dt-"], [class*="e-"]',
  isItem: (el) => classTokens(el).some((token) => MICROFORMATS.root.test(token)),
  propertiesOf: (el) => classTokens(el).filter((token) => MICROFORMATS.property.test(token)),
};

/**
 * Remembers `compute(el)` until the current task ends. A forum topic's item holds every post of a
 * 10,000-post page and each post asks about its parent: answering once per task, not once per post,
 * keeps `find` linear. Forgotten after the task, since the page may change between tasks.
 */
function perTask<T>(compute: (el: Element) => T): (el: Element) => T {
  let cache: WeakMap<Element, T> | undefined;
  return (el) => {
    if (!cache) {
      cache = new WeakMap();
      queueMicrotask(() => (cache = undefined));
    }
    if (cache.has(el)) return cache.get(el)!;
    const value = compute(el);
    cache.set(el, value);
    return value;
  };
}

const microdataProperties = perTask((el) => ownProperties(el, MICRODATA_VOCABULARY));
const microformatsProperties = perTask((el) => ownProperties(el, MICROFORMATS_VOCABULARY));

const propertiesOf = (el: Element, vocabulary: ItemVocabulary): Properties =>
  vocabulary === MICRODATA_VOCABULARY ? microdataProperties(el) : microformatsProperties(el);

/** A name as the page shows it: the text, or `content` for a `<meta>`. */
function nameValue(el: Element): string {
  return singleLine(el.tagName.toUpperCase() === 'META' ? el.getAttribute('content') : el.textContent);
}

/** A link held by a property (`href`, or `content` of a `<meta>`) or wrapping it, never one from outside the comment. */
function linkOf(el: Element | undefined, comment: Element, pageUrl: URL): string | undefined {
  if (!el) return undefined;
  if (el.hasAttribute('content') && !el.hasAttribute('href'))
    return safeHttpUrl(el.getAttribute('content'), pageUrl);
  const link = el.hasAttribute('href') ? el : el.closest('a[href]');
  return link && comment.contains(link) ? href(link, pageUrl) : undefined;
}

function itemAuthor(
  authorEl: Element | undefined,
  comment: Element,
  pageUrl: URL,
  vocabulary: ItemVocabulary,
): CommentAuthor {
  if (!authorEl) return { name: '' };
  if (!vocabulary.isItem(authorEl)) return author(nameValue(authorEl), linkOf(authorEl, comment, pageUrl));
  const properties = propertiesOf(authorEl, vocabulary);
  const nameEl = firstProperty(properties, vocabulary.authorName);
  const handleEl = firstProperty(properties, vocabulary.authorHandle);
  const result = author(
    nameValue(nameEl ?? authorEl),
    linkOf(firstProperty(properties, vocabulary.authorProfile), comment, pageUrl) ??
      linkOf(nameEl, comment, pageUrl),
  );
  const handle = handleEl ? nameValue(handleEl).replace(/^@/, '') : '';
  if (handle) result.handle = handle;
  return result;
}

/**
 * Whether the comment item `el` (shown in `shownBox`) carries the team's mark in its own markup: not
 * in its text (`textEl`), where a member may paste anything, nor in a nested reply.
 */
function teamMarked(
  el: Element,
  shownBox: Element,
  textEl: Element | undefined,
  vocabulary: ItemVocabulary,
): boolean {
  if (shownBox.matches(TEAM.box)) return true;
  for (const badge of shownBox.querySelectorAll(TEAM.badge)) {
    if (!textEl?.contains(badge) && badge.closest(vocabulary.item) === el) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Strategies

/**
 * A comment described by item properties (microdata or microformats). When the item wraps more
 * than the comment (a forum topic wrapping its opening post and every reply), the comment's box is
 * the smallest element around its text, author and time that holds no other comment.
 */
function itemStrategy(name: string, vocabulary: ItemVocabulary, accept: (el: Element) => boolean): Strategy {
  const box = (el: Element): Element | undefined => {
    // Only an item holding other items (a topic and its replies) needs a box of its own: asking
    // first keeps `find` cheap on the thousands of plain comments of a long thread.
    if (!el.querySelector(vocabulary.item)) return undefined;
    const properties = propertiesOf(el, vocabulary);
    const textEl = firstProperty(properties, vocabulary.text);
    const others = [firstProperty(properties, vocabulary.author), firstProperty(properties, vocabulary.time)];
    for (let node = textEl?.parentElement; node && node !== el; node = node.parentElement) {
      if (others.every((other) => !other || node.contains(other))) {
        return node.querySelector(vocabulary.item) ? undefined : node;
      }
    }
    return undefined;
  };
  return {
    name,
    selector: vocabulary.item,
    accept,
    box,
    read(el, pageUrl) {
      const properties = propertiesOf(el, vocabulary);
      const textEl = firstProperty(properties, vocabulary.text);
      const ownBox = box(el);
      const ownId = ownBox?.getAttribute('id') ?? el.getAttribute('id');
      const text = textEl
        ? cleanText(textEl, `${NOISE_SELECTOR}, ${vocabulary.item}`)
        : cleanText(el, `${NOISE_SELECTOR}, ${vocabulary.notText}`);
      const commentAuthor = itemAuthor(firstProperty(properties, vocabulary.author), el, pageUrl, vocabulary);
      if (commentAuthor.name && teamMarked(el, ownBox ?? el, textEl, vocabulary)) commentAuthor.staff = true;
      return core(
        el,
        {
          author: commentAuthor,
          text,
          time: timeOf(firstProperty(properties, vocabulary.time)),
          permalink:
            linkOf(firstProperty(properties, vocabulary.permalink), el, pageUrl) ?? anchorUrl(ownId, pageUrl),
        },
        ownId,
      );
    },
    placeBar(el) {
      return afterTextOr(firstProperty(propertiesOf(el, vocabulary), vocabulary.text), el);
    },
  };
}

const microdata = itemStrategy('microdata', MICRODATA_VOCABULARY, (el) => {
  const types = (el.getAttribute('itemtype') ?? '').split(/\s+/).filter((type) => MICRODATA.type.test(type));
  if (types.length === 0) return false;
  if (types.some((type) => !MICRODATA.posting.test(type))) return true;
  return hasOwnText(el);
});

const OWN_TEXT = MICRODATA.text.map((name) => `[itemprop~="${name}"]`).join(', ');
const isMicrodataItem = (el: Element) => el.hasAttribute('itemscope');

/**
 * Whether a forum posting carries its own body. Asked of a topic item around every post of the page:
 * its own elements only, up to the first post inside it, since a topic's own body comes before its
 * replies; never the thousands of posts that follow.
 */
const hasOwnText = perTask((item) => {
  let own = false;
  someOwnElement(item, isMicrodataItem, (el) => {
    if (el.matches(MICRODATA.item)) return true;
    own = !isMicrodataItem(el) && el.matches(OWN_TEXT);
    return own;
  });
  return own;
});

/**
 * A feed whose entries come from several people (a social or community feed) holds members' posts;
 * a feed with a single author is a blog's front page, whose teasers are not comments.
 */
const memberFeeds = new WeakMap<Element, boolean>();
/** Authors read to tell a member feed from a blog's front page. */
const FEED_AUTHORS_READ = 40;
const isEntryAuthor = (author: Element): boolean => {
  let node = author.parentElement;
  for (let level = 0; node && level < MICROFORMATS.feedAuthorReach; level++, node = node.parentElement) {
    if (node.matches(MICROFORMATS.post)) return true;
  }
  return false;
};
function isMemberFeed(feed: Element): boolean {
  let known = memberFeeds.get(feed);
  if (known === undefined) {
    let seen = 0;
    const authors = new Set<string>();
    // Read in order and only as far as needed: a query for entry authors would read the whole feed.
    for (const author of feed.getElementsByClassName(MICROFORMATS.feedAuthorClass)) {
      if (!isEntryAuthor(author)) continue;
      authors.add(author.textContent?.trim() ?? '');
      if (authors.size > 1 || ++seen >= FEED_AUTHORS_READ) break;
    }
    known = authors.size > 1;
    memberFeeds.set(feed, known);
  }
  return known;
}

const microformats = itemStrategy('microformats', MICROFORMATS_VOCABULARY, (el) => {
  if (el.matches(MICROFORMATS.comment)) return true;
  const parent = el.parentElement;
  const parentEntry = parent?.closest(MICROFORMATS.item);
  if (!parentEntry) {
    const feed = parent?.closest(MICROFORMATS.feed);
    return feed != null && el.matches(MICROFORMATS.post) && isMemberFeed(feed);
  }
  // An entry that is a property of its parent (the post it replies to, a quoted post) is not a comment.
  if (!parent || !parentEntry || MICROFORMATS_VOCABULARY.propertiesOf(el).length > 0) return false;
  const area = parent.closest(MICROFORMATS.commentsArea);
  return area !== null && parentEntry.contains(area);
});

// JSON-LD -----------------------------------------------------------------------------------------

/** A comment described in JSON-LD; links stay raw until read against the page URL. */
interface LinkedComment {
  authorName: string;
  authorUrl?: string;
  text?: string;
  time?: string;
  url?: string;
  parentKey?: string;
}

/** Bounds on the JSON walked per page: JSON-LD is page data, and pages can be hostile. */
const JSON_LD_MAX_NODES = 50_000;
const JSON_LD_MAX_DEPTH = 32;

/** Comments described in the page's JSON-LD, by the element id their URL's fragment names. */
const jsonLdCache = new WeakMap<Document, Map<string, LinkedComment>>();

function jsonLdIndex(doc: Document): Map<string, LinkedComment> {
  let index = jsonLdCache.get(doc);
  if (!index) {
    index = buildJsonLdIndex(doc);
    jsonLdCache.set(doc, index);
  }
  return index;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstString(object: Json, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

/** `@type` values without their vocabulary prefix (`schema:Comment`, `https://schema.org/Comment`). */
function jsonTypes(object: Json): string[] {
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  return types
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:]/, ''));
}

/** The fragment of a node's `url` or `@id` (or of a bare reference string). */
function fragmentKey(value: unknown): string | undefined {
  const url =
    typeof value === 'string' ? value : isObject(value) ? firstString(value, ['url', '@id']) : undefined;
  return url ? decodeFragment(url) || undefined : undefined;
}

function readLinkedComment(object: Json, parentKey: string | undefined): LinkedComment {
  const authorValue = object.author ?? object.creator;
  const authorNode = Array.isArray(authorValue) ? authorValue[0] : authorValue;
  const entry: LinkedComment = {
    authorName: singleLine(
      typeof authorNode === 'string'
        ? authorNode
        : isObject(authorNode)
          ? firstString(authorNode, ['name', 'alternateName'])
          : '',
    ),
  };
  if (isObject(authorNode) && typeof authorNode.url === 'string') entry.authorUrl = authorNode.url;
  const text = firstString(object, JSON_LD.text);
  if (text) entry.text = normalizeText(text);
  for (const key of JSON_LD.time) {
    const time = typeof object[key] === 'string' ? parseTime(object[key]) : undefined;
    if (time) {
      entry.time = time;
      break;
    }
  }
  const url = firstString(object, ['url', '@id']);
  if (url) entry.url = url;
  const parent = parentKey ?? fragmentKey(object.parentItem);
  if (parent) entry.parentKey = parent;
  return entry;
}

function buildJsonLdIndex(doc: Document): Map<string, LinkedComment> {
  const index = new Map<string, LinkedComment>();
  let budget = JSON_LD_MAX_NODES;
  const visit = (value: unknown, depth: number, inCommentList: boolean, parentKey?: string): void => {
    if (--budget < 0 || depth > JSON_LD_MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, inCommentList, parentKey);
      return;
    }
    if (!isObject(value)) return;
    const isComment = inCommentList || jsonTypes(value).some((type) => JSON_LD.types.has(type));
    const key = isComment ? fragmentKey(value) : undefined;
    if (key && !index.has(key)) index.set(key, readLinkedComment(value, parentKey));
    for (const [field, child] of Object.entries(value)) {
      if (typeof child !== 'object' || child === null) continue;
      // Replies listed under a comment are its children; anything else starts a new thread root.
      if (field === 'comment') visit(child, depth + 1, true, isComment ? key : undefined);
      else visit(child, depth + 1, false);
    }
  };
  for (const script of doc.querySelectorAll(JSON_LD.script)) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0, false);
    } catch {
      // Broken JSON-LD is common on real sites; the rest of the page still counts.
    }
  }
  return index;
}

const jsonLd: Strategy = {
  name: 'json-ld',
  query(root, doc) {
    const index = jsonLdIndex(doc);
    if (index.size === 0) return [];
    if (root === doc) return [...index.keys()].flatMap((key) => doc.getElementById(key) ?? []);
    // An added subtree is small; the page's JSON-LD may list thousands of comments.
    const withIds = [...root.querySelectorAll('[id]')];
    if (isElement(root)) withIds.unshift(root);
    return withIds.filter((el) => index.has(el.getAttribute('id') ?? ''));
  },
  accept(el) {
    const id = el.getAttribute('id');
    return id !== null && jsonLdIndex(el.ownerDocument).has(id) && !el.matches(JSON_LD.notAComment);
  },
  read(el, pageUrl) {
    const linked = jsonLdIndex(el.ownerDocument).get(el.getAttribute('id') ?? '');
    const fallback = markupStrategyFor(el)?.read(el, pageUrl);
    return core(el, {
      author: linked?.authorName
        ? author(linked.authorName, safeHttpUrl(linked.authorUrl, pageUrl))
        : (fallback?.author ?? { name: '' }),
      text: linked?.text ?? fallback?.text ?? cleanText(el),
      time: linked?.time ?? fallback?.time,
      permalink:
        safeHttpUrl(linked?.url, pageUrl) ?? fallback?.permalink ?? anchorUrl(el.getAttribute('id'), pageUrl),
    });
  },
  placeBar(el) {
    return markupStrategyFor(el)?.placeBar(el) ?? { node: el, position: 'beforeend' };
  },
  thread(el) {
    const index = jsonLdIndex(el.ownerDocument);
    const parentId = index.get(el.getAttribute('id') ?? '')?.parentKey;
    if (!parentId) return { depth: 0 };
    const seen = new Set<string>();
    let depth = 0;
    for (let key: string | undefined = parentId; key && !seen.has(key); key = index.get(key)?.parentKey) {
      seen.add(key);
      depth++;
    }
    return { depth, parentId };
  },
};

// ---------------------------------------------------------------------------------------------
// Recognition, twins and threads

/** In priority order: when two strategies see the same comment, the earlier one reads it. */
const STRATEGIES: readonly Strategy[] = [
  microdata,
  microformats,
  jsonLd,
  wordpressStrategy,
  xenforoStrategy,
  phpbb3Strategy,
  vbulletinStrategy,
  mybbStrategy,
  phpbb2Strategy,
  // Added last, after the others' order was settled: `article.CommentPost` inside a
  // `.PostStream-item[data-id]` belongs to Flarum alone.
  flarumStrategy,
];
const JSON_LD_RANK = STRATEGIES.indexOf(jsonLd);
/** Every selector-based strategy at once, for one native query or `closest` call. */
const CANDIDATES = STRATEGIES.flatMap((strategy) => strategy.selector ?? []).join(', ');

interface Ranked {
  el: Element;
  rank: number;
}

/** Index in STRATEGIES of the strategy that reads `el`, or -1 when it is not a comment. */
function rankOf(el: Element): number {
  const selectorMatch = el.matches(CANDIDATES);
  const rank = STRATEGIES.findIndex(
    (strategy) =>
      (strategy.selector ? selectorMatch && el.matches(strategy.selector) : true) && strategy.accept(el),
  );
  return rank >= 0 && !inPageChrome(el) ? rank : -1;
}

/** The markup strategy behind a JSON-LD target, whose data fills what the JSON-LD lacks. */
function markupStrategyFor(el: Element): Strategy | undefined {
  return STRATEGIES.slice(JSON_LD_RANK + 1).find(
    (strategy) => (!strategy.selector || el.matches(strategy.selector)) && strategy.accept(el),
  );
}

/** A second strategy's element wrapping `el` closely, with no reply list between: the same comment. */
function twinAbove(el: Element, rank: number): Ranked | undefined {
  // Beside comments of its own kind, `el` is one of a list: whatever wraps it wraps several.
  const strategy = STRATEGIES[rank]!;
  const sameKind = (sibling: Element | null) =>
    sibling !== null &&
    strategy.selector !== undefined &&
    sibling.matches(strategy.selector) &&
    strategy.accept(sibling);
  if (sameKind(el.previousElementSibling) || sameKind(el.nextElementSibling)) return undefined;
  let node = el.parentElement;
  for (let level = 0; node && level < TWIN_REACH; level++, node = node.parentElement) {
    if (node.matches(REPLY_LIST)) return undefined;
    const outerRank = rankOf(node);
    if (outerRank >= 0) return outerRank === rank ? undefined : { el: node, rank: outerRank };
  }
  return undefined;
}

/** The same, looking down: the first comment element inside `el`, if it sits close enough. */
function twinBelow(el: Element, rank: number): Ranked | undefined {
  const inner = el.querySelector(CANDIDATES);
  if (!inner) return undefined;
  let level = 0;
  for (let node = inner.parentElement; node && node !== el; node = node.parentElement) {
    if (++level >= TWIN_REACH || node.matches(REPLY_LIST)) return undefined;
  }
  const innerRank = rankOf(inner);
  return innerRank >= 0 && innerRank !== rank ? { el: inner, rank: innerRank } : undefined;
}

function twinsAbove(el: Element, rank: number): Ranked[] {
  const chain: Ranked[] = [];
  for (let outer = twinAbove(el, rank); outer; outer = twinAbove(outer.el, outer.rank)) chain.push(outer);
  return chain;
}

/** Every element that stands for the same comment as `el`, outermost last among those above. */
function twinGroup(el: Element, rank: number): Ranked[] {
  const group: Ranked[] = [{ el, rank }, ...twinsAbove(el, rank)];
  for (let inner = twinBelow(el, rank); inner; inner = twinBelow(inner.el, inner.rank)) group.push(inner);
  return group;
}

const bestOf = (group: Ranked[]): Ranked =>
  group.reduce((best, item) => (item.rank < best.rank ? item : best));
const outermostOf = (group: Ranked[]): Element =>
  group.reduce((outer, item) => (item.el.contains(outer) ? item.el : outer), group[0]!.el);

/** The comment element behind an element `find` returned: itself, or the item whose box it is. */
function resolve(el: Element): Ranked | undefined {
  const rank = rankOf(el);
  if (rank >= 0) return { el, rank };
  const owner = parentCommentOf(el);
  return owner && STRATEGIES[owner.rank]!.box?.(owner.el) === el ? owner : undefined;
}

/** What `find` hands out for a comment element: its box when it has one. */
function shown(el: Element, rank: number): Element {
  return STRATEGIES[rank]!.box?.(el) ?? el;
}

function parentCommentOf(el: Element): Ranked | undefined {
  for (
    let node = el.parentElement?.closest(CANDIDATES);
    node;
    node = node.parentElement?.closest(CANDIDATES)
  ) {
    const rank = rankOf(node);
    if (rank >= 0) return { el: node, rank };
  }
  return undefined;
}

/** Depth and parent from the nesting of comment elements, each twin group counting once. */
function domThread(el: Element, rank: number, pageUrl: URL): Pick<Comment, 'depth' | 'parentId'> {
  let current = outermostOf([{ el, rank }, ...twinsAbove(el, rank)]);
  let depth = 0;
  let parentId: string | undefined;
  for (let parent = parentCommentOf(current); parent; parent = parentCommentOf(current)) {
    const group = twinGroup(parent.el, parent.rank);
    if (depth === 0) {
      const best = bestOf(group);
      parentId = STRATEGIES[best.rank]!.read(best.el, pageUrl).id;
    }
    depth++;
    current = outermostOf(group);
  }
  return parentId ? { depth, parentId } : { depth };
}

/** Elements handled between two pauses of `findSteps`: well under a millisecond on a long page. */
const STEP_ELEMENTS = 500;

/** New JSON-LD (an infinite scroll appending its data) may describe new comments. */
function forgetStaleJsonLd(root: ParentNode, doc: Document): void {
  if ((isElement(root) && root.matches(JSON_LD.script)) || root.querySelector(JSON_LD.script)) {
    jsonLdCache.delete(doc);
  }
}

/** Twin chains (`twinsAbove`) keep the element of the best strategy and drop the others. */
function twinsToDrop(ranked: Iterable<Ranked>, dropped: Set<Element>): void {
  for (const { el, rank } of ranked) {
    const chain = [{ el, rank }, ...twinsAbove(el, rank)];
    if (chain.length < 2) continue;
    const best = bestOf(chain);
    for (const item of chain) if (item !== best) dropped.add(item.el);
  }
}

/**
 * Comment elements under `root`, one per comment whichever strategies see it (`candidatesOf`), in
 * steps: it yields after each query and every STEP_ELEMENTS elements.
 */
function* findSteps(root: ParentNode): Generator<void, Element[], void> {
  const doc = ownerDocumentOf(root);
  forgetStaleJsonLd(root, doc);
  const ranks = new Map<Element, number>();
  const chrome = new Map<Element, boolean>();
  const lists: Element[][] = [];
  const strategiesFound = new Set<number>();
  let unordered = false;
  for (const [rank, strategy] of STRATEGIES.entries()) {
    for (const candidates of candidatesOf(strategy, root, doc)) {
      yield;
      const list: Element[] = [];
      let handled = 0;
      for (const el of candidates) {
        if (++handled % STEP_ELEMENTS === 0) yield;
        if (ranks.has(el) || !strategy.accept(el) || inPageChrome(el, chrome)) continue;
        ranks.set(el, rank);
        list.push(el);
      }
      if (list.length === 0) continue;
      lists.push(list);
      strategiesFound.add(rank);
      // JSON-LD lists comments in its own order; the page's order is the one that counts.
      if (strategy === jsonLd) unordered = true;
    }
  }
  if (lists.length === 0) return [];
  yield;
  const ordered = unordered ? inDocumentOrder(lists.flat()) : mergeInDocumentOrder(lists);

  // Twins need two strategies, unless the other one sits outside a partial root.
  const dropped = new Set<Element>();
  if (strategiesFound.size > 1 || root !== doc) {
    const all = [...ranks].map(([el, rank]) => ({ el, rank }));
    for (let start = 0; start < all.length; start += STEP_ELEMENTS) {
      yield;
      twinsToDrop(all.slice(start, start + STEP_ELEMENTS), dropped);
    }
  }
  const comments: Element[] = [];
  for (const el of ordered) {
    if (dropped.has(el)) continue;
    comments.push(shown(el, ranks.get(el)!));
    if (comments.length % STEP_ELEMENTS === 0) yield;
  }
  // Steps run in several tasks: the page may have removed some of these in between.
  return comments.filter((el) => el.isConnected);
}

const find = (root: ParentNode): Element[] => allAtOnce(findSteps(root));

/** The element after `el` in document order, within `scope`. */
function nextInScope(el: Element, scope: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * The first `count` comments of `find(doc)`, from a walk over the start of the page: it stops at
 * the first comment element past `count` outermost ones, whose twins and replies all lie before it.
 */
function findFirst(doc: Document, count: number): Element[] {
  // The whole document, as `find(doc)` reads it: a broken page can leave comments outside <body>.
  const scope = doc.documentElement;
  if (!scope || count <= 0) return [];
  jsonLdCache.delete(doc);
  const ranked: Ranked[] = [];
  let outermost: Element | undefined;
  let outermostCount = 0;
  for (let el: Element | null = scope; el; el = nextInScope(el, scope)) {
    const rank = rankOf(el);
    if (rank < 0 || (rank === JSON_LD_RANK && doc.getElementById(el.id) !== el)) continue;
    if (!outermost?.contains(el)) {
      if (++outermostCount > count) break;
      outermost = el;
    }
    ranked.push({ el, rank });
  }
  const dropped = new Set<Element>();
  if (new Set(ranked.map((item) => item.rank)).size > 1) twinsToDrop(ranked, dropped);
  return ranked
    .filter((item) => !dropped.has(item.el))
    .slice(0, count)
    .map((item) => shown(item.el, item.rank));
}

/** `find`, plus the root itself when it is the box of a comment around it (a re-rendered box). */
function findWithBox(root: ParentNode): Element[] {
  const comments = find(root);
  if (!isElement(root) || comments[0] === root) return comments;
  const owner = resolve(root);
  return owner && owner.el !== root ? [root, ...comments] : comments;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  label: 'Generic comments',
  matches: [],
  fixtures: [
    'test/fixtures/generic/microdata.html',
    'test/fixtures/generic/forum-microdata-thread.html',
    'test/fixtures/generic/json-ld.html',
    'test/fixtures/generic/microformats.html',
    'test/fixtures/generic/wordpress-html5.html',
    'test/fixtures/generic/wordpress-classic.html',
    'test/fixtures/generic/wordpress-microdata-twins.html',
    'test/fixtures/generic/forum-xenforo.html',
    'test/fixtures/generic/forum-phpbb3.html',
    'test/fixtures/generic/forum-phpbb2.html',
    'test/fixtures/generic/forum-vbulletin.html',
    'test/fixtures/generic/forum-mybb.html',
    'test/fixtures/generic/no-comments.html',
    'test/fixtures/generic/hostile.html',
    'test/fixtures/flarum/discussion-2025.html',
    'fixtures/real-pages/wordpress/netzpolitik-2016-wp-html5-comments.html',
    'fixtures/real-pages/xenforo/katzen-forum-xf2-thread.html',
    'fixtures/real-pages/phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
    'fixtures/real-pages/discourse/meta-discourse-2.4-crawler-view-onebox.html',
  ],
  detect(doc) {
    return find(doc).length > 0;
  },
  find: findWithBox,
  gradual: { first: findFirst, all: findSteps },
  extract(el, pageUrl) {
    const found = resolve(el);
    if (!found) return null;
    const strategy = STRATEGIES[found.rank]!;
    const comment = strategy.read(found.el, pageUrl);
    if (!comment.text && !comment.author.name) return null;
    if (strategy.flat) return comment;
    const thread = strategy.thread
      ? strategy.thread(found.el, pageUrl)
      : domThread(found.el, found.rank, pageUrl);
    return { ...comment, ...thread };
  },
  placeBar(el) {
    const found = resolve(el);
    return found ? STRATEGIES[found.rank]!.placeBar(found.el) : { node: el, position: 'beforeend' };
  },
  native: {
    // WordPress moves its one comment form under the comment whose reply link was pressed.
    reply: 'a.comment-reply-link',
    editor: wordpressAdapter.native.editor,
    missing: {
      like: 'pages without a dedicated adapter have no known like control',
      remove: 'pages without a dedicated adapter have no known remove control',
      report: 'pages without a dedicated adapter have no known report control',
    },
  },
};
