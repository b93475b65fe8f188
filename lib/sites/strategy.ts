import { safeHttpUrl, type Comment, type CommentAuthor } from '../comment';
import { cleanText, singleLine, stableId, timeOf } from './dom';
import type { BarPlacement, ControlLocator, SiteAdapter } from './types';

/**
 * What the generic adapter and the adapters of self-hosted software (WordPress, forums, Flarum) share:
 * the `Strategy` that recognises one kind of comment markup, the forum dialect table, small selector
 * helpers, and `strategyAdapter()`, which builds `find`/`extract`/`placeBar` from a few strategies that
 * never see the same comment (the generic adapter, whose strategies overlap, resolves twins itself).
 */

// ---------------------------------------------------------------------------------------------
// Selectors shared by every strategy

/**
 * Navigation, sidebars and widgets ("recent comments"): never comments, whatever their markup.
 * Headers and footers count only outside the content (a comment has its own `<footer>`).
 */
const PAGE_CHROME = [
  'nav',
  'aside',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '.widget',
  '.sidebar',
  '#sidebar',
  '#recentcomments',
  '.recentcomments',
].join(', ');
const PAGE_LANDMARK = 'header, footer';
const CONTENT = 'article, main, [role="main"]';

// ---------------------------------------------------------------------------------------------
// Types

export type CommentCore = Omit<Comment, 'depth' | 'parentId'>;

/** One kind of comment markup: how to find, accept, read and place a bar on its comments. */
export interface Strategy {
  readonly name: string;
  /** For `find` and ancestor look-ups; the JSON-LD and phpBB 2 strategies have `query` instead. */
  readonly selector?: string;
  /** Candidate elements under `root` (root included), for strategies without a selector. */
  query?(root: ParentNode, doc: Document): Element[];
  /** Flat forums: posts never nest, so no depth. */
  readonly flat?: boolean;
  accept(el: Element): boolean;
  read(el: Element, pageUrl: URL): CommentCore;
  placeBar(el: Element): BarPlacement;
  /** The element that shows this comment and nothing else, when it is not the comment element itself. */
  box?(el: Element): Element | undefined;
  /** Thread position when the strategy knows it better than the DOM nesting does. */
  thread?(el: Element, pageUrl: URL): Pick<Comment, 'depth' | 'parentId'>;
}

/**
 * A classic forum's post block. In arrays, each selector is tried in order and is a compound or
 * compounds joined by spaces, never a comma list (`pick()` relies on it).
 */
export interface ForumDialect {
  /** The repeated post block. */
  post: string;
  /** The message itself; a post block without one is not a post. */
  body: readonly string[];
  /** Attribute of the post block holding the author's name, preferred to `author`. */
  authorAttribute?: string;
  author: readonly string[];
  profile: readonly string[];
  time: readonly string[];
  permalink: readonly string[];
  /** Container whose end receives the bar. */
  bar: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const ELEMENT_NODE = 1;

export function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === ELEMENT_NODE;
}

export function ownerDocumentOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

export function within(root: ParentNode, el: Element): boolean {
  return root === el || (root as Node).contains(el);
}

/**
 * `scope.querySelector(selector)` without Chromium's slow path: a scoped query whose selector has a
 * class in an ancestor compound (`.message-body .bbWrapper`) walks the whole document, about 0.1 ms
 * per call on a 10,000-post page. Querying the last compound and checking the rest with `matches`
 * stays within the scope.
 */
export function queryFirst(scope: Element, selector: string): Element | null {
  const space = selector.lastIndexOf(' ');
  if (space < 0) return scope.querySelector(selector);
  const last = selector.slice(space + 1);
  const first = scope.querySelector(last);
  if (!first || first.matches(selector)) return first;
  for (const el of scope.querySelectorAll(last)) if (el.matches(selector)) return el;
  return null;
}

/** The first element matching the selectors, tried in priority order (not document order). */
export function pick(
  scope: Element,
  selectors: readonly string[],
  owned?: (el: Element) => boolean,
): Element | null {
  for (const selector of selectors) {
    const found = queryFirst(scope, selector);
    if (found && (!owned || owned(found))) return found;
  }
  return null;
}

/** A native-control locator trying selectors in priority order inside the comment (itself included). */
export function firstOf(selectors: readonly string[]): ControlLocator {
  return (comment) => {
    for (const selector of selectors) {
      if (comment.matches(selector)) return comment;
      const found = queryFirst(comment, selector);
      if (found) return found;
    }
    return null;
  };
}

/** Elements few enough on any page to be checked one by one, reached through the tag index. */
const HEAD_TAGS = new Set(['meta', 'link', 'script', 'form']);
const HEAD_TAG_QUERY = [...HEAD_TAGS].join(', ');

/** The page's `meta`, `link`, `script` and `form` elements by tag, while `detectingOn` runs. */
let headTagIndex: { doc: Document; byTag: Map<string, Element[]> } | undefined;

/**
 * Runs the detectors of a page with its `meta`, `link`, `script` and `form` elements gathered in one pass
 * for all of them: a pass per tag and detector cost ~3 ms each on a long page. Detectors only read
 * the page, so the index stays true while they run.
 */
export function detectingOn<T>(doc: Document, detect: () => T): T {
  const byTag = new Map<string, Element[]>();
  for (const el of doc.querySelectorAll(HEAD_TAG_QUERY)) {
    const list = byTag.get(el.localName);
    if (list) list.push(el);
    else byTag.set(el.localName, [el]);
  }
  headTagIndex = { doc, byTag };
  try {
    return detect();
  } finally {
    headTagIndex = undefined;
  }
}

function headTagElements(doc: Document, tag: string): Iterable<Element> {
  return headTagIndex?.doc === doc ? (headTagIndex.byTag.get(tag) ?? []) : doc.getElementsByTagName(tag);
}

/**
 * Whether the page carries one of the markers, each looked up the cheapest way: `meta`, `link`,
 * `script` and `form` markers among those few elements, `html` and `body` markers on those two, `#id`
 * markers through the id index, and only the rest by a query over the document. On a page without
 * any marker (the usual answer, once per page for every self-hosted adapter) a comma list would
 * walk the whole document once per adapter: 15–70 ms each on a thread of 10,000 comments.
 */
export function hasMarker(doc: Document, markers: readonly string[]): boolean {
  const walks: string[] = [];
  for (const marker of markers) {
    const tag = /^[a-z]+/.exec(marker)?.[0];
    if (tag && HEAD_TAGS.has(tag)) {
      for (const el of headTagElements(doc, tag)) if (el.matches(marker)) return true;
    } else if (tag === 'html' || tag === 'body') {
      const el = tag === 'html' ? doc.documentElement : doc.body;
      if (el?.matches(marker.split(/\s/, 1)[0]!) && (!/\s/.test(marker) || doc.querySelector(marker)))
        return true;
    } else {
      const [, first, id, rest] = /^([a-z]*#([\w-]+)\S*)(?:\s+(.*))?$/.exec(marker) ?? [];
      if (id) {
        const el = doc.getElementById(id);
        // "#id descendant": asked of that element only, never of the whole page.
        if (
          el?.matches(first!) &&
          (rest === undefined || (/^[>~+]/.test(rest) ? doc.querySelector(marker) : el.querySelector(rest)))
        )
          return true;
      } else walks.push(marker);
    }
  }
  return walks.some((marker) => doc.querySelector(marker) !== null);
}

export function href(el: Element | null, pageUrl: URL): string | undefined {
  return safeHttpUrl(el?.getAttribute('href'), pageUrl);
}

/** The page's own link to an element with an id. */
export function anchorUrl(id: string | null | undefined, pageUrl: URL): string | undefined {
  return id ? safeHttpUrl(`#${encodeURIComponent(id)}`, pageUrl) : undefined;
}

/** `staff` only when the page marks the author as the team: never `staff: false` or `undefined`. */
export function author(name: string, profileUrl?: string, staff = false): CommentAuthor {
  const result: CommentAuthor = profileUrl ? { name, profileUrl } : { name };
  if (staff) result.staff = true;
  return result;
}

export function core(el: Element, fields: Omit<CommentCore, 'id'>, siteId?: string | null): CommentCore {
  const comment: CommentCore = {
    id: stableId(el, { siteId, permalink: fields.permalink, author: fields.author.name, text: fields.text }),
    author: fields.author,
    text: fields.text,
  };
  if (fields.time) comment.time = fields.time;
  if (fields.permalink) comment.permalink = fields.permalink;
  return comment;
}

export function afterTextOr(textEl: Element | undefined | null, el: Element): BarPlacement {
  return textEl ? { node: textEl, position: 'afterend' } : { node: el, position: 'beforeend' };
}

/** Whether `el` sits in navigation, a sidebar or the page's header or footer. */
export function inPageChrome(el: Element, memo?: Map<Element, boolean>): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  // Siblings share the answer: one look-up per list of comments instead of one per comment.
  const known = memo?.get(parent);
  if (known !== undefined) return known;
  const landmark = parent.closest(PAGE_LANDMARK);
  const chrome =
    parent.closest(PAGE_CHROME) !== null || (landmark !== null && landmark.closest(CONTENT) === null);
  memo?.set(parent, chrome);
  return chrome;
}

/** Runs steps made to be paused between (`SiteAdapter.gradual.all`) without pausing. */
export function allAtOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Document order for elements gathered by different queries. */
export function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
}

function ancestry(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) chain.push(node);
  return chain.reverse();
}

/**
 * Whether `a` comes before `b` in document order. Written out because linkedom's
 * compareDocumentPosition gets cousins wrong; it steps both ways from `a` among the siblings where
 * the two branches part, so neighbours (what a merge compares) cost a step or two.
 */
export function precedes(a: Element, b: Element): boolean {
  if (a.contains(b)) return true;
  if (b.contains(a)) return false;
  const chainA = ancestry(a);
  const chainB = ancestry(b);
  let depth = 0;
  while (chainA[depth] === chainB[depth]) depth++;
  const branchB = chainB[depth];
  let forward = chainA[depth]?.nextElementSibling;
  let backward = chainA[depth]?.previousElementSibling;
  while (forward || backward) {
    if (forward === branchB) return true;
    if (backward === branchB) return false;
    forward = forward?.nextElementSibling;
    backward = backward?.previousElementSibling;
  }
  return false;
}

/**
 * Lists that are each in document order (one query each), merged into one: a comparison per
 * element rather than a sort or a map of the whole document.
 */
export function mergeInDocumentOrder(lists: readonly Element[][]): Element[] {
  let merged: Element[] = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    const next: Element[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length && j < list.length) {
      if (precedes(merged[i]!, list[j]!)) next.push(merged[i++]!);
      else next.push(list[j++]!);
    }
    merged = next.concat(merged.slice(i), list.slice(j));
  }
  return merged;
}

/**
 * Candidate lists of a strategy, one per query, each in document order. One query per selector
 * rather than one for all: Chromium has a fast path for a single selector, while a list is matched
 * against every element in turn (measured on 10,000 comments: 0.5 to 5 ms per single selector,
 * 90 ms for the whole list).
 */
export function* candidatesOf(
  strategy: Strategy,
  root: ParentNode,
  doc: Document,
): Generator<Iterable<Element>, void, void> {
  if (strategy.query) {
    yield strategy.query(root, doc);
    return;
  }
  // One query at a time, as the caller asks for it: a caller working in steps pauses between them.
  for (const selector of (strategy.selector ?? '').split(/\s*,\s*/)) {
    if (!selector) continue;
    const found = root.querySelectorAll(selector);
    yield isElement(root) && root.matches(selector) ? [root, ...found] : found;
  }
}

// ---------------------------------------------------------------------------------------------
// Forums

/** A classic forum's post blocks, read through its dialect table. */
export function forumStrategy(name: string, dialect: ForumDialect): Strategy {
  return {
    name,
    selector: dialect.post,
    flat: true,
    accept(el) {
      return pick(el, dialect.body) !== null;
    },
    read(el, pageUrl) {
      const body = pick(el, dialect.body);
      const named = dialect.authorAttribute ? singleLine(el.getAttribute(dialect.authorAttribute)) : '';
      return core(el, {
        author: author(
          named || singleLine(pick(el, dialect.author)?.textContent),
          href(pick(el, dialect.profile), pageUrl),
        ),
        text: body ? cleanText(body) : '',
        time: timeOf(pick(el, dialect.time)),
        permalink: href(pick(el, dialect.permalink), pageUrl) ?? anchorUrl(el.getAttribute('id'), pageUrl),
      });
    },
    placeBar(el) {
      const container = pick(el, dialect.bar);
      return container ? { node: container, position: 'beforeend' } : afterTextOr(pick(el, dialect.body), el);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Dedicated adapters built from strategies

interface Found {
  el: Element;
  strategy: Strategy;
}

/**
 * `find`, `extract` and `placeBar` for an adapter whose strategies never recognise the same comment
 * (phpBB 3's `div.post` and phpBB 2's table rows), so a comment element is read by the first strategy
 * that accepts it and no twin resolution is needed. Threads come from the nesting of comment
 * elements, as in the generic adapter.
 */
export function strategyAdapter(
  strategies: readonly Strategy[],
): Pick<SiteAdapter, 'find' | 'extract' | 'placeBar'> {
  /** Every selector-based strategy at once, for one `closest` call. */
  const candidates = strategies.flatMap((strategy) => strategy.selector ?? []).join(', ');

  const strategyOf = (el: Element): Strategy | undefined => {
    if (inPageChrome(el)) return undefined;
    return strategies.find(
      (strategy) => (!strategy.selector || el.matches(strategy.selector)) && strategy.accept(el),
    );
  };

  const parentCommentOf = (el: Element): Found | undefined => {
    if (!candidates) return undefined;
    for (
      let node = el.parentElement?.closest(candidates);
      node;
      node = node.parentElement?.closest(candidates)
    ) {
      const strategy = strategyOf(node);
      if (strategy) return { el: node, strategy };
    }
    return undefined;
  };

  /** The comment behind an element `find` returned: itself, or the comment whose box it is. */
  const resolve = (el: Element): Found | undefined => {
    const strategy = strategyOf(el);
    if (strategy) return { el, strategy };
    const owner = parentCommentOf(el);
    return owner && owner.strategy.box?.(owner.el) === el ? owner : undefined;
  };

  const thread = (found: Found, pageUrl: URL): Pick<Comment, 'depth' | 'parentId'> => {
    if (found.strategy.thread) return found.strategy.thread(found.el, pageUrl);
    const parent = parentCommentOf(found.el);
    let depth = 0;
    for (let ancestor = parent; ancestor; ancestor = parentCommentOf(ancestor.el)) depth++;
    return parent ? { depth, parentId: parent.strategy.read(parent.el, pageUrl).id } : { depth };
  };

  return {
    find(root) {
      const doc = ownerDocumentOf(root);
      const chrome = new Map<Element, boolean>();
      const lists: Element[][] = [];
      const strategyByElement = new Map<Element, Strategy>();
      for (const strategy of strategies) {
        for (const found of candidatesOf(strategy, root, doc)) {
          const list: Element[] = [];
          for (const el of found) {
            if (strategyByElement.has(el) || !strategy.accept(el) || inPageChrome(el, chrome)) continue;
            strategyByElement.set(el, strategy);
            list.push(el);
          }
          if (list.length > 0) lists.push(list);
        }
      }
      const ordered = mergeInDocumentOrder(lists);
      const comments = ordered.map((el) => strategyByElement.get(el)?.box?.(el) ?? el);
      // A comment box the page re-rendered in place is found again.
      if (isElement(root) && comments[0] !== root) {
        const owner = resolve(root);
        if (owner && owner.el !== root) return [root, ...comments];
      }
      return comments;
    },
    extract(el, pageUrl) {
      const found = resolve(el);
      if (!found) return null;
      const comment = found.strategy.read(found.el, pageUrl);
      if (!comment.text && !comment.author.name) return null;
      return found.strategy.flat ? comment : { ...comment, ...thread(found, pageUrl) };
    },
    placeBar(el) {
      const found = resolve(el);
      return found ? found.strategy.placeBar(found.el) : { node: el, position: 'beforeend' };
    },
  };
}
