import { describe, expect, it } from 'vitest';
import type { ControlLocator } from '../../../lib/sites/types';
import { xenforoAdapter } from '../../../lib/sites/xenforo';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const threadUrl = 'https://bikes.example/threads/chain-lube.77/';
const url = new URL(threadUrl);
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;

describe('xenforoAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(xenforoAdapter).toMatchObject({ id: 'xenforo', label: 'XenForo', matches: [] });
    expect(xenforoAdapter.fixtures).toContain('test/fixtures/generic/forum-xenforo.html');
  });

  it('detects XenForo by the root element and nothing else', () => {
    expect(xenforoAdapter.detect(fixture('generic/forum-xenforo.html'), url)).toBe(true);
    for (const path of [
      'generic/wordpress-html5.html',
      'generic/forum-phpbb3.html',
      'generic/forum-phpbb2.html',
      'generic/forum-vbulletin.html',
      'generic/forum-mybb.html',
      'flarum/discussion-2025.html',
    ]) {
      expect(xenforoAdapter.detect(fixture(path), url)).toBe(false);
    }
  });

  it('reads posts without quotes, signatures or the action bar, and a deleted author as ""', () => {
    const doc = fixture('generic/forum-xenforo.html');
    const comments = extractAll(xenforoAdapter, doc, threadUrl);
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
    expect(xenforoAdapter.placeBar(post)).toEqual({
      node: post.querySelector('.message-main'),
      position: 'beforeend',
    });
    // The quick-reply box is a `.message` too, without an author: not a post.
    expect(xenforoAdapter.extract(doc.querySelector('.message--quickReply')!, url)).toBeNull();
  });

  it('finds a post appended later by "load more" or a new reply', () => {
    const doc = fixture('generic/forum-xenforo.html');
    const post = byId(doc, 'js-post-502').cloneNode(true) as Element;
    post.id = 'js-post-504';
    post.setAttribute('data-content', 'post-504');
    post.setAttribute('data-author', 'Lea');
    post.querySelector('.message-name .username')!.textContent = 'Lea';
    post.querySelector('.message-body .bbWrapper')!.textContent = 'Dry lube for dry roads only.';
    doc.querySelector('.js-replyNewMessageContainer')!.append(post);
    expect(xenforoAdapter.find(post)).toEqual([post]);
    expect(xenforoAdapter.find(doc).map((el) => el.id)).toEqual([
      'js-post-501',
      'js-post-502',
      'js-post-503',
      'js-post-504',
    ]);
    expect(xenforoAdapter.extract(post, url)).toMatchObject({
      id: 'js-post-504',
      author: { name: 'Lea' },
      text: 'Dry lube for dry roads only.',
    });
  });
});

describe('xenforoAdapter native controls', () => {
  const { native } = xenforoAdapter;
  const doc = fixture('generic/forum-xenforo.html');
  const [first, second, third] = xenforoAdapter.find(doc);

  it('likes with the Like reaction and reads its pressed state', () => {
    const like = locate(native.like, first!);
    expect(like?.getAttribute('href')).toBe('/posts/501/react?reaction_id=1');
    expect(native.liked!(like!)).toBe(false);
    expect(native.liked!(locate(native.like, second!)!)).toBe(true);
    // A deleted member's post shows no reactions to this reader.
    expect(locate(native.like, third!)).toBeNull();
  });

  it('reads XenForo 2.0’s like link, whose label turns to "Unlike"', () => {
    const link = doc.createElement('a');
    link.className = 'actionBar-action actionBar-action--like';
    link.textContent = 'Like';
    expect(native.liked!(link)).toBe(false);
    link.textContent = ' Unlike ';
    expect(native.liked!(link)).toBe(true);
  });

  it('replies by quoting into the quick-reply editor, reports and deletes', () => {
    expect(locate(native.reply, first!)?.getAttribute('href')).toBe('/threads/chain-lube.77/reply?quote=501');
    expect(locate(native.report, second!)?.getAttribute('href')).toBe('/posts/502/report');
    expect(locate(native.remove, first!)?.getAttribute('href')).toBe('/posts/501/delete');
    // Only a moderator or the author sees Delete.
    expect(locate(native.remove, second!)).toBeNull();
    expect(locate(native.editor, first!)?.matches('.fr-element[contenteditable="true"]')).toBe(true);
  });

  it('falls back to the plain textarea when the rich editor is off', () => {
    const plain = fixture('generic/forum-xenforo.html');
    plain.querySelector('.fr-box')!.remove();
    expect(locate(native.editor, xenforoAdapter.find(plain)[0]!)?.getAttribute('name')).toBe('message_html');
  });

  it('declares every step', () => {
    expect(native.missing).toBeUndefined();
  });
});

describe.runIf(realPagesAvailable)('xenforoAdapter on a real page (../shared/fixtures/real-pages)', () => {
  const pageUrl =
    'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/';

  it('detects XenForo on katzen-forum.net and not on the other software’s real pages', () => {
    expect(xenforoAdapter.detect(realPage('xenforo/katzen-forum-xf2-thread.html'), new URL(pageUrl))).toBe(
      true,
    );
    for (const path of [
      'wordpress/netzpolitik-2016-wp-html5-comments.html',
      'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
      'discourse/meta-discourse-2.4-crawler-view-onebox.html',
    ]) {
      expect(xenforoAdapter.detect(realPage(path), new URL('https://forum.example/t/1'))).toBe(false);
    }
  });

  it('katzen-forum.net (XenForo 2, logged out): 18 posts', () => {
    // Counted with `grep -c 'class="message message--post'` (18); the page's 19th `data-author` is a
    // "similar threads" item (`div.structItem`), not a post.
    const doc = realPage('xenforo/katzen-forum-xf2-thread.html');
    const comments = extractAll(xenforoAdapter, doc, pageUrl);
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
      permalink: `${pageUrl}post-6331423`,
    });
    expect(
      comments.every((comment) => comment.time && comment.permalink?.startsWith(`${pageUrl}post-`)),
    ).toBe(true);
    // Post 7 quotes post 4: the quote is not yellowkitty's text.
    expect(comments[6]!.text.startsWith('Dann hat er wohl keine Milben')).toBe(true);
    expect(comments[6]!.text).not.toContain('die Ohren sind total sauber');
    expect(comments[0]!.text.startsWith('Hallo,\nPepe schläft nachts mit mir im Schlafzimmer')).toBe(true);

    // Logged out: no action bar, but the quick-reply editor is on the page (Froala not started yet).
    const found = xenforoAdapter.find(doc);
    const { native } = xenforoAdapter;
    for (const locator of [native.like, native.reply, native.report, native.remove]) {
      expect(found.filter((post) => locate(locator, post) !== null)).toEqual([]);
    }
    expect(locate(native.editor, found[0]!)?.getAttribute('name')).toBe('message_html');
  });
});
