import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { discourseAdapter as adapter } from '../../../lib/sites/discourse';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const TOPIC_URL = 'https://forum.example/t/lamp-flickers-at-low-battery/77';
const ember = (): Document => fixture('discourse/ember-2025.html');
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function' ? locator(el) : locator ? el.querySelector(locator) : null;
const html = (markup: string): Document => parseHTML(markup).document as unknown as Document;

describe('discourseAdapter on the Ember topic view (hand-written fixture)', () => {
  it('describes itself as a detect-only adapter and lists fixtures that exist', () => {
    expect(adapter.id).toBe('discourse');
    expect(adapter.label).toBe('Discourse');
    expect(adapter.matches).toEqual([]);
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads the posts, not the topic events, time gaps or cloaked placeholders', () => {
    const comments = extractAll(adapter, ember(), TOPIC_URL);
    expectSane(comments);
    expect(comments.map((comment) => comment.id)).toEqual([
      'post_1',
      'post_2',
      'post_4',
      'post_5',
      'post_6',
      'post_7',
    ]);
    expect(comments[0]).toEqual({
      id: 'post_1',
      author: { name: 'Ana Lima', handle: 'ana', profileUrl: 'https://forum.example/u/ana' },
      // The link preview keeps its title and excerpt, not its "lamps.example" source line.
      text: 'My lamp flickers when the battery is under 10%. Same as this report:\nWhy lamps flicker\nLow voltage makes the driver cycle.\nAny fix?',
      time: '2025-03-01T08:00:00.000Z',
      permalink: `${TOPIC_URL}/1`,
    });
    expect(comments[1]).toEqual({
      id: 'post_2',
      author: { name: 'Ben Okafor', handle: 'ben', profileUrl: 'https://forum.example/u/ben' },
      // Ana's quoted "Any fix?" and its "Ana Lima:" title are hers, not Ben's; the emoji reads as its code.
      text: 'Update to firmware 2.3, @ana :slight_smile: It raises the cut-off.',
      time: '2025-03-01T09:30:00.000Z',
      permalink: `${TOPIC_URL}/2`,
    });
    expect(comments.every((comment) => comment.depth === undefined)).toBe(true);
  });

  it('keeps a deleted post as Discourse shows it, and a deleted user as an empty name', () => {
    const comments = extractAll(adapter, ember(), TOPIC_URL);
    expect(comments[2]).toMatchObject({
      id: 'post_4',
      author: { name: 'Chloé Martin', handle: 'chloe' },
      text: '(post deleted by author)',
    });
    expect(comments[3]).toEqual({
      id: 'post_5',
      author: { name: '' },
      text: '2.3 fixed it here too.',
      time: '2025-03-02T07:15:00.000Z',
      permalink: `${TOPIC_URL}/5`,
    });
  });

  it('keeps hostile content inert and never returns a javascript: link', () => {
    const doc = ember();
    const before = doc.documentElement.outerHTML;
    const hostile = adapter.extract(byId(doc, 'post_6'), new URL(TOPIC_URL))!;
    expect(hostile).toEqual({
      id: 'post_6',
      author: { name: '<img src=x onerror=alert(1)>', handle: 'mallory' },
      text: 'Free lamps here <script>alert(4)</script>',
      time: '2025-03-02T12:00:00.000Z',
      // The post-date link is a javascript: URL: the permalink is rebuilt from the topic.
      permalink: `${TOPIC_URL}/6`,
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the bar under the cooked body, above the post menu', () => {
    const post = byId(ember(), 'post_2');
    expect(adapter.placeBar(post)).toEqual({ node: post.querySelector('.cooked'), position: 'afterend' });
  });

  it('finds the like (not the like count), its state, reply, flag, delete and the composer', () => {
    const doc = ember();
    const { native } = adapter;
    const first = byId(doc, 'post_1');
    const liked = byId(doc, 'post_2');
    const own = byId(doc, 'post_6');

    const like = locate(native.like, first)!;
    expect(like.matches('.post-action-menu__like.toggle-like')).toBe(true);
    expect(like.matches('.like-count')).toBe(false);
    expect(native.liked!(like)).toBe(false);
    expect(native.liked!(locate(native.like, liked)!)).toBe(true);
    expect(locate(native.reply, first)!.getAttribute('aria-label')).toBe('Reply to post #1 by @ana');
    expect(locate(native.editor, first)).toBe(doc.querySelector('#reply-control textarea.d-editor-input'));
    expect(locate(native.report, first)!.matches('.create-flag')).toBe(true);
    expect(locate(native.remove, first)).toBeNull();
    expect(locate(native.remove, own)!.getAttribute('title')).toBe('delete this post');
    // A deleted post has no controls left.
    expect(locate(native.like, byId(doc, 'post_4'))).toBeNull();
    expect(native.missing).toBeUndefined();
  });

  it('finds the ProseMirror editor of the rich composer', () => {
    const doc = html(
      '<html><body><article id="post_1" data-post-id="1"><div class="cooked"><p>Hi</p></div></article>' +
        '<div id="reply-control"><div class="ProseMirror d-editor-input" contenteditable="true"></div></div></body></html>',
    );
    expect(locate(adapter.native.editor, byId(doc, 'post_1'))).toBe(doc.querySelector('.ProseMirror'));
  });

  it('finds a post added later by the post stream, and nothing inside a post body', () => {
    const doc = ember();
    const stream = doc.querySelector('.post-stream')!;
    const wrapper = doc.createElement('div');
    wrapper.className = 'topic-post clearfix regular';
    wrapper.setAttribute('data-post-number', '8');
    wrapper.innerHTML =
      '<article id="post_8" data-post-id="5008" class="boxed onscreen-post"><div class="topic-meta-data"><div class="names">' +
      '<span class="first username"><a href="/u/dan" data-user-card="dan">dan</a></span></div><div class="post-infos">' +
      '<div class="post-info post-date"><a class="post-date" href="/t/lamp-flickers-at-low-battery/77/8"><span ' +
      'data-time="1741100000000" class="relative-date">Mar 4</span></a></div></div></div><div class="cooked"><p>Same here.</p>' +
      '</div></article>';
    stream.append(wrapper);
    const article = wrapper.querySelector('article')!;
    expect(adapter.find(wrapper)).toEqual([article]);
    expect(adapter.find(article)).toEqual([article]);
    expect(adapter.find(article.querySelector('.cooked')!)).toEqual([]);
    expect(adapter.extract(article, new URL(TOPIC_URL))).toEqual({
      id: 'post_8',
      author: { name: 'dan', handle: 'dan', profileUrl: 'https://forum.example/u/dan' },
      text: 'Same here.',
      time: '2025-03-04T14:53:20.000Z',
      permalink: `${TOPIC_URL}/8`,
    });
    expect(adapter.extract(byId(doc, 'post_3'), new URL(TOPIC_URL))).toBeNull();
  });

  it('marks the team from the classes Discourse puts on the first name, never the topic owner', () => {
    // Discourse's poster-name (3.5: `post/meta-data/poster-name.gjs`; the widget before it) adds
    // `staff`, `admin`, `moderator` and `category-moderator` to `.names .first`, and a shield icon in
    // the name link of moderators. The fixture's posts carry none of them: no one there is the team.
    expect(extractAll(adapter, ember(), TOPIC_URL).filter((comment) => 'staff' in comment.author)).toEqual(
      [],
    );
    const post = (number: number, wrapper: string, first: string, name: string): string =>
      `<div class="topic-post clearfix ${wrapper}" data-post-number="${number}"><article id="post_${number}" data-post-id="${6000 + number}">` +
      `<div class="topic-meta-data"><div class="names trigger-user-card"><span class="first ${first}"><a href="/u/${name}" data-user-card="${name}">${name}` +
      (first.includes('moderator')
        ? '<span class="svg-icon-title" title="This user is a moderator"><svg class="fa d-icon d-icon-shield-halved svg-icon svg-string" xmlns="http://www.w3.org/2000/svg"><use href="#shield-halved"></use></svg></span>'
        : '') +
      `</a></span></div></div><div class="cooked"><p>Post ${number}.</p></div></article></div>`;
    const doc = html(
      `<html><body><div class="post-stream">${post(1, 'topic-owner regular', 'username', 'ana')}` +
        `${post(2, 'regular', 'username staff moderator', 'ines_mod')}${post(3, 'regular', 'full-name staff admin', 'sam_admin')}` +
        `${post(4, 'regular', 'username category-moderator', 'cat_mod')}${post(5, 'regular', 'username new-user', 'newbie')}</div></body></html>`,
    );
    const authors = extractAll(adapter, doc, TOPIC_URL).map((comment) => comment.author);
    expect(authors).toEqual([
      { name: 'ana', handle: 'ana', profileUrl: 'https://forum.example/u/ana' },
      // The shield's title is not part of the name.
      { name: 'ines_mod', handle: 'ines_mod', profileUrl: 'https://forum.example/u/ines_mod', staff: true },
      {
        name: 'sam_admin',
        handle: 'sam_admin',
        profileUrl: 'https://forum.example/u/sam_admin',
        staff: true,
      },
      { name: 'cat_mod', handle: 'cat_mod', profileUrl: 'https://forum.example/u/cat_mod', staff: true },
      { name: 'newbie', handle: 'newbie', profileUrl: 'https://forum.example/u/newbie' },
    ]);
    expect(authors[0]).not.toHaveProperty('staff');
  });

  it('detects Discourse by its markers only, whatever the domain', () => {
    expect(adapter.detect(ember(), new URL('https://forum.example/t/x/77'))).toBe(true);
    expect(
      adapter.detect(html('<html><body class="crawler"><p>Hi</p></body></html>'), new URL(TOPIC_URL)),
    ).toBe(true);
    const blog = fixture('generic/wordpress-html5.html');
    expect(adapter.detect(blog, new URL('https://meta.discourse.org/t/x/1'))).toBe(false);
    expect(adapter.find(blog)).toEqual([]);
    expect(
      adapter.detect(
        html('<html><head><meta name="generator" content="WordPress 6.5"></head></html>'),
        new URL(TOPIC_URL),
      ),
    ).toBe(false);
  });
});

if (!realPagesAvailable) console.warn('Skipping the Discourse real-page tests: no ../shared/fixtures.');

describe.runIf(realPagesAvailable)(
  'discourseAdapter on the real crawler view (meta.discourse.org, 2.4)',
  () => {
    const url = 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483';
    const page = (): Document => realPage('discourse/meta-discourse-2.4-crawler-view-onebox.html');

    it('reads its 2 posts with microdata authors, times and rebuilt permalinks', () => {
      // Counted in the markup independently: `grep -c "class='topic-body crawler-post'"` gives 2, one
      // `itemprop='articleBody'` each, positions "#1" and "#2".
      const doc = page();
      expect(adapter.detect(doc, new URL(url))).toBe(true);
      const comments = extractAll(adapter, doc, url);
      expectSane(comments);
      expect(comments).toEqual([
        {
          id: 'post_1',
          author: { name: 'techAPJ', handle: 'techAPJ', profileUrl: 'https://meta.discourse.org/u/techAPJ' },
          // The image's "github_octoverse.png 1365×718 217 KB" caption is not text; the emoji reads as its code.
          text:
            'Congratulations Discourse for qualifying Repositories with the most stars on GitHub Octoverse.\n' +
            'And that too in just over an year, way to go! :boom:',
          // datePublished, not the later dateModified the page shows.
          time: '2014-02-06T04:55:19.000Z',
          permalink: `${url}/1`,
        },
        {
          id: 'post_2',
          author: {
            name: 'codinghorror',
            handle: 'codinghorror',
            profileUrl: 'https://meta.discourse.org/u/codinghorror',
          },
          text:
            'Ah, cool. I was not sure how to see that since GitHub changed around the way project top stats looked. ' +
            'Thanks for that link and thank you – and everyone else who is contributing to the project!',
          time: '2014-02-06T05:27:06.000Z',
          permalink: `${url}/2`,
        },
      ]);
    });

    it('reads no team in the crawler view, which prints no role for any author', () => {
      const comments = extractAll(adapter, page(), url);
      expect(comments.every((comment) => !('staff' in comment.author))).toBe(true);
    });

    it('uses the canonical link when the page URL is not the topic’s, and offers no controls', () => {
      const doc = page();
      const comments = extractAll(adapter, doc, 'https://meta.discourse.org/latest');
      expect(comments[1]!.permalink).toBe(`${url}/2`);
      const [first] = adapter.find(doc);
      expect(locate(adapter.native.like, first!)).toBeNull();
      expect(adapter.placeBar(first!).node.getAttribute('itemprop')).toBe('articleBody');
    });
  },
);
