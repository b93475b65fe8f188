import { firstOf, forumStrategy, hasMarker, pick, strategyAdapter, type ForumDialect } from './strategy';
import type { SiteAdapter } from './types';

/**
 * MyBB 1.8 threads (`div.post#post_N` with `.author_information`, `.post_body`, `.post_date`).
 * Self-hosted, so no match patterns: chosen by `detect` on pages the user enabled.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list.

const SELECTORS = {
  post: {
    post: 'div.post[id^="post_"]',
    body: ['.post_body'],
    author: ['.author_information .largetext', '.post_author strong'],
    profile: ['.author_information .largetext a[href]', '.post_author a[href*="action=profile"]'],
    time: ['.post_date'],
    permalink: ['.post_head a[href*="pid"]'],
    bar: ['.post_content'],
  } satisfies ForumDialect,
  /** The default theme's scripts and the "Powered by MyBB" footer link. */
  detect: [
    'script[src*="jscripts/general.js"]',
    'script[src*="jscripts/thread.js"]',
    '#copyright a[href*="mybb.com"]',
    '#copyright a[href*="mybboard.net"]',
  ],
  native: {
    /** "Reply" (postbit_quote): the reply page with this post quoted. */
    reply: ['a.postbit_quote', 'a[href*="newreply.php"][href*="replyto="]'],
    /** The quick reply form at the end of the thread, then the reply page's editor. */
    editor: ['#quick_reply_form textarea[name="message"]', 'textarea#message'],
    /** 1.8 calls `Report.reportPost(pid)` from `a.postbit_report`; older themes link to report.php. */
    report: ['a.postbit_report', 'a[href*="report.php"]'],
    /**
     * "Delete" (postbit_quickdelete), printed for moderators and authors who may delete (an inline
     * style hides it on a post already soft-deleted). `postbit_delete_pm` is for private messages.
     */
    remove: ['a.postbit_qdelete'],
  },
};

// ---------------------------------------------------------------------------------------------

export const mybbStrategy = forumStrategy('mybb', SELECTORS.post);

export const mybbAdapter: SiteAdapter = {
  id: 'mybb',
  label: 'MyBB',
  matches: [],
  fixtures: ['test/fixtures/generic/forum-mybb.html'],
  detect(doc) {
    return hasMarker(doc, SELECTORS.detect);
  },
  ...strategyAdapter([mybbStrategy]),
  native: {
    reply: firstOf(SELECTORS.native.reply),
    editor: (comment) => pick(comment.ownerDocument.documentElement, SELECTORS.native.editor),
    report: firstOf(SELECTORS.native.report),
    remove: firstOf(SELECTORS.native.remove),
    missing: {
      like: 'MyBB has no post likes in core: reputation rates the member, not the post (like plugins vary)',
    },
  },
};
