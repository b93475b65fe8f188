import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { githubAdapter as adapter, githubMenuOpener, githubPickerOpener } from '../../../lib/sites/github';
import { matchesPattern } from '../../../lib/sites/registry';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const PR_URL = 'https://github.com/octo-org/lamp/pull/42';
const classic = (): Document => fixture('github/pull-request-classic.html');
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function' ? locator(el) : locator ? el.querySelector(locator) : null;
/** The comment box of the classic timeline whose group wrapper has this id. */
const box = (doc: Document, id: string): Element => byId(doc, id).querySelector('.timeline-comment')!;

describe('githubAdapter on the classic pull request timeline (hand-written fixture)', () => {
  it('describes itself and lists fixtures that exist', () => {
    expect(adapter.id).toBe('github');
    expect(adapter.label).toBe('GitHub');
    expect(adapter.matches).toEqual(['https://github.com/*']);
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads the description, the comments and a review thread, not the timeline events', () => {
    const comments = extractAll(adapter, classic(), PR_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'issue-2001',
        author: { name: 'octo-ana', profileUrl: 'https://github.com/octo-ana' },
        text: 'The lamp is too bright at night. This adds a dim mode below 5% battery.\nnew dim() call\ntests for the threshold',
        time: '2025-02-10T09:00:00.000Z',
        permalink: `${PR_URL}#issue-2001`,
        depth: 0,
      },
      {
        id: 'issuecomment-2002',
        // The "Member" label: the organization owning the repository.
        author: { name: 'octo-ben', profileUrl: 'https://github.com/octo-ben', staff: true },
        // The quoted description is not octo-ben's text; the emoji and the link's text are.
        text: 'Agreed 🎉 The datasheet says 3 mA is enough: LED datasheet.',
        time: '2025-02-10T11:30:00.000Z',
        permalink: `${PR_URL}#issuecomment-2002`,
        depth: 0,
      },
      {
        id: 'issuecomment-2003',
        // A deleted account shows as "ghost": no name, no profile.
        author: { name: '' },
        text: 'Tested on the v2 board, works.',
        time: '2025-02-11T08:00:00.000Z',
        permalink: `${PR_URL}#issuecomment-2003`,
        depth: 0,
      },
      {
        id: 'discussion_r4001',
        author: { name: 'octo-chloe', profileUrl: 'https://github.com/octo-chloe' },
        text: 'Make the 5% threshold a const?',
        time: '2025-02-11T10:00:00.000Z',
        permalink: `${PR_URL}#discussion_r4001`,
        depth: 0,
      },
      {
        id: 'discussion_r4002',
        author: { name: 'octo-ana', profileUrl: 'https://github.com/octo-ana' },
        text: 'Done in the next commit.',
        time: '2025-02-11T10:30:00.000Z',
        permalink: `${PR_URL}#discussion_r4002`,
        depth: 1,
        parentId: 'discussion_r4001',
      },
      {
        id: 'issuecomment-2005',
        author: { name: 'mallory' },
        text: 'Try <script>alert(3)</script> in the name field here.',
        time: '2025-02-12T08:00:00.000Z',
        depth: 0,
      },
    ]);
  });

  it('marks Owner, Member and Collaborator labels as the team, not Author, Contributor or none', () => {
    const doc = classic();
    const comments = extractAll(adapter, doc, PR_URL);
    expect(comments.filter((comment) => comment.author.staff).map((comment) => comment.id)).toEqual([
      'issuecomment-2002',
    ]);
    // octo-ana's description carries the "Author" label (of the pull request): not the team.
    expect(comments[0]!.author).not.toHaveProperty('staff');
    const label = byId(doc, 'issuecomment-2002').querySelector('.Label')!;
    for (const [text, staff] of [
      ['Owner', true],
      ['Collaborator', true],
      ['Contributor', false],
      ['First-time contributor', false],
    ] as const) {
      label.textContent = text;
      expect(adapter.extract(box(doc, 'issuecomment-2002'), new URL(PR_URL))!.author.staff).toBe(
        staff || undefined,
      );
    }
  });

  it('skips a hidden comment (only its placeholder is in the page) and the comment box', () => {
    const doc = classic();
    const found = adapter.find(doc);
    expect(found.some((el) => el.closest('#issuecomment-2004'))).toBe(false);
    expect(found.some((el) => el.closest('.timeline-new-comment'))).toBe(false);
    expect(
      adapter.extract(doc.querySelector('.timeline-new-comment .timeline-comment')!, new URL(PR_URL)),
    ).toBeNull();
    expect(adapter.extract(doc.querySelector('#event-77')!, new URL(PR_URL))).toBeNull();
  });

  it('leaves the page untouched and drops javascript: links', () => {
    const doc = classic();
    const before = doc.documentElement.outerHTML;
    const hostile = adapter.extract(box(doc, 'issuecomment-2005'), new URL(PR_URL))!;
    expect(hostile.author.profileUrl).toBeUndefined();
    expect(hostile.permalink).toBeUndefined();
    expect(hostile.text).not.toContain('alert(5)');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the bar under the comment body', () => {
    const doc = classic();
    const comment = box(doc, 'issuecomment-2002');
    expect(adapter.placeBar(comment)).toEqual({
      node: comment.querySelector('.edit-comment-hide'),
      position: 'afterend',
    });
    const review = byId(doc, 'discussion_r4001');
    expect(adapter.placeBar(review)).toEqual({
      node: review.querySelector('.comment-body'),
      position: 'afterend',
    });
  });

  it('finds the 👍 reaction (never 👎), its pressed state, Quote reply, Delete and Report content', () => {
    const doc = classic();
    const { native } = adapter;
    const description = box(doc, 'issue-2001');
    const reacted = box(doc, 'issuecomment-2002');

    // Without a 👍 pill yet, the picker's 👍 option (a form button, in the page even while closed).
    const option = locate(native.like, description)!;
    expect(option.getAttribute('value')).toBe('THUMBS_UP react');
    expect(option.getAttribute('data-reaction-content')).toBe('+1');
    expect(native.liked!(option)).toBe(false);
    // The 👍 pill the viewer already pressed, even though a 👎 pill comes first.
    const pill = locate(native.like, reacted)!;
    expect(pill.getAttribute('value')).toBe('THUMBS_UP unreact');
    expect(native.liked!(pill)).toBe(true);
    // A comment without reaction controls (the ghost's, rendered read-only here) has no like.
    expect(locate(native.like, box(doc, 'issuecomment-2003'))).toBeNull();
    expect(locate(githubPickerOpener, description)!.getAttribute('aria-label')).toBe(
      'Add or remove reactions',
    );

    expect(locate(native.reply, reacted)!.textContent?.trim()).toBe('Quote reply');
    expect(locate(native.reply, box(doc, 'issuecomment-2003'))).toBe(doc.querySelector('#new_comment_field'));
    expect(locate(native.editor, reacted)).toBe(doc.querySelector('#new_comment_field'));
    expect(locate(native.remove, reacted)!.getAttribute('aria-label')).toBe('Delete comment');
    // Only a maintainer or the author may delete: the description's menu has no Delete for this viewer.
    expect(locate(native.remove, description)).toBeNull();
    expect(locate(native.report, reacted)!.getAttribute('href')).toContain('/contact/report-content');
    expect(locate(githubMenuOpener, reacted)!.tagName).toBe('SUMMARY');
    expect(native.missing).toBeUndefined();
  });

  it('finds a comment added later, and nothing inside a comment body', () => {
    const doc = classic();
    const timeline = doc.querySelector('.js-discussion')!;
    const item = doc.createElement('div');
    item.className = 'js-timeline-item';
    item.innerHTML =
      '<div class="TimelineItem js-comment-container" data-gid="IC_kwDOlamp2006"><div class="timeline-comment-group" ' +
      'id="issuecomment-2006"><div class="timeline-comment js-comment unminimized-comment"><div class="timeline-comment-header">' +
      '<a class="author" href="/octo-dan">octo-dan</a> <a class="js-timestamp" href="#issuecomment-2006"><relative-time ' +
      'datetime="2025-02-13T09:00:00Z">Feb 13</relative-time></a></div><div class="edit-comment-hide"><table><tbody><tr><td ' +
      'class="comment-body markdown-body js-comment-body"><p>LGTM</p></td></tr></tbody></table></div></div></div></div>';
    timeline.append(item);
    const added = item.querySelector('.timeline-comment')!;
    expect(adapter.find(item)).toEqual([added]);
    expect(adapter.find(added)).toEqual([added]);
    expect(adapter.find(added.querySelector('.comment-body')!)).toEqual([]);
    expect(adapter.extract(added, new URL(PR_URL))).toEqual({
      id: 'issuecomment-2006',
      author: { name: 'octo-dan', profileUrl: 'https://github.com/octo-dan' },
      text: 'LGTM',
      time: '2025-02-13T09:00:00.000Z',
      permalink: `${PR_URL}#issuecomment-2006`,
      depth: 0,
    });
  });

  it('reads the 2024–25 comment component, whose wrapper is the comment', () => {
    const doc = classic();
    const timeline = doc.querySelector('.js-discussion')!;
    const item = doc.createElement('div');
    item.innerHTML =
      '<div class="timeline-comment-group js-minimizable-comment-group js-targetable-element my-0 comment previewable-edit ' +
      'js-task-list-container js-comment unminimized-comment" id="issuecomment-2007"><div class="timeline-comment-header">' +
      '<a class="author" href="/octo-eve">octo-eve</a></div><div class="comment-body markdown-body js-comment-body">' +
      '<p>Ship it</p></div></div>';
    timeline.append(item);
    const group = byId(doc, 'issuecomment-2007');
    expect(adapter.find(item)).toEqual([group]);
    expect(adapter.extract(group, new URL(PR_URL))).toMatchObject({
      id: 'issuecomment-2007',
      text: 'Ship it',
    });
    // Where a wrapper carries the same classes around a classic box, only the box is a comment.
    expect(adapter.find(byId(doc, 'issuecomment-2002'))).toEqual([box(doc, 'issuecomment-2002')]);
  });

  it('detects GitHub conversations only', () => {
    expect(adapter.detect(classic(), new URL(PR_URL))).toBe(true);
    expect(adapter.detect(classic(), new URL('https://gitlab.example/octo-org/lamp/pull/42'))).toBe(false);
    const blog = fixture('generic/wordpress-html5.html');
    expect(adapter.detect(blog, new URL('https://github.com/octo-org/lamp'))).toBe(false);
    expect(adapter.find(blog)).toEqual([]);
    expect(matchesPattern(adapter.matches[0]!, new URL(PR_URL))).toBe(true);
    expect(matchesPattern(adapter.matches[0]!, new URL('https://gist.github.com/x'))).toBe(false);
  });
});

if (!realPagesAvailable) console.warn('Skipping the GitHub real-page tests: no ../shared/fixtures.');

describe.runIf(realPagesAvailable)(
  'githubAdapter on the real React issue viewer page (kepano/defuddle#56)',
  () => {
    const url = 'https://github.com/kepano/defuddle/issues/56';
    const page = (): Document => realPage('github/github-issue-react-viewer-2025-defuddle56.html');

    it('finds the issue body and its 6 comments', () => {
      // Counted in the markup independently: one `data-testid="issue-body"`, six `.react-issue-comment`
      // (`grep -o 'id="issuecomment-[0-9]*"'` gives 6 ids, one `data-wrapper-timeline-id` each), and no
      // other timeline rows. INDEX.md's "6" counts the comments without the issue body.
      const doc = page();
      const comments = extractAll(adapter, doc, url);
      expectSane(comments);
      expect(comments).toHaveLength(7);
      expect(adapter.detect(doc, new URL(url))).toBe(true);
      expect(comments.map(({ id, author }) => [id, author.name])).toEqual([
        ['issue-3089558116', 'jmorrell'],
        ['issuecomment-2908119605', 'jmorrell'],
        ['issuecomment-2930021934', 'masylum'],
        ['issuecomment-2953511555', 'nbbaier'],
        ['issuecomment-2954159954', 'nbbaier'],
        ['issuecomment-2980013482', 'masylum'],
        ['issuecomment-2981017870', 'nbbaier'],
      ]);
      expect(comments.every((comment) => comment.depth === 0 && comment.parentId === undefined)).toBe(true);
      expect(
        comments.every(
          (comment) => comment.author.profileUrl === `https://github.com/${comment.author.name}`,
        ),
      ).toBe(true);
    });

    it('reads times, permalinks and texts without header, reactions or code-embed chrome', () => {
      const comments = extractAll(adapter, page(), url);
      expect(comments[0]).toMatchObject({
        time: '2025-05-25T20:35:48.000Z',
        permalink: `${url}#issue-3089558116`,
      });
      expect(
        comments[0]!.text.startsWith(
          'Example repo here: https://github.com/jmorrell/defuddle-cloudflare-example\n',
        ),
      ).toBe(true);
      // The embedded permalink's code line stays, its "defuddle/src/defuddle.ts Line 213 in cb4291d" header does not.
      expect(comments[0]!.text).toContain('const sheets = Array.from(doc.styleSheets).filter(sheet => {');
      expect(comments[0]!.text).not.toMatch(/Line 213|cb4291d|Edits|Contributor/);
      expect(comments[2]).toEqual({
        id: 'issuecomment-2930021934',
        author: { name: 'masylum', profileUrl: 'https://github.com/masylum' },
        text:
          "it would be great to replace the dom calls to cheerio. I've done something similar porting readability to " +
          'cheerio here: https://jsr.io/@paoramen/cheer-reader. @kepano would you be interested on merging this or ' +
          'should I just maintain my own fork if I do?',
        time: '2025-06-02T10:51:41.000Z',
        permalink: `${url}#issuecomment-2930021934`,
        depth: 0,
      });
      expect(comments[5]!.text).toBe('wrong link to fork');
      expect(comments.every((comment) => comment.time && comment.permalink?.startsWith(`${url}#issue`))).toBe(
        true,
      );
    });

    it('reads the association label: Contributor and Author are not the team, Member is', () => {
      // The page's labels: `comment-author-association` "Contributor" on jmorrell's issue and on one
      // of his comments (that one also has `comment-subject-author` "Author"); nobody is marked Owner,
      // Member or Collaborator.
      const doc = page();
      const comments = extractAll(adapter, doc, url);
      expect(comments.some((comment) => 'staff' in comment.author)).toBe(false);
      const labels = doc.querySelectorAll('[data-testid="comment-author-association"]');
      expect([...labels].map((label) => label.textContent)).toEqual(['Contributor', 'Contributor']);
      // The same label as React prints it for a member of the organization owning the repository.
      const [issue] = adapter.find(doc) as [Element];
      const label = issue.querySelector('[data-testid="comment-author-association"]')!;
      label.setAttribute('aria-label', 'This user is a member of the kepano organization.');
      label.textContent = 'Member';
      expect(adapter.extract(issue, new URL(url))!.author).toEqual({
        name: 'jmorrell',
        profileUrl: 'https://github.com/jmorrell',
        staff: true,
      });
    });

    it('puts the bar under the Markdown body, above the reactions', () => {
      const doc = page();
      const [issue] = adapter.find(doc);
      const placement = adapter.placeBar(issue!);
      expect(placement.position).toBe('afterend');
      expect(placement.node.getAttribute('data-testid')).toBe('markdown-body');
    });

    it('signed out: no reaction, menu or comment box, and no picker opener taken for a like', () => {
      const doc = page();
      const comment = adapter.find(doc)[1]!;
      const { native } = adapter;
      expect(locate(native.like, comment)).toBeNull();
      expect(locate(native.reply, comment)).toBeNull();
      expect(locate(native.remove, comment)).toBeNull();
      expect(locate(native.report, comment)).toBeNull();
      expect(locate(githubMenuOpener, comment)!.getAttribute('data-testid')).toBe('comment-header-hamburger');
    });

    it('signed in (markup added as React renders it): 👍 pill, picker 👍, and the "…" menu portal', () => {
      const doc = page();
      const { native } = adapter;
      const [issue, comment] = adapter.find(doc) as [Element, Element];
      // Reaction pills Primer renders for a comment that has reactions: 👎 first, then the viewer's 👍.
      const toolbar = comment.querySelector('[role="toolbar"][aria-label="Reactions"]')!;
      toolbar.innerHTML =
        '<button type="button" id=":ra1:" aria-haspopup="true" aria-expanded="false" class="ReactionViewerAnchor-module__ReactionViewerAnchorButton--kb52r" aria-label="All reactions"></button>' +
        '<button type="button" role="switch" aria-checked="false" aria-label="React with 👎 (1 👎 reaction so far, including masylum)"><span data-component="leadingVisual">👎</span>1</button>' +
        '<button type="button" role="switch" aria-checked="true" aria-label="Unreact with 👍 (2 👍 reactions so far, including jmorrell and nbbaier)"><span data-component="leadingVisual">👍</span>2</button>';
      const pill = locate(native.like, comment)!;
      expect(pill.getAttribute('aria-label')).toContain('👍');
      expect(native.liked!(pill)).toBe(true);
      expect(locate(githubPickerOpener, comment)!.id).toBe(':ra1:');

      // The issue body has no 👍 yet: only the open picker's 👍, rendered in a portal, is its like.
      const bodyToolbar = issue.querySelector('[role="toolbar"][aria-label="Reactions"]')!;
      bodyToolbar.innerHTML =
        '<button type="button" id=":ra2:" aria-haspopup="true" aria-expanded="false" class="ReactionViewerAnchor-module__ReactionViewerAnchorButton--kb52r" aria-label="All reactions"></button>';
      expect(locate(native.like, issue)).toBeNull();
      bodyToolbar.firstElementChild!.setAttribute('aria-expanded', 'true');
      const portal = doc.createElement('div');
      portal.id = '__primerPortalRoot__';
      portal.innerHTML =
        '<ul role="menu" aria-orientation="horizontal"><li role="menuitemcheckbox" aria-checked="false">👎</li>' +
        '<li role="menuitemcheckbox" aria-checked="false">👍</li><li role="menuitemcheckbox" aria-checked="false">🎉</li></ul>';
      doc.body.append(portal);
      const option = locate(native.like, issue)!;
      expect(option.textContent).toBe('👍');
      expect(native.liked!(option)).toBe(false);
      portal.remove();

      // The comment's "…" menu, opened: Primer labels it with the opener's id.
      const opener = comment.querySelector('[data-testid="comment-header-hamburger"]')!;
      opener.setAttribute('aria-expanded', 'true');
      const menu = doc.createElement('div');
      menu.innerHTML =
        `<ul role="menu" aria-labelledby="${opener.id}">` +
        ['Copy link', 'Quote reply', 'Reference in new issue', 'Edit', 'Hide', 'Delete', 'Report content']
          .map(
            (label) =>
              `<li role="menuitem"><span class="prc-ActionList-ItemLabel-TSrdx">${label}</span></li>`,
          )
          .join('') +
        '</ul>';
      doc.body.append(menu);
      expect(locate(native.reply, comment)!.textContent).toBe('Quote reply');
      expect(locate(native.remove, comment)!.textContent).toBe('Delete');
      expect(locate(native.report, comment)!.textContent).toBe('Report content');
      // Another comment's menu is closed: none of these items are its.
      expect(locate(native.remove, adapter.find(doc)[2]!)).toBeNull();

      // The comment box at the bottom, outside every comment.
      const composer = doc.createElement('textarea');
      composer.setAttribute('aria-label', 'Markdown value');
      doc.querySelector('.react-comments-container')!.append(composer);
      expect(locate(native.editor, comment)).toBe(composer);
    });
  },
);
