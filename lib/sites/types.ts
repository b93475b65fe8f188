import type { Comment } from '../comment';

/** Where the ladder bar goes, relative to an element of the comment. */
export interface BarPlacement {
  node: Element;
  position: InsertPosition;
}

/**
 * A control of the site for one comment: a selector queried inside the comment element (the
 * element itself included), or a function for controls that live elsewhere (a sibling row, a menu).
 */
export type ControlLocator = string | ((comment: Element) => Element | null);

/** The ladder steps a site's own controls can carry out. */
export type NativeStep = 'like' | 'reply' | 'remove' | 'report';

/**
 * How an adapter carries out the ladder with the site's own controls. A step without a locator is
 * one the site cannot do (say why in `missing`); a locator that finds nothing on a given comment
 * means the control is not offered to this user there (logged out, not a moderator).
 */
export interface NativeControls {
  /** The like / upvote / heart / +1 of this comment: never a downvote. */
  like?: ControlLocator;
  /** Whether the like control already shows as pressed, so pressing it again would undo it. */
  liked?: (control: Element) => boolean;
  /** What opens the site's reply box under this comment. */
  reply?: ControlLocator;
  /** The reply editor once `reply` was pressed: a textarea, an input or a contenteditable. */
  editor?: ControlLocator;
  /** Remove / delete / hide, offered only to moderators or the comment's author. */
  remove?: ControlLocator;
  /** Report / flag. */
  report?: ControlLocator;
  /**
   * What to press first when a step's control only exists once a menu or picker is open (GitHub's
   * reaction picker and "…" menu): pressed when the step's own locator finds nothing.
   */
  openers?: Partial<Record<NativeStep, ControlLocator>>;
  /** Why the site cannot do a step at all, in a few words (recorded in the log). */
  missing?: Partial<Record<NativeStep, string>>;
}

/**
 * One site's knowledge. Adapters are plain typed objects (tests import them directly) listed in
 * `registry.ts`; selectors stay in one place per file so a markup change is a one-line fix.
 */
export interface SiteAdapter {
  /** Stable id, recorded as `platform` in the log. */
  id: string;
  label: string;
  /**
   * Match patterns the content script is declared for. Empty for software that runs on any domain
   * (WordPress, forums): such adapters are chosen by `detect` on pages the user enabled.
   */
  matches: string[];
  /** Real or hand-made pages this adapter is tested against (paths relative to the repo or to ../shared). */
  fixtures: string[];
  /** Whether this adapter applies to a page (URL shape plus page markers). */
  detect(doc: Document, url: URL): boolean;
  /** Comment elements under `root` (root itself included when it is one), in document order. */
  find(root: ParentNode): Element[];
  /**
   * For adapters whose whole-page `find` takes long on a big page: the same answer in parts, so that
   * opening a 10,000-comment page never blocks it for long. `first` gives the first `count` comments
   * of `find(doc)` from the start of the page alone; `all` gives all of `find(doc)` and yields
   * between steps of bounded work, so its caller can pause between them.
   */
  gradual?: {
    first(doc: Document, count: number): Element[];
    all(doc: Document): Generator<void, Element[], void>;
  };
  /** Normalized comment for an element returned by `find`, or null when it is not a real comment. */
  extract(el: Element, pageUrl: URL): Comment | null;
  /** Where the bar goes for that comment. */
  placeBar(el: Element): BarPlacement;
  /** The site's own controls for the ladder. */
  native: NativeControls;
  /** The comments live in a frame of their own (Disqus); other adapters work on the top page only. */
  inFrame?: boolean;
  /**
   * For reading a saved page outside a browser (`npm run extract`): what the site's own scripts do
   * to the page after load before any comment is in the DOM. Never runs in the extension.
   */
  prepareSavedPage?(doc: Document): void;
}
