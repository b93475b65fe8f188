import type { Comment } from '../comment';

/** Where the ladder bar goes, relative to an element of the comment. */
export interface BarPlacement {
  node: Element;
  position: InsertPosition;
}

/**
 * One site's knowledge. Adapters are plain typed objects (tests import them directly) listed in
 * `registry.ts`; selectors stay in one place per file so a markup change is a one-line fix.
 */
export interface SiteAdapter {
  /** Stable id, recorded as `platform` in the log. */
  id: string;
  label: string;
  /** Match patterns the content script is declared for; empty for adapters that run anywhere. */
  matches: string[];
  /** Real or hand-made pages this adapter is tested against (paths relative to the repo or to ../shared). */
  fixtures: string[];
  /** Whether this adapter applies to a page (URL shape plus page markers). */
  detect(doc: Document, url: URL): boolean;
  /** Comment elements under `root` (root itself included when it is one), in document order. */
  find(root: ParentNode): Element[];
  /** Normalized comment for an element returned by `find`, or null when it is not a real comment. */
  extract(el: Element, pageUrl: URL): Comment | null;
  /** Where the bar goes for that comment. */
  placeBar(el: Element): BarPlacement;
}
