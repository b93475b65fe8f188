import { describe, expect, it } from 'vitest';
import { phpbbAdapter } from '../../../lib/sites/phpbb';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const phpbb3Url = 'https://bake.example/viewtopic.php?t=88';
const phpbb2Url = 'http://board.example/viewtopic.php?t=12';
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;

describe('phpbbAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(phpbbAdapter).toMatchObject({ id: 'phpbb', label: 'phpBB', matches: [] });
  });

  it('detects phpBB 3 and phpBB 2 and nothing else', () => {
    expect(phpbbAdapter.detect(fixture('generic/forum-phpbb3.html'), new URL(phpbb3Url))).toBe(true);
    expect(phpbbAdapter.detect(fixture('generic/forum-phpbb2.html'), new URL(phpbb2Url))).toBe(true);
    for (const path of [
      'generic/wordpress-html5.html',
      'generic/forum-xenforo.html',
      'generic/forum-vbulletin.html',
      'generic/forum-mybb.html',
      'flarum/discussion-2025.html',
    ]) {
      expect(phpbbAdapter.detect(fixture(path), new URL(phpbb3Url))).toBe(false);
    }
  });

  it('detects a phpBB 2 topic in a custom template by its post table and links', () => {
    const doc = fixture('generic/forum-phpbb2.html');
    for (const image of doc.querySelectorAll('img')) image.setAttribute('src', 'custom/x.gif');
    expect(phpbbAdapter.detect(doc, new URL(phpbb2Url))).toBe(true);
  });

  it('reads phpBB 3 posts, with a time taken from text when there is no <time>', () => {
    const comments = extractAll(phpbbAdapter, fixture('generic/forum-phpbb3.html'), phpbb3Url);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'p901',
        author: {
          name: 'Kim Baker',
          profileUrl: 'https://bake.example/memberlist.php?mode=viewprofile&u=54',
        },
        text: 'Is it dead? It smells like nail polish remover.',
        time: '2026-02-01T07:30:00.000Z',
        permalink: 'https://bake.example/viewtopic.php?p=901#p901',
      },
      {
        id: 'p902',
        author: {
          name: 'Lee Moreau',
          profileUrl: 'https://bake.example/memberlist.php?mode=viewprofile&u=61',
        },
        // The quote of post 901 is not part of the reply.
        text: 'Not dead, just hungry. Feed it twice a day.',
        time: '2026-02-01T08:02:00.000Z',
        permalink: 'https://bake.example/viewtopic.php?p=902#p902',
      },
      {
        id: 'p903',
        author: { name: 'Guest' },
        text: 'Same here, feeding fixed it.',
        time: '2026-02-02T18:15:00.000Z',
        permalink: 'https://bake.example/viewtopic.php?p=903#p903',
      },
    ]);
    const post = byId(fixture('generic/forum-phpbb3.html'), 'p901');
    expect(phpbbAdapter.placeBar(post).node.className).toBe('postbody');
  });

  it('reads phpBB 2 table rows: quote spans, signatures and guests', () => {
    const doc = fixture('generic/forum-phpbb2.html');
    const comments = extractAll(phpbbAdapter, doc, phpbb2Url);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: '1201',
        author: { name: 'René', profileUrl: 'http://board.example/profile.php?mode=viewprofile&u=31' },
        text: 'Café makes me ride faster\nbut only for an hour.',
        time: '2005-03-05T08:15:00.000Z',
        permalink: 'http://board.example/viewtopic.php?p=1201#1201',
      },
      {
        id: '1202',
        author: { name: 'Mia', profileUrl: 'http://board.example/profile.php?mode=viewprofile&u=58' },
        text: 'Tea for me, it lasts longer.',
        time: '2005-03-05T12:40:00.000Z',
        permalink: 'http://board.example/viewtopic.php?p=1202#1202',
      },
      {
        id: '1203',
        author: { name: 'Guest' },
        text: 'Water. Lots of water.',
        time: '2005-03-06T21:02:00.000Z',
        permalink: 'http://board.example/viewtopic.php?p=1203#1203',
      },
    ]);
    const row = phpbbAdapter.find(doc)[0]!;
    expect(row.tagName).toBe('TR');
    const placement = phpbbAdapter.placeBar(row);
    expect(placement).toMatchObject({ position: 'beforeend' });
    expect(placement.node.tagName).toBe('TD');
    // The buttons row after a post is not a post.
    expect(phpbbAdapter.extract(row.nextElementSibling!, new URL(phpbb2Url))).toBeNull();
  });

  it('finds posts in added subtrees: a phpBB 3 post block, a phpBB 2 row or its table', () => {
    const doc = fixture('generic/forum-phpbb3.html');
    const post = byId(doc, 'p902').cloneNode(true) as Element;
    post.id = 'p904';
    post.querySelector('.content')!.textContent = 'Rye flour woke mine up.';
    byId(doc, 'p903').after(post);
    expect(phpbbAdapter.find(post)).toEqual([post]);
    expect(phpbbAdapter.find(doc).map((el) => el.id)).toEqual(['p901', 'p902', 'p903', 'p904']);
    expect(phpbbAdapter.extract(post, new URL(phpbb3Url))).toMatchObject({
      id: 'p904',
      author: { name: 'Lee Moreau' },
      text: 'Rye flour woke mine up.',
    });

    const old = fixture('generic/forum-phpbb2.html');
    const rows = phpbbAdapter.find(old);
    expect(phpbbAdapter.find(rows[1]!)).toEqual([rows[1]]);
    expect(phpbbAdapter.find(old.querySelector('.forumline')!)).toEqual(rows);
  });
});

describe('phpbbAdapter native controls', () => {
  const { native } = phpbbAdapter;

  it('quotes, reports and deletes on phpBB 3 (3.2+ report route and 3.0 report.php)', () => {
    const doc = fixture('generic/forum-phpbb3.html');
    const [first, second, guest] = phpbbAdapter.find(doc);
    expect(locate(native.reply, first!)?.getAttribute('href')).toBe('./posting.php?mode=quote&p=901');
    expect(locate(native.report, first!)?.getAttribute('href')).toBe('./app.php/post/901/report');
    expect(locate(native.report, second!)?.getAttribute('href')).toBe('./report.php?f=2&p=902');
    expect(locate(native.remove, first!)?.getAttribute('href')).toBe('./posting.php?mode=delete&p=901');
    expect(locate(native.remove, second!)?.getAttribute('href')).toBe('./posting.php?mode=soft_delete&p=902');
    // The guest's post offers nothing to this reader.
    for (const locator of [native.reply, native.report, native.remove])
      expect(locate(locator, guest!)).toBeNull();
    expect(locate(native.editor, first!)?.closest('#qr_postform')).not.toBeNull();
  });

  it('quotes and deletes on phpBB 2, which has no report', () => {
    const doc = fixture('generic/forum-phpbb2.html');
    const [first, second, guest] = phpbbAdapter.find(doc);
    expect(locate(native.reply, first!)?.getAttribute('href')).toBe('posting.php?mode=quote&p=1201');
    expect(locate(native.reply, second!)?.getAttribute('href')).toBe('posting.php?mode=quote&p=1202');
    expect(locate(native.reply, guest!)).toBeNull();
    expect(locate(native.remove, first!)?.getAttribute('href')).toBe(
      'posting.php?mode=delete&p=1201&sid=5f2c',
    );
    expect(locate(native.remove, second!)).toBeNull();
    expect(locate(native.report, first!)).toBeNull();
  });

  it('declares the like as missing', () => {
    expect(native.like).toBeUndefined();
    expect(Object.keys(native.missing ?? {})).toEqual(['like']);
  });
});

describe.runIf(realPagesAvailable)('phpbbAdapter on a real page (../shared/fixtures/real-pages)', () => {
  const pageUrl = 'http://flyawaysimulation.com/posts4492-0.html';

  it('detects phpBB on flyawaysimulation.com and not on the other software’s real pages', () => {
    expect(
      phpbbAdapter.detect(realPage('phpbb/flyaway-phpbb2-subsilver-2005-15posts.html'), new URL(pageUrl)),
    ).toBe(true);
    for (const path of [
      'wordpress/netzpolitik-2016-wp-html5-comments.html',
      'xenforo/katzen-forum-xf2-thread.html',
      'discourse/meta-discourse-2.4-crawler-view-onebox.html',
    ]) {
      expect(phpbbAdapter.detect(realPage(path), new URL('https://forum.example/t/1'))).toBe(false);
    }
  });

  it('flyawaysimulation.com (phpBB 2 subSilver in PHP-Nuke, ISO-8859-1): 15 posts', () => {
    // Counted with `grep -c 'span class="name"'` and `grep -c 'class="postbody"'` (15 each), the
    // authors read from `<span class="name"><a name="N"></a><b>NAME</b>`.
    const doc = realPage('phpbb/flyaway-phpbb2-subsilver-2005-15posts.html');
    const comments = extractAll(phpbbAdapter, doc, pageUrl);
    expectSane(comments);
    expect(comments.map((comment) => comment.author.name)).toEqual([
      'b17',
      '99jolegg',
      'Fire_Emblem_Master',
      'bawn',
      'Michael_H',
      'tomthetank',
      'RadarMan',
      'Chris102',
      'Fredericia01',
      'b17',
      'Elkinallen',
      'michlin',
      'Vin4evr',
      'Fire_Emblem_Master',
      'Guest',
    ]);
    expect(comments[0]).toEqual({
      id: '23076',
      author: { name: 'b17' },
      text: expect.stringMatching(/^I want to know what graphics cards, ram and processor everyone is using/),
      time: '2005-02-02T22:08:00.000Z',
      permalink: 'http://flyawaysimulation.com/postp23076.html#23076',
    });
    expect(comments[1]!.author.profileUrl).toBe(
      'http://flyawaysimulation.com/modules.php?name=Forums&file=profile&mode=viewprofile&u=24757',
    );
    // The signature after the underscores is not part of the message.
    expect(comments[1]!.text.endsWith('and then a new Radeon 6800 graphics card.')).toBe(true);
    expect(comments[14]!.time).toBe('2005-02-04T00:55:00.000Z');
    expect(comments.every((comment) => comment.time && comment.permalink)).toBe(true);

    // Logged out: every post offers "Reply with quote" through PHP-Nuke's Forums module, nothing else.
    const found = phpbbAdapter.find(doc);
    const { native } = phpbbAdapter;
    expect(found.map((row) => locate(native.reply, row)?.getAttribute('href'))).toEqual(
      comments.map((comment) => `modules.php?name=Forums&file=posting&mode=quote&p=${comment.id}`),
    );
    expect(found.filter((row) => locate(native.remove, row) || locate(native.report, row))).toEqual([]);
  });
});
