import { firstOf, forumStrategy, hasMarker, pick, strategyAdapter, type ForumDialect } from './strategy';
import type { SiteAdapter } from './types';

/**
 * vBulletin 4 threads (`li.postbitlegacy` / `li.postbit` with `blockquote.postcontent`). Self-hosted,
 * so no match patterns: chosen by `detect` on pages the user enabled. vBulletin 3's table layout and
 * vBulletin 5's `li.b-post` are not read.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list.

const SELECTORS = {
  post: {
    post: 'li.postbitlegacy, li.postbit',
    body: ['blockquote.postcontent'],
    author: ['.username strong', '.username'],
    profile: ['a.username[href]'],
    time: ['.posthead .date', '.postdate'],
    permalink: ['a.postcounter[href]'],
    bar: ['.postbody'],
  } satisfies ForumDialect,
  /**
   * vBulletin 4's root id and meta tags, vBulletin 3's stylesheet id, and the `clientscript` folder
   * every version loads its scripts from.
   */
  detect: [
    'html#vbulletin_html',
    'meta[name="generator"][content^="vBulletin"]',
    'meta[name="vb_meta_bburl"]',
    '#vbulletin_css',
    'script[src*="clientscript/vbulletin"]',
  ],
  native: {
    /**
     * No like in vBulletin 4 core: the widespread "Post Thank You Hack" add-on's button. Reputation
     * rates the member (with a choice of + or -), not the post, so it is not a like.
     */
    like: ['a.post_thanks_button', 'a[id^="post_thanks_button_"]'],
    /** "Reply With Quote" (quick reply with quote when enabled), then the plain quick-reply link. */
    reply: ['a.newreply', 'a.quickreply', 'a[href*="newreply.php"][href*="p="]'],
    /** The quick reply's textarea (3.x plain editor, 4.x CKEditor source), then the full editor's. */
    editor: [
      '#quick_reply textarea[name="message"]',
      'textarea#vB_Editor_QR_textarea',
      'textarea[name="message"]',
    ],
    report: ['a.report[href*="report.php"]', 'a[href*="report.php"]'],
    /**
     * A delete link where a style prints one, else "Edit Post": moderators delete from the edit
     * screen (vBulletin 4 has no one-click delete in the post bit).
     */
    remove: ['a[href*="do=deletepost"]', 'a.editpost[href*="editpost.php"]'],
  },
};

/** The thanks add-on hides the button once the member has thanked the post. */
const HIDDEN_STYLE = /display\s*:\s*none/i;

// ---------------------------------------------------------------------------------------------

export const vbulletinStrategy = forumStrategy('vbulletin', SELECTORS.post);

export const vbulletinAdapter: SiteAdapter = {
  id: 'vbulletin',
  label: 'vBulletin',
  matches: [],
  fixtures: ['test/fixtures/generic/forum-vbulletin.html'],
  detect(doc) {
    return hasMarker(doc, SELECTORS.detect);
  },
  ...strategyAdapter([vbulletinStrategy]),
  native: {
    like: firstOf(SELECTORS.native.like),
    liked: (control) => HIDDEN_STYLE.test(control.getAttribute('style') ?? ''),
    reply: firstOf(SELECTORS.native.reply),
    editor: (comment) => pick(comment.ownerDocument.documentElement, SELECTORS.native.editor),
    report: firstOf(SELECTORS.native.report),
    remove: firstOf(SELECTORS.native.remove),
  },
};
