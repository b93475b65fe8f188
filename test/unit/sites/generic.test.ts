import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { genericAdapter } from '../../../lib/sites/generic';
import {
  byId,
  expectSane,
  extractAll as extractWith,
  fixture as fixtureAt,
  parse,
  REAL_PAGES,
  realPagesAvailable,
} from './helpers';

const fixture = (name: string): Document => fixtureAt(`generic/${name}`);
const extractAll = (doc: Document, url: string): Comment[] => extractWith(genericAdapter, doc, url);
const html = (markup: string): Document =>
  parseHTML(`<html><body>${markup}</body></html>`).document as unknown as Document;

describe('genericAdapter on hand-written fixtures', () => {
  it('describes itself as the catch-all adapter', () => {
    expect(genericAdapter.id).toBe('generic');
    expect(genericAdapter.label).toBe('Generic comments');
    expect(genericAdapter.matches).toEqual([]);
    for (const path of genericAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads schema.org microdata, keeping a nested reply’s properties out of its parent', () => {
    const doc = fixture('microdata.html');
    const comments = extractAll(doc, 'https://blog.example/trail-lamp');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'c-101',
        author: { name: 'Ana Lima', profileUrl: 'https://blog.example/u/ana' },
        text: 'Four nights is great.\nMine lasted three in the cold.',
        time: '2026-03-01T08:15:00.000Z',
        permalink: 'https://blog.example/trail-lamp#c-101',
        depth: 0,
      },
      {
        id: 'c-102',
        author: { name: 'Ben Okafor', profileUrl: 'https://blog.example/u/ben' },
        text: 'Did you use eco mode?',
        time: '2026-03-01T10:00:00.000Z',
        permalink: 'https://blog.example/trail-lamp#c-102',
        depth: 1,
        parentId: 'c-101',
      },
      {
        id: expect.stringMatching(/^h-[0-9a-f]{8}$/),
        author: { name: 'Chloé Martin' },
        text: 'Merci pour le test !',
        time: '2026-03-02T00:00:00.000Z',
        depth: 0,
      },
    ]);
    expect(genericAdapter.placeBar(byId(doc, 'c-102'))).toEqual({
      node: byId(doc, 'c-102').querySelector('[itemprop="text"]'),
      position: 'afterend',
    });
  });

  it('takes a forum topic’s opening post from the box around its own properties', () => {
    const doc = fixture('forum-microdata-thread.html');
    const found = genericAdapter.find(doc);
    expect(found.map((el) => el.id)).toEqual(['post-1', 'post-2', 'post-3']);
    const comments = extractAll(doc, 'https://forum.example/t/puncture/77');
    expectSane(comments);
    expect(comments[0]).toEqual({
      id: 'post-1',
      author: { name: 'Rosa Lind', handle: 'rosa', profileUrl: 'https://forum.example/u/rosa' },
      text: 'Sealant did not close the hole. Plug or tube?',
      time: '2026-08-01T06:00:00.000Z',
      permalink: 'https://forum.example/t/puncture/77',
      depth: 0,
    });
    expect(comments[1]).toMatchObject({
      id: 'post-2',
      author: { name: 'Tomas Berg' },
      text: 'Plug first, it takes a minute.',
      permalink: 'https://forum.example/t/puncture/77#post-2',
      depth: 1,
      parentId: 'post-1',
    });
    expect(comments[2]).toMatchObject({
      id: 'post-3',
      author: { name: '' },
      text: 'Tube, always carry one.',
    });
    expect(comments[2]!.permalink).toBe('https://forum.example/t/puncture/77#post-3');
  });

  it('maps JSON-LD comments onto the elements their URL fragments name', () => {
    const doc = fixture('json-ld.html');
    const comments = extractAll(doc, 'https://notes.example/field-notes');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'note-1',
        author: { name: 'Ana Lima', profileUrl: 'https://notes.example/u/ana' },
        text: 'The map on page two is upside down.',
        time: '2026-04-01T08:00:00.000Z',
        permalink: 'https://notes.example/field-notes#note-1',
        depth: 0,
      },
      {
        id: 'note-2',
        author: { name: 'Ben Okafor' },
        text: 'It is on purpose: south is up.',
        time: '2026-04-01T11:30:00.000Z',
        permalink: 'https://notes.example/field-notes#note-2',
        depth: 1,
        parentId: 'note-1',
      },
      {
        id: 'note-3',
        author: { name: 'Chloé Martin' },
        text: 'Lovely trip, thanks for the notes.',
        permalink: 'https://notes.example/field-notes#note-3',
        depth: 0,
      },
    ]);
  });

  it('reads microformats2 comments and skips the replied-to post, related posts and the feed', () => {
    const doc = fixture('microformats.html');
    const comments = extractAll(doc, 'https://me.example/re-night-hikes');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'reply-1',
        author: { name: 'Ana Lima', profileUrl: 'https://ana.example/' },
        text: 'Which lamp do you use?',
        time: '2026-05-02T21:05:00.000Z',
        permalink: 'https://ana.example/replies/7',
        depth: 0,
      },
      {
        id: 'reply-2',
        author: { name: 'Sam Reyes' },
        text: 'The Lumen Trail, on its lowest setting.',
        time: '2026-05-03T05:00:00.000Z',
        permalink: 'https://me.example/re-night-hikes#reply-2',
        depth: 1,
        parentId: 'reply-1',
      },
      {
        id: expect.stringMatching(/^h-[0-9a-f]{8}$/),
        author: { name: 'Ben Okafor', profileUrl: 'https://ben.example/' },
        text: 'Bookmarked for the summer.',
        time: '2026-05-04T09:00:00.000Z',
        depth: 0,
      },
    ]);
  });

  it('reads the WordPress HTML5 comment list, one box per comment, replies apart', () => {
    const doc = fixture('wordpress-html5.html');
    const found = genericAdapter.find(doc);
    expect(found.map((el) => el.id)).toEqual([
      'div-comment-11',
      'div-comment-12',
      'div-comment-13',
      'div-comment-14',
      'div-comment-16',
    ]);
    const comments = extractAll(doc, 'https://trail.example/2026/06/packing/');
    expectSane(comments);
    expect(comments.map(({ id, author, depth, parentId }) => ({ id, author, depth, parentId }))).toEqual([
      { id: 'comment-11', author: { name: 'Ana Lima', profileUrl: 'https://ana.example/' }, depth: 0 },
      // The post's author answers (`bypostauthor`): the team.
      { id: 'comment-12', author: { name: 'Sam Reyes', staff: true }, depth: 1, parentId: 'comment-11' },
      { id: 'comment-13', author: { name: 'Ana Lima' }, depth: 2, parentId: 'comment-12' },
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
    expect(genericAdapter.placeBar(found[0]!)).toEqual({ node: found[0], position: 'beforeend' });
  });

  it('reads the older WordPress markup with human-readable dates', () => {
    const doc = fixture('wordpress-classic.html');
    const comments = extractAll(doc, 'http://old.example/2009/04/spring/');
    expectSane(comments);
    expect(comments).toEqual([
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
    expect(genericAdapter.find(doc)[0]).toBe(box);
    expect(genericAdapter.placeBar(box)).toEqual({ node: box, position: 'afterend' });
  });

  it('gives each comment once when a WordPress theme adds microdata to it', () => {
    const doc = fixture('wordpress-microdata-twins.html');
    const found = genericAdapter.find(doc);
    expect(found.map((el) => el.getAttribute('itemprop'))).toEqual(['comment', 'comment', 'comment']);
    const comments = extractAll(doc, 'https://bread.example/altitude/');
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
    // Found from a subtree too, where the WordPress twin is outside the root.
    expect(genericAdapter.find(byId(doc, 'comment-32'))).toEqual([found[1]]);
    expect(genericAdapter.find(found[1]!)).toEqual([found[1]]);
  });

  it('reads XenForo posts without quotes, signatures or reactions, and a deleted author as ""', () => {
    const doc = fixture('forum-xenforo.html');
    const comments = extractAll(doc, 'https://bikes.example/threads/chain-lube.77/');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'js-post-501',
        author: { name: 'Ivo', profileUrl: 'https://bikes.example/members/ivo.17/' },
        text: 'Wax or oil for salty roads?\nMy chain rusts in a week.',
        time: '2026-01-10T17:00:00.000Z',
        permalink: 'https://bikes.example/threads/chain-lube.77/post-501',
      },
      {
        id: 'js-post-502',
        author: { name: 'Jo Kim', profileUrl: 'https://bikes.example/members/jo-kim.23/' },
        text: 'Oil, and wipe it after every ride.',
        time: '2026-01-10T18:30:00.000Z',
        permalink: 'https://bikes.example/threads/chain-lube.77/post-502',
      },
      {
        id: 'js-post-503',
        author: { name: '' },
        text: 'Ceramic lube lasted me all winter.',
        time: '2026-01-11T17:00:00.000Z',
        permalink: 'https://bikes.example/threads/chain-lube.77/post-503',
      },
    ]);
    const post = byId(doc, 'js-post-501');
    expect(genericAdapter.placeBar(post)).toEqual({
      node: post.querySelector('.message-main'),
      position: 'beforeend',
    });
  });

  it('reads phpBB 3 posts, with a time taken from text when there is no <time>', () => {
    const comments = extractAll(fixture('forum-phpbb3.html'), 'https://bake.example/viewtopic.php?t=88');
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
  });

  it('reads phpBB 2 table rows: quote spans, signatures and guests', () => {
    const doc = fixture('forum-phpbb2.html');
    const comments = extractAll(doc, 'http://board.example/viewtopic.php?t=12');
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
    const row = genericAdapter.find(doc)[0]!;
    expect(row.tagName).toBe('TR');
    const placement = genericAdapter.placeBar(row);
    expect(placement.position).toBe('beforeend');
    expect(placement.node.tagName).toBe('TD');
    expect(placement.node.querySelector('.postbody')).not.toBeNull();
  });

  it('reads vBulletin posts and leaves an ambiguous numeric date unread', () => {
    const comments = extractAll(fixture('forum-vbulletin.html'), 'https://camp.example/showthread.php?t=300');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'post_7001',
        author: { name: 'Noor', profileUrl: 'https://camp.example/member.php?u=12' },
        text: 'Regular pegs pull out of the sand.\nWhat do you use?',
        permalink: 'https://camp.example/showthread.php?t=300&p=7001#post7001',
      },
      {
        id: 'post_7002',
        author: { name: 'Omar', profileUrl: 'https://camp.example/member.php?u=40' },
        text: 'Snow pegs, or bury a stuff sack full of sand.',
        permalink: 'https://camp.example/showthread.php?t=300&p=7002#post7002',
      },
    ]);
  });

  it('reads MyBB posts', () => {
    const comments = extractAll(fixture('forum-mybb.html'), 'https://stoves.example/showthread.php?tid=42');
    expectSane(comments);
    expect(comments.map(({ id, author, text, time }) => ({ id, name: author.name, text, time }))).toEqual([
      {
        id: 'post_3301',
        name: 'Pia',
        text: 'Gas or alcohol for two people, one week?',
        time: '2026-03-02T14:20:00.000Z',
      },
      {
        id: 'post_3302',
        name: 'Quinn',
        text: 'Gas, it is faster to cook for two.',
        time: '2026-03-02T15:05:00.000Z',
      },
    ]);
  });

  it('finds nothing on a post without comments, whatever looks like one around it', () => {
    const doc = fixture('no-comments.html');
    expect(genericAdapter.find(doc)).toEqual([]);
    expect(genericAdapter.detect(doc, new URL('https://knots.example/ten-knots'))).toBe(false);
    // Not even when asked about the widget's comment directly.
    expect(
      genericAdapter.extract(byId(doc, 'comment-9'), new URL('https://knots.example/ten-knots')),
    ).toBeNull();
  });

  it('keeps hostile content as text and never returns a script or data link', () => {
    const doc = fixture('hostile.html');
    const before = doc.documentElement.outerHTML;
    const comments = extractAll(doc, 'https://evil.example/post');
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'comment-66',
        author: { name: '<img src=x onerror=alert(1)>' },
        text: 'Nice post <script>alert(3)</script>\nClick here.',
        time: '2026-07-01T12:00:00.000Z',
        permalink: 'https://evil.example/post#comment-66',
        depth: 0,
      },
      {
        id: 'comment-67',
        author: { name: 'Mallory' },
        text: 'Second try.',
        time: '2026-07-02T15:00:00.000Z',
        permalink: 'https://evil.example/post#comment-67',
        depth: 0,
      },
    ]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('genericAdapter behaviour', () => {
  const pages = [
    'microdata.html',
    'forum-microdata-thread.html',
    'json-ld.html',
    'microformats.html',
    'wordpress-html5.html',
    'wordpress-classic.html',
    'wordpress-microdata-twins.html',
    'forum-xenforo.html',
    'forum-phpbb3.html',
    'forum-phpbb2.html',
    'forum-vbulletin.html',
    'forum-mybb.html',
    'hostile.html',
  ];

  it.each(pages)('detects %s and gives the same ids on a second parse', (name) => {
    const url = 'https://site.example/page';
    const first = fixture(name);
    expect(genericAdapter.detect(first, new URL(url))).toBe(true);
    expect(extractAll(fixture(name), url).map((comment) => comment.id)).toEqual(
      extractAll(first, url).map((comment) => comment.id),
    );
  });

  it('finds comments in an added subtree, not around it', () => {
    const doc = fixture('wordpress-html5.html');
    expect(genericAdapter.find(byId(doc, 'comment-12')).map((el) => el.id)).toEqual([
      'div-comment-12',
      'div-comment-13',
    ]);
    expect(genericAdapter.find(doc.querySelector('.comment-list')!)).toHaveLength(5);
    expect(genericAdapter.find(byId(doc, 'div-comment-11').querySelector('.comment-content')!)).toEqual([]);
    // A comment box the page re-rendered in place is found again.
    expect(genericAdapter.find(byId(doc, 'div-comment-11'))).toEqual([byId(doc, 'div-comment-11')]);
  });

  it('finds a comment appended later, with its thread position', () => {
    const doc = fixture('wordpress-html5.html');
    const children = byId(doc, 'comment-13').parentElement!;
    const reply = doc.createElement('li');
    reply.id = 'comment-99';
    reply.className = 'comment depth-3';
    const box = doc.createElement('article');
    box.id = 'div-comment-99';
    box.className = 'comment-body';
    const authorBox = doc.createElement('div');
    authorBox.className = 'comment-author vcard';
    const name = doc.createElement('b');
    name.className = 'fn';
    name.textContent = 'Noor';
    authorBox.append(name);
    const content = doc.createElement('div');
    content.className = 'comment-content';
    content.textContent = 'Late reply.';
    box.append(authorBox, content);
    reply.append(box);
    children.append(reply);
    expect(genericAdapter.find(reply)).toEqual([box]);
    expect(genericAdapter.extract(box, new URL('https://trail.example/p'))).toMatchObject({
      id: 'comment-99',
      author: { name: 'Noor' },
      text: 'Late reply.',
      depth: 2,
      parentId: 'comment-12',
    });
  });

  it('returns null for elements that are not comments', () => {
    const doc = fixture('wordpress-html5.html');
    const url = new URL('https://trail.example/p');
    expect(genericAdapter.extract(doc.body, url)).toBeNull();
    expect(genericAdapter.extract(byId(doc, 'comment-15'), url)).toBeNull();
    expect(genericAdapter.extract(doc.querySelector('.recentcomments')!, url)).toBeNull();
  });
});

if (!realPagesAvailable) {
  console.warn(`Skipping the generic adapter's real-page tests: ${REAL_PAGES} does not exist.`);
}

describe.skipIf(!realPagesAvailable)(
  'genericAdapter on real saved pages (../shared/fixtures/real-pages)',
  () => {
    const real = (path: string): Document => parse(`${REAL_PAGES}${path}`);

    it('WordPress (netzpolitik.org, HTML5 comment list): 74 comments in 36 threads', () => {
      const url =
        'https://netzpolitik.org/2016/die-cider-connection-abmahnungen-gegen-nutzer-von-creative-commons-bildern/';
      const comments = extractAll(real('wordpress/netzpolitik-2016-wp-html5-comments.html'), url);
      expectSane(comments);
      expect(comments).toHaveLength(74);
      expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(36);
      expect(Math.max(...comments.map((comment) => comment.depth ?? 0))).toBe(4);
      expect(comments.filter((comment) => comment.author.profileUrl)).toHaveLength(10);
      expect(
        comments.every((comment) => comment.time && comment.permalink?.startsWith(`${url}#comment-`)),
      ).toBe(true);
      expect(comments.slice(0, 5).map((comment) => comment.author.name)).toEqual([
        'blah blubb',
        'Rafael',
        'Yan tuygi',
        'mirdochegal',
        'Volker Rieck',
      ]);
      expect(comments[0]).toMatchObject({
        id: 'comment-2058226',
        time: '2016-06-23T15:21:09.000Z',
        permalink: `${url}#comment-2058226`,
        depth: 0,
      });
      expect(comments[1]).toMatchObject({ id: 'comment-2058234', depth: 1, parentId: 'comment-2058226' });
      const quoting = comments.find((comment) => comment.id === 'comment-2058297')!;
      expect(quoting.author.name).toBe('Ben Siegler');
      expect(quoting.text).toBe(
        'Weil das ein Recht aller Personen ist, die nicht im öffentlichen Leben stehen. Wer die Namen haben will ' +
          'findet sie mit der Suchmaschine seiner Wahl.\nNein, sollte man nicht. Selbstjustiz ist keine Lösung, ' +
          'bitte spar‘ Dir Kommentare in diese Richtung.',
      );
    });

    it('XenForo 2 (katzen-forum.net): 18 posts', () => {
      const url =
        'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/';
      const comments = extractAll(real('xenforo/katzen-forum-xf2-thread.html'), url);
      expectSane(comments);
      expect(comments.map((comment) => comment.author.name)).toEqual([
        'Pepemaus',
        'yellowkitty',
        'Lov100',
        'Pepemaus',
        'Pepemaus',
        'MoeC',
        'yellowkitty',
        'Lehmann',
        'Pepemaus',
        'Lehmann',
        'Pepemaus',
        'MoeC',
        'Catbert',
        'Pepemaus',
        'Pepemaus',
        'AnnaAn',
        'Pepemaus',
        'Pepemaus',
      ]);
      expect(comments[1]).toMatchObject({
        id: 'js-post-6331423',
        author: {
          name: 'yellowkitty',
          profileUrl: 'https://www.katzen-forum.net/members/yellowkitty.100882/',
        },
        time: '2018-09-27T13:11:51.000Z',
        permalink: `${url}post-6331423`,
      });
      // Post 7 quotes post 4: the quote is not yellowkitty's text.
      expect(comments[6]!.text.startsWith('Dann hat er wohl keine Milben')).toBe(true);
      expect(comments[6]!.text).not.toContain('die Ohren sind total sauber');
    });

    it('phpBB 2 subSilver (flyawaysimulation.com, ISO-8859-1): 15 posts', () => {
      const url = 'http://flyawaysimulation.com/posts4492-0.html';
      const comments = extractAll(real('phpbb/flyaway-phpbb2-subsilver-2005-15posts.html'), url);
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
        text: expect.stringMatching(
          /^I want to know what graphics cards, ram and processor everyone is using/,
        ),
        time: '2005-02-02T22:08:00.000Z',
        permalink: 'http://flyawaysimulation.com/postp23076.html#23076',
      });
      expect(comments[1]!.author.profileUrl).toBe(
        'http://flyawaysimulation.com/modules.php?name=Forums&file=profile&mode=viewprofile&u=24757',
      );
      // The signature after the underscores is not part of the message.
      expect(comments[1]!.text.endsWith('and then a new Radeon 6800 graphics card.')).toBe(true);
      expect(comments[14]!.time).toBe('2005-02-04T00:55:00.000Z');
    });

    it('Discourse 2.4 crawler view (meta.discourse.org): 2 posts', () => {
      const url = 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483';
      const comments = extractAll(real('discourse/meta-discourse-2.4-crawler-view-onebox.html'), url);
      expectSane(comments);
      expect(comments.map(({ author, time }) => ({ author, time }))).toEqual([
        {
          author: { name: 'techAPJ', profileUrl: 'https://meta.discourse.org/u/techAPJ' },
          time: '2014-02-06T04:55:19.000Z',
        },
        {
          author: { name: 'codinghorror', profileUrl: 'https://meta.discourse.org/u/codinghorror' },
          time: '2014-02-06T05:27:06.000Z',
        },
      ]);
      expect(comments[1]!.text).toBe(
        'Ah, cool. I was not sure how to see that since GitHub changed around the way project top stats looked. ' +
          'Thanks for that link and thank you – and everyone else who is contributing to the project!',
      );
      expect(comments[0]!.text).toBe(
        'Congratulations Discourse for qualifying Repositories with the most stars on GitHub Octoverse.\n' +
          'And that too in just over an year, way to go! :boom:',
      );
    });

    it.each([
      'hackernews/hn-ask-best-papers-2023.html',
      'reddit/old-reddit-2018-aww-blogskipper.html',
      'stackexchange/english-se-q250245-2017.html',
      'github/github-issue-react-viewer-2025-defuddle56.html',
    ])('leaves %s (a site with its own adapter) to that adapter', (path) => {
      expect(genericAdapter.find(real(path))).toEqual([]);
    });
  },
);

describe('genericAdapter on the demo community’s team marks', () => {
  const demo = (name: string): Document =>
    parse(fileURLToPath(new URL(`../../../scripts/demo-community/${name}`, import.meta.url)));
  const staffOf = (comments: Comment[]) =>
    comments.filter((comment) => 'staff' in comment.author).map((comment) => [comment.id, comment.author]);
  const ines = {
    name: 'Inès Moreau',
    handle: 'ines_lumen',
    profileUrl: 'http://127.0.0.1:4173/members.html#ines_lumen',
    staff: true,
  };

  it('reads the "Lumen team" badge (`.badge.staff`, `.post.is-staff`) of the forum threads, and no other', () => {
    // forum-thread.html: Inès Moreau opens the topic (post-1) and answers in post-18; the other posts
    // carry "Regular", "New member", "Ambassador" badges or none. Post-6 quotes a member's post.
    const thread = extractAll(demo('forum-thread.html'), 'http://127.0.0.1:4173/forum-thread.html');
    expectSane(thread);
    expect(staffOf(thread)).toEqual([
      ['post-1', ines],
      ['post-18', ines],
    ]);
    // forum-thread-2.html at load (posts 2–9 in the DOM, the rest in templates).
    const second = extractAll(demo('forum-thread-2.html'), 'http://127.0.0.1:4173/forum-thread-2.html');
    expect(staffOf(second)).toEqual([
      ['post-1', ines],
      ['post-9', ines],
    ]);
  });

  it('reads the team only outside the text and only on the comment itself', () => {
    const doc = html(
      '<article itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="post" id="p1">' +
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></span>' +
        '<div itemprop="text"><p>I am <span class="staff">staff</span>, trust me.</p></div>' +
        '<div class="post is-staff" id="p2" itemprop="comment" itemscope itemtype="https://schema.org/Comment">' +
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Inès</span></span>' +
        '<div itemprop="text"><p>Welcome!</p></div></div>' +
        '<div class="post" id="p3" itemprop="comment" itemscope itemtype="https://schema.org/Comment">' +
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Sam</span></span>' +
        '<span class="badge staff-pick">Staff pick</span><div itemprop="text"><p>Thanks.</p></div></div>' +
        '</div></article>',
    );
    const comments = extractAll(doc, 'https://forum.example/t/1');
    expect(comments.map((comment) => [comment.author.name, comment.author.staff])).toEqual([
      // A `staff` class inside the text is the member's own markup.
      ['Ana', undefined],
      ['Inès', true],
      // `staff-pick` is not `staff`.
      ['Sam', undefined],
    ]);
  });

  it('reads the blog author’s replies (`bypostauthor`) on the demo blog post', () => {
    const comments = extractAll(demo('blog-post.html'), 'http://127.0.0.1:4173/blog-post.html');
    expect(
      comments.filter((comment) => comment.author.staff).map((comment) => [comment.id, comment.author.name]),
    ).toEqual([
      ['comment-14', 'Camille Roussel'],
      ['comment-19', 'Camille Roussel'],
      ['comment-29', 'Camille Roussel'],
    ]);
  });
});

describe('genericAdapter on microformats feeds', () => {
  const entry = (id: string, author: string, text: string) =>
    `<article class="h-entry" id="${id}"><div class="p-author h-card"><span class="p-name">${author}</span></div><div class="e-content">${text}</div></article>`;
  const page = (entries: string) =>
    parseHTML(`<html><body><main class="h-feed">${entries}</main></body></html>`)
      .document as unknown as Document;

  it("counts members' posts in a feed written by several people", () => {
    const doc = page(
      entry('p1', 'Ana Lima', 'My new lamp arrived!') + entry('p2', 'Sam Reyes', 'Anyone riding tonight?'),
    );
    expect(
      extractAll(doc, 'https://social.example/feed').map((comment) => [comment.id, comment.author.name]),
    ).toEqual([
      ['p1', 'Ana Lima'],
      ['p2', 'Sam Reyes'],
    ]);
  });

  it("leaves a single author's feed alone: a blog front page's teasers are not comments", () => {
    const doc = page(entry('p1', 'Lumen', 'Release notes 4.2') + entry('p2', 'Lumen', 'Winter riding tips'));
    expect(genericAdapter.find(doc)).toEqual([]);
  });

  it('finds the posts and the replies of the demo community feed', () => {
    const doc = parse(fileURLToPath(new URL('../../../scripts/demo-community/feed.html', import.meta.url)));
    const comments = extractAll(doc, 'http://127.0.0.1:4173/feed.html');
    expectSane(comments);
    expect(comments).toHaveLength(23);
    expect(comments.filter((comment) => !comment.id.includes('reply'))).toHaveLength(7);
  });
});
