import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { disqusAdapter as adapter } from '../../../lib/sites/disqus';
import { matchesPattern } from '../../../lib/sites/registry';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const FRAME_URL =
  'https://disqus.com/embed/comments/?base=default&f=example&t_u=https%3A%2F%2Fblog.example%2Ftrail-lamp%2F';
const page = (): Document => fixture('disqus/guest-deleted-moderator-2025.html');
/** The comment box of post `id` (the element `find` returns). */
const box = (doc: Document, id: string): Element => byId(doc, id).querySelector(':scope > .post-content')!;
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function'
    ? locator(el)
    : locator
      ? el.matches(locator)
        ? el
        : el.querySelector(locator)
      : null;

describe('disqusAdapter on the comment frame (hand-written fixture)', () => {
  it('describes itself, runs in the comment frame and lists fixtures that exist', () => {
    expect(adapter.id).toBe('disqus');
    expect(adapter.label).toBe('Disqus');
    expect(adapter.matches).toEqual(['https://disqus.com/embed/comments/*']);
    expect(matchesPattern(adapter.matches[0]!, new URL(FRAME_URL))).toBe(true);
    expect(matchesPattern(adapter.matches[0]!, new URL('https://blog.example/trail-lamp/'))).toBe(false);
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads registered, guest and deleted posts with their thread position', () => {
    const comments = extractAll(adapter, page(), FRAME_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'post-1001',
        author: { name: 'Ana Lima', handle: 'ana_lima', profileUrl: 'https://disqus.com/by/ana_lima/' },
        text: 'Four nights on one charge 🎉 — details in the review.\nEco mode all the way.',
        time: '2025-06-10T15:14:00.000Z',
        permalink: 'https://blog.example/trail-lamp/#comment-1001',
        depth: 0,
      },
      {
        // A guest has a name but no profile; the quote of Ana's post is not Bob's text.
        id: 'post-1002',
        author: { name: 'Guest Bob' },
        text: 'Mine died after two nights in the cold.',
        time: '2025-06-10T16:02:00.000Z',
        permalink: 'https://blog.example/trail-lamp/#comment-1002',
        depth: 1,
        parentId: 'post-1001',
      },
      {
        // A deleted post is kept (its replies hang under it) with no author and Disqus's notice.
        id: 'post-1003',
        author: { name: '' },
        text: 'This comment was deleted.',
        time: '2025-06-10T16:30:00.000Z',
        permalink: 'https://blog.example/trail-lamp/#comment-1003',
        depth: 2,
        parentId: 'post-1002',
      },
      {
        id: 'post-1004',
        author: { name: '<img src=x onerror=alert(1)>', handle: 'mallory' },
        text: 'Nice post <script>alert(3)</script> click here',
        depth: 0,
      },
    ]);
  });

  it('keeps hostile content inert and never returns a javascript: link', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const hostile = adapter.extract(box(doc, 'post-1004'), new URL(FRAME_URL))!;
    expect(hostile.author.profileUrl).toBeUndefined();
    expect(hostile.permalink).toBeUndefined();
    // "someday" is not a date.
    expect(hostile.time).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds the frame’s own controls: upvote never downvote, reply, editor, flag, delete', () => {
    const doc = page();
    const ana = box(doc, 'post-1001');
    const bob = box(doc, 'post-1002');
    const mallory = box(doc, 'post-1004');
    const like = locate(adapter.native.like, ana)!;
    expect(like.getAttribute('data-action')).toBe('upvote');
    expect(adapter.native.liked!(like)).toBe(true);
    const bobLike = locate(adapter.native.like, bob)!;
    expect(bobLike.getAttribute('data-action')).toBe('upvote');
    expect(adapter.native.liked!(bobLike)).toBe(false);
    expect(locate(adapter.native.reply, bob)?.getAttribute('data-action')).toBe('reply');
    // The reply form Disqus opened under Ana's post, not under her replies.
    expect(locate(adapter.native.editor, ana)?.getAttribute('contenteditable')).toBe('true');
    expect(locate(adapter.native.editor, bob)).toBeNull();
    expect(locate(adapter.native.report, bob)?.getAttribute('data-action')).toBe('flag');
    // Delete is offered to moderators only (here on Mallory's post).
    expect(locate(adapter.native.remove, mallory)?.textContent).toBe('Delete');
    expect(locate(adapter.native.remove, ana)).toBeNull();
    // A post's box never holds its replies' controls.
    expect(ana.querySelectorAll('a[data-action="upvote"]')).toHaveLength(1);
    expect(adapter.native.missing).toBeUndefined();
  });

  it('puts the bar after the post’s footer', () => {
    const doc = page();
    const ana = box(doc, 'post-1001');
    expect(adapter.placeBar(ana)).toEqual({
      node: ana.querySelector('footer.comment__footer'),
      position: 'afterend',
    });
    const deleted = box(doc, 'post-1003');
    expect(adapter.placeBar(deleted)).toEqual({
      node: deleted.querySelector('.post-message'),
      position: 'afterend',
    });
  });

  it('finds a post the frame adds later, with its thread position', () => {
    const doc = page();
    const children = byId(doc, 'post-1004').querySelector(':scope > ul.children')!;
    const reply = doc.createElement('li');
    reply.className = 'post';
    reply.id = 'post-1005';
    reply.innerHTML =
      '<div data-role="post-content" class="post-content"><div class="post-body">' +
      '<header class="comment__header"><span class="post-byline"><span class="author">Noor</span></span></header>' +
      '<div class="post-message" data-role="message"><p>Late reply.</p></div>' +
      '<footer class="comment__footer"><a href="#" data-action="upvote">0</a></footer></div></div>' +
      '<ul data-role="children" class="children"></ul>';
    children.append(reply);
    const found = adapter.find(reply);
    expect(found).toEqual([reply.querySelector('.post-content')]);
    expect(adapter.extract(found[0]!, new URL(FRAME_URL))).toEqual({
      id: 'post-1005',
      author: { name: 'Noor' },
      text: 'Late reply.',
      depth: 1,
      parentId: 'post-1004',
    });
    // Re-rendered box: found again; a piece of a message: nothing.
    expect(adapter.find(found[0]!)).toEqual(found);
    expect(adapter.find(reply.querySelector('.post-message')!)).toEqual([]);
    expect(adapter.find(doc)).toHaveLength(5);
  });

  it('returns null for what is not a post', () => {
    const doc = page();
    const url = new URL(FRAME_URL);
    expect(adapter.extract(doc.body, url)).toBeNull();
    expect(adapter.extract(byId(doc, 'post-1001'), url)).toBeNull();
    // A box the frame has not filled yet.
    const empty = doc.createElement('li');
    empty.className = 'post';
    empty.innerHTML = '<div class="post-content"><div class="post-message"></div></div>';
    byId(doc, 'post-list').append(empty);
    expect(adapter.extract(empty.firstElementChild!, url)).toBeNull();
  });

  it('detects the frame by address or by the lounge’s markers, not other pages', () => {
    expect(adapter.detect(page(), new URL(FRAME_URL))).toBe(true);
    expect(adapter.detect(page(), new URL('http://127.0.0.1:4173/saved-frame.html'))).toBe(true);
    const wordpress = fixture('generic/wordpress-html5.html');
    expect(adapter.detect(wordpress, new URL('https://trail.example/p'))).toBe(false);
    expect(adapter.find(wordpress)).toEqual([]);
  });
});

if (!realPagesAvailable)
  console.warn('Skipping the Disqus real-page tests: ../shared/fixtures/real-pages is missing.');

describe.runIf(realPagesAvailable)(
  'disqusAdapter on the saved 2018 frame (android.mobile-review.com, ru)',
  () => {
    const PATH = 'disqus/disqus-embed-iframe-2018-ru-blogskipper.html';
    // The frame's address, from the `<base>` the saver left in a comment at the top of the page.
    const URL_2018 =
      'https://disqus.com/embed/comments/?base=default&f=androidmr&t_i=54479%20http%3A%2F%2Fandroid.mobile-review.com%2F%3Fp%3D54479&t_u=http%3A%2F%2Fandroid.mobile-review.com%2Farticles%2F54479%2F';
    const ARTICLE = 'http://android.mobile-review.com/articles/54479/';
    const read = (): Comment[] => extractAll(adapter, realPage(PATH), URL_2018);

    it('finds the 50 posts, 15 threads and 35 replies', () => {
      // Counted in the file: `<li class="post" id="post-` occurs 50 times (and `data-role="post-content"`
      // 50 times); `data-role="parent-link"` ("in reply to") 35 times, once per reply.
      const comments = read();
      expectSane(comments);
      expect(comments).toHaveLength(50);
      expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(15);
      expect(comments.filter((comment) => comment.parentId)).toHaveLength(35);
      expect(Math.max(...comments.map((comment) => comment.depth ?? 0))).toBe(4);
    });

    it('reads every author, registered with a handle and a profile (no guest, none deleted)', () => {
      const comments = read();
      // In page order, from the 50 `span.author` of the file.
      expect(comments.map((comment) => comment.author.name)).toEqual([
        'Denis Danekin',
        'Zama Black',
        'Zama Black',
        'Ruslan Husak',
        'Саша Кокшин',
        'Youkora',
        'Zama Black',
        'Mystique Man',
        'netnazgul',
        'Vadim',
        'Mystique Man',
        'Vadim',
        'wblack',
        'David',
        'Ionized Aurashima',
        'David',
        'Youkora',
        'Vladimir Sedletskiy',
        'David',
        'Poratenn',
        'Mystique Man',
        'Youkora',
        'BjornDalen33',
        'Leontjevski A.Roman',
        'BjornDalen33',
        'TKM',
        'BjornDalen33',
        'Pavel Vlasov',
        'Олег',
        'ArtemV',
        'SewAwOw',
        'Павел Харламов',
        'Ruslan Husak',
        'iAndroid',
        'ArtemV',
        'Doc Mezensev',
        'Clostridium_tetani',
        'RashApollo',
        'antonkoorch',
        'Теперь я сова',
        'A.N.',
        'Теперь я сова',
        'A.N.',
        'Doc Mezensev',
        'Clostridium_tetani',
        'Lecron',
        'Andrew K.',
        'David',
        'Andriy Shevchenko',
        'BanyGirlNebritus',
      ]);
      expect(new Set(comments.map((comment) => comment.author.name)).size).toBe(32);
      for (const { author } of comments) {
        expect(author.handle).toBeTruthy();
        expect(author.profileUrl).toBe(`https://disqus.com/by/${author.handle}/`);
      }
    });

    it('reads the Russian dates of the titles, the publisher-page permalinks and the ids', () => {
      const comments = read();
      for (const comment of comments) {
        expect(comment.time).toBeDefined();
        expect(comment.permalink).toBe(`${ARTICLE}#comment-${comment.id.replace('post-', '')}`);
      }
      // "вторник, 24 апреля 2018 г., 07:12" (the reader's clock, read as UTC like every zone-less date).
      expect(comments[0]).toMatchObject({ id: 'post-3869143902', time: '2018-04-24T07:12:00.000Z' });
      // "суббота, 21 апреля 2018 г., 07:04"
      expect(comments[49]).toMatchObject({ id: 'post-3865138313', time: '2018-04-21T07:04:00.000Z' });
    });

    it('gives each reply the parent its "in reply to" link names', () => {
      const doc = realPage(PATH);
      const comments = extractAll(adapter, doc, URL_2018);
      for (const comment of comments.filter((item) => item.parentId)) {
        const link = byId(doc, comment.id).querySelector(':scope > .post-content a.parent-link')!;
        expect(comment.parentId).toBe(`post-${link.getAttribute('href')!.split('#comment-')[1]}`);
      }
      expect(comments[3]).toMatchObject({ id: 'post-3867916222', depth: 1, parentId: 'post-3867673899' });
      expect(comments[4]).toMatchObject({ id: 'post-3869147649', depth: 2, parentId: 'post-3867916222' });
    });

    it('keeps texts clean of the footer and of the reply notice', () => {
      const comments = read();
      for (const { text } of comments) {
        expect(text).not.toMatch(/Ответить|Поделиться|Голосовать|показать больше|in reply to/);
      }
      expect(comments[3]!.text).toBe(
        'Вот тут соглашусь, 659 пихают куда угодно. Нова 1 на 625 был просто шикарным, зачем в нова 2 659 который хуже??',
      );
      expect(comments[4]!.text).toBe('Они еще забили на поддержку новы.\nТочнее обновления');
      expect(comments[5]!.text).toBe('Хватит игрушки играть))');
    });

    it('finds the controls of every post and detects the frame', () => {
      const doc = realPage(PATH);
      expect(adapter.detect(doc, new URL(URL_2018))).toBe(true);
      expect(adapter.detect(doc, new URL('file:///saved/disqus.html'))).toBe(true);
      for (const el of adapter.find(doc)) {
        expect(locate(adapter.native.like, el)?.getAttribute('data-action')).toBe('upvote');
        expect(adapter.native.liked!(locate(adapter.native.like, el)!)).toBe(false);
        expect(locate(adapter.native.reply, el)?.getAttribute('data-action')).toBe('reply');
        expect(locate(adapter.native.report, el)?.getAttribute('data-action')).toBe('flag');
        // The reader was no moderator and had no reply form open.
        expect(locate(adapter.native.remove, el)).toBeNull();
        expect(locate(adapter.native.editor, el)).toBeNull();
      }
    });
  },
);
