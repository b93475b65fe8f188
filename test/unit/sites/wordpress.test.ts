import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ControlLocator } from '../../../lib/sites/types';
import { wordpressAdapter } from '../../../lib/sites/wordpress';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const generic = (name: string): Document => fixture(`generic/${name}`);
const url = new URL('https://trail.example/2026/06/packing/');
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;

describe('wordpressAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(wordpressAdapter.id).toBe('wordpress');
    expect(wordpressAdapter.label).toBe('WordPress');
    expect(wordpressAdapter.matches).toEqual([]);
    for (const path of wordpressAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it.each([
    'wordpress-html5.html',
    'wordpress-classic.html',
    'wordpress-microdata-twins.html',
    'hostile.html',
  ])('detects %s', (name) => {
    expect(wordpressAdapter.detect(generic(name), url)).toBe(true);
  });

  it.each([
    'generic/forum-xenforo.html',
    'generic/forum-phpbb3.html',
    'generic/forum-phpbb2.html',
    'generic/forum-vbulletin.html',
    'generic/forum-mybb.html',
    'generic/microdata.html',
    'flarum/discussion-2025.html',
  ])('does not detect %s', (path) => {
    expect(wordpressAdapter.detect(fixture(path), url)).toBe(false);
  });

  it('reads the HTML5 comment list, one box per comment, replies apart', () => {
    const doc = generic('wordpress-html5.html');
    const found = wordpressAdapter.find(doc);
    expect(found.map((el) => el.id)).toEqual([
      'div-comment-11',
      'div-comment-12',
      'div-comment-13',
      'div-comment-14',
      'div-comment-16',
    ]);
    const comments = extractAll(wordpressAdapter, doc, url.href);
    expectSane(comments);
    expect(comments.map(({ id, author, depth, parentId }) => ({ id, author, depth, parentId }))).toEqual([
      { id: 'comment-11', author: { name: 'Ana Lima', profileUrl: 'https://ana.example/' }, depth: 0 },
      // The post's author answers (`bypostauthor`): the team.
      { id: 'comment-12', author: { name: 'Sam Reyes', staff: true }, depth: 1, parentId: 'comment-11' },
      { id: 'comment-13', author: { name: 'Ana Lima' }, depth: 2, parentId: 'comment-12' },
      // The account was removed: no name, the comment stays.
      { id: 'comment-14', author: { name: '' }, depth: 0 },
      { id: 'comment-16', author: { name: 'Chloé Martin' }, depth: 0 },
    ]);
    expect(comments.map((comment) => comment.text)).toEqual([
      'Great list! I would add a spare headlamp battery.\nAnd a second pair of socks.',
      'Socks, yes. The battery lasted the whole week though.',
      'Which lamp was it?',
      'This account was removed, but the comment stays.',
      'Merci ! 🙂',
    ]);
    expect(comments[0]).toMatchObject({
      time: '2026-06-03T08:12:44.000Z',
      permalink: 'https://trail.example/2026/06/packing/#comment-11',
    });
    expect(comments[4]!.time).toBe('2026-06-05T05:45:00.000Z');
    expect(wordpressAdapter.placeBar(found[0]!)).toEqual({ node: found[0], position: 'beforeend' });
  });

  it('reads the older markup with human-readable dates', () => {
    const doc = generic('wordpress-classic.html');
    expect(extractAll(wordpressAdapter, doc, 'http://old.example/2009/04/spring/')).toEqual([
      {
        id: 'comment-21',
        author: { name: 'Dana Petrov' },
        text: 'What did you do with the old bike?\nI could use the wheels.',
        time: '2009-04-03T21:41:00.000Z',
        permalink: 'http://old.example/2009/04/spring/#comment-21',
        depth: 0,
      },
      {
        id: 'comment-22',
        // `bypostauthor`: the blog's own author answering.
        author: { name: 'Eli', profileUrl: 'http://old.example/', staff: true },
        text: 'They are yours, come by on Sunday.',
        time: '2009-04-04T00:05:00.000Z',
        permalink: 'http://old.example/2009/04/spring/#comment-22',
        depth: 1,
        parentId: 'comment-21',
      },
    ]);
    const box = byId(doc, 'div-comment-21');
    expect(wordpressAdapter.placeBar(box)).toEqual({ node: box, position: 'afterend' });
  });

  it('gives each comment once when the theme adds microdata, as the generic adapter does', () => {
    const doc = generic('wordpress-microdata-twins.html');
    const found = wordpressAdapter.find(doc);
    // The theme's `article` has no `comment-body` class: the `li` itself is the comment element.
    expect(found.map((el) => el.id)).toEqual(['comment-31', 'comment-32', 'comment-33']);
    const comments = extractAll(wordpressAdapter, doc, 'https://bread.example/altitude/');
    expectSane(comments);
    expect(
      comments.map(({ id, author, text, depth, parentId }) => ({ id, author, text, depth, parentId })),
    ).toEqual([
      { id: 'comment-31', author: { name: 'Farah Nouri' }, text: 'Less yeast helps.', depth: 0 },
      {
        id: 'comment-32',
        author: { name: 'Gus Amato' },
        text: 'And a cooler oven.',
        depth: 1,
        parentId: 'comment-31',
      },
      { id: 'comment-33', author: { name: 'Hana Sato' }, text: 'Trying this weekend.', depth: 0 },
    ]);
    expect(comments[1]).toMatchObject({
      time: '2026-02-10T13:30:00.000Z',
      permalink: 'https://bread.example/altitude/#comment-32',
    });
    // The bar closes the theme's own box, above the replies.
    expect(wordpressAdapter.placeBar(found[0]!)).toEqual({
      node: found[0]!.querySelector('article'),
      position: 'beforeend',
    });
  });

  it('keeps hostile content as text and never returns a script or data link', () => {
    const doc = generic('hostile.html');
    const before = doc.documentElement.outerHTML;
    const comments = extractAll(wordpressAdapter, doc, 'https://evil.example/post');
    expectSane(comments);
    expect(comments.map(({ id, author, text, permalink }) => ({ id, author, text, permalink }))).toEqual([
      {
        id: 'comment-66',
        author: { name: '<img src=x onerror=alert(1)>' },
        text: 'Nice post <script>alert(3)</script>\nClick here.',
        permalink: 'https://evil.example/post#comment-66',
      },
      {
        id: 'comment-67',
        author: { name: 'Mallory' },
        text: 'Second try.',
        permalink: 'https://evil.example/post#comment-67',
      },
    ]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds nothing on a post without comments, widget and form included', () => {
    const doc = generic('no-comments.html');
    expect(wordpressAdapter.find(doc)).toEqual([]);
    expect(wordpressAdapter.extract(byId(doc, 'comment-9'), url)).toBeNull();
  });

  it('finds comments in an added subtree, and a reply appended later with its thread position', () => {
    const doc = generic('wordpress-html5.html');
    expect(wordpressAdapter.find(byId(doc, 'comment-12')).map((el) => el.id)).toEqual([
      'div-comment-12',
      'div-comment-13',
    ]);
    expect(wordpressAdapter.find(byId(doc, 'div-comment-11').querySelector('.comment-content')!)).toEqual([]);
    // A comment box the page re-rendered in place is found again.
    expect(wordpressAdapter.find(byId(doc, 'div-comment-11'))).toEqual([byId(doc, 'div-comment-11')]);

    const reply = doc.createElement('li');
    reply.id = 'comment-99';
    reply.className = 'comment depth-3';
    const box = doc.createElement('article');
    box.id = 'div-comment-99';
    box.className = 'comment-body';
    const name = doc.createElement('b');
    name.className = 'fn';
    name.textContent = 'Noor';
    const authorBox = doc.createElement('div');
    authorBox.className = 'comment-author vcard';
    authorBox.append(name);
    const content = doc.createElement('div');
    content.className = 'comment-content';
    content.textContent = 'Late reply.';
    box.append(authorBox, content);
    reply.append(box);
    byId(doc, 'comment-13').parentElement!.append(reply);
    expect(wordpressAdapter.find(reply)).toEqual([box]);
    expect(wordpressAdapter.extract(box, url)).toMatchObject({
      id: 'comment-99',
      author: { name: 'Noor' },
      text: 'Late reply.',
      depth: 2,
      parentId: 'comment-12',
    });
  });

  it('returns null for elements that are not comments', () => {
    const doc = generic('wordpress-html5.html');
    expect(wordpressAdapter.extract(doc.body, url)).toBeNull();
    expect(wordpressAdapter.extract(byId(doc, 'comment-15'), url)).toBeNull();
    expect(wordpressAdapter.extract(doc.querySelector('.recentcomments')!, url)).toBeNull();
  });
});

describe('wordpressAdapter native controls', () => {
  const { native } = wordpressAdapter;

  it('replies through the reply link into the comment form that WordPress moves under the comment', () => {
    const doc = generic('wordpress-html5.html');
    const [first, , , removed] = wordpressAdapter.find(doc);
    expect(locate(native.reply, first!)?.getAttribute('href')).toBe('?replytocom=11#respond');
    // Comment 14 is shown without a reply link (threads closed at that comment).
    expect(locate(native.reply, removed!)).toBeNull();
    expect(locate(native.editor, first!)).toBe(byId(doc, 'comment'));
  });

  it('removes through a theme’s delete link first, else core’s Edit link (the edit screen trashes)', () => {
    const doc = generic('wordpress-html5.html');
    const [first, second, third] = wordpressAdapter.find(doc);
    expect(locate(native.remove, first!)?.textContent).toBe('Edit');
    expect(locate(native.remove, second!)?.getAttribute('href')).toContain('action=trashcomment&c=12');
    // Not a moderator's view of that comment: no control.
    expect(locate(native.remove, third!)).toBeNull();
  });

  it('never hands out a reply’s control when the comment element is the whole `li`', () => {
    const doc = generic('wordpress-microdata-twins.html');
    const parent = byId(doc, 'comment-31');
    expect(locate(native.reply, parent)?.getAttribute('href')).toBe('?replytocom=31#respond');
    parent.querySelector(':scope > article .comment-reply-link')!.remove();
    expect(locate(native.reply, parent)).toBeNull();
  });

  it('declares like and report as missing in WordPress core', () => {
    expect(native.like).toBeUndefined();
    expect(native.report).toBeUndefined();
    expect(Object.keys(native.missing ?? {}).sort()).toEqual(['like', 'report']);
  });
});

describe.runIf(realPagesAvailable)('wordpressAdapter on a real page (../shared/fixtures/real-pages)', () => {
  const pageUrl =
    'https://netzpolitik.org/2016/die-cider-connection-abmahnungen-gegen-nutzer-von-creative-commons-bildern/';

  it('detects WordPress on netzpolitik.org and not on the other software’s real pages', () => {
    expect(
      wordpressAdapter.detect(
        realPage('wordpress/netzpolitik-2016-wp-html5-comments.html'),
        new URL(pageUrl),
      ),
    ).toBe(true);
    for (const path of [
      'xenforo/katzen-forum-xf2-thread.html',
      'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
      'discourse/meta-discourse-2.4-crawler-view-onebox.html',
    ]) {
      expect(wordpressAdapter.detect(realPage(path), new URL('https://forum.example/t/1'))).toBe(false);
    }
  });

  it('netzpolitik.org (HTML5 comment list): 74 comments in 36 threads, logged out', () => {
    // Counted with `grep -o '<li id="comment-[0-9]*" class="comment '` (74; no pingbacks on the page)
    // and `... depth-1` (36 threads). The heading says 91 because WordPress counts across pages.
    const doc = realPage('wordpress/netzpolitik-2016-wp-html5-comments.html');
    const found = wordpressAdapter.find(doc);
    const comments = extractAll(wordpressAdapter, doc, pageUrl);
    expectSane(comments);
    expect(comments).toHaveLength(74);
    expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(36);
    expect(Math.max(...comments.map((comment) => comment.depth ?? 0))).toBe(4);
    expect(
      comments.every((comment) => comment.time && comment.permalink?.startsWith(`${pageUrl}#comment-`)),
    ).toBe(true);
    expect(comments.filter((comment) => comment.author.profileUrl)).toHaveLength(10);
    expect(new Set(comments.map((comment) => comment.author.name)).size).toBe(50);
    expect(comments.filter((comment) => comment.author.name === '')).toHaveLength(0);
    expect(comments.slice(0, 5).map((comment) => comment.author.name)).toEqual([
      'blah blubb',
      'Rafael',
      'Yan tuygi',
      'mirdochegal',
      'Volker Rieck',
    ]);
    expect(comments.at(-1)!.author.name).toBe('Anonymaus');
    expect(comments[1]).toMatchObject({ id: 'comment-2058234', depth: 1, parentId: 'comment-2058226' });
    const quoting = comments.find((comment) => comment.id === 'comment-2058297')!;
    expect(quoting.author.name).toBe('Ben Siegler');
    expect(quoting.text).toBe(
      'Weil das ein Recht aller Personen ist, die nicht im öffentlichen Leben stehen. Wer die Namen haben will ' +
        'findet sie mit der Suchmaschine seiner Wahl.\nNein, sollte man nicht. Selbstjustiz ist keine Lösung, ' +
        'bitte spar‘ Dir Kommentare in diese Richtung.',
    );

    // 70 reply links (`grep -o "class='comment-reply-link'"`): the 4 comments without one sit at the
    // deepest level the blog allows.
    const withoutReply = found.filter((el) => locate(wordpressAdapter.native.reply, el) === null);
    expect(withoutReply).toHaveLength(4);
    expect(withoutReply.map((el) => wordpressAdapter.extract(el, new URL(pageUrl))!.depth)).toEqual([
      4, 4, 4, 4,
    ]);
    // Logged out: no Edit link anywhere.
    expect(found.filter((el) => locate(wordpressAdapter.native.remove, el) !== null)).toEqual([]);
  });

  it('marks the post author’s replies (`bypostauthor`) as the team, and no other registered user', () => {
    // Counted in the markup: `grep -o 'class="comment byuser[^"]*"'` gives 11 comments by logged-in
    // users, 5 of them with `bypostauthor` (all `comment-author-markusr`, the article's author).
    const comments = extractAll(
      wordpressAdapter,
      realPage('wordpress/netzpolitik-2016-wp-html5-comments.html'),
      pageUrl,
    );
    const staff = comments.filter((comment) => comment.author.staff);
    expect(staff.map((comment) => comment.id)).toEqual([
      'comment-2058283',
      'comment-2058321',
      'comment-2058432',
      'comment-2058580',
      'comment-2059783',
    ]);
    expect(new Set(staff.map((comment) => comment.author.name)).size).toBe(1);
    // `byuser` alone (a registered reader, even one who answers like an editor) is not the team.
    const registered = comments.find((comment) => comment.id === 'comment-2058297')!;
    expect(registered.author.name).toBe('Ben Siegler');
    expect(registered.author).not.toHaveProperty('staff');
    expect(comments.filter((comment) => 'staff' in comment.author)).toHaveLength(5);
  });

  it('skips the anti-spam honeypot `#comment` for the real, renamed textarea', () => {
    const doc = realPage('wordpress/netzpolitik-2016-wp-html5-comments.html');
    const editor = locate(wordpressAdapter.native.editor, wordpressAdapter.find(doc)[0]!);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(editor?.getAttribute('name')).not.toBe('comment');
    expect(editor?.getAttribute('aria-hidden')).toBeNull();
    expect(editor?.closest('#respond')).not.toBeNull();
  });
});
