import { describe, expect, it } from 'vitest';
import type { ControlLocator } from '../../../lib/sites/types';
import { vbulletinAdapter } from '../../../lib/sites/vbulletin';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const threadUrl = 'https://camp.example/showthread.php?t=300';
const url = new URL(threadUrl);
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;

describe('vbulletinAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(vbulletinAdapter).toMatchObject({ id: 'vbulletin', label: 'vBulletin', matches: [] });
  });

  it('detects vBulletin by its root id and meta tags, and nothing else', () => {
    const doc = fixture('generic/forum-vbulletin.html');
    expect(vbulletinAdapter.detect(doc, url)).toBe(true);
    // The generator tag alone is enough (vBulletin 3 has no root id).
    doc.documentElement.removeAttribute('id');
    doc.querySelector('meta[name="vb_meta_bburl"]')!.remove();
    expect(vbulletinAdapter.detect(doc, url)).toBe(true);
    for (const path of [
      'generic/wordpress-html5.html',
      'generic/forum-xenforo.html',
      'generic/forum-phpbb3.html',
      'generic/forum-phpbb2.html',
      'generic/forum-mybb.html',
      'flarum/discussion-2025.html',
    ]) {
      expect(vbulletinAdapter.detect(fixture(path), url)).toBe(false);
    }
  });

  it('reads vBulletin 4 posts without quotes, signatures or controls, and leaves an ambiguous date unread', () => {
    const doc = fixture('generic/forum-vbulletin.html');
    const comments = extractAll(vbulletinAdapter, doc, threadUrl);
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
    const post = byId(doc, 'post_7001');
    expect(vbulletinAdapter.placeBar(post)).toEqual({
      node: post.querySelector('.postbody'),
      position: 'beforeend',
    });
  });

  it('finds a post appended later', () => {
    const doc = fixture('generic/forum-vbulletin.html');
    const post = byId(doc, 'post_7002').cloneNode(true) as Element;
    post.id = 'post_7003';
    post.querySelector('blockquote.postcontent')!.textContent = 'Sand anchors work too.';
    doc.querySelector('#posts')!.append(post);
    expect(vbulletinAdapter.find(post)).toEqual([post]);
    expect(vbulletinAdapter.find(doc)).toHaveLength(3);
    expect(vbulletinAdapter.extract(post, url)).toMatchObject({
      id: 'post_7003',
      author: { name: 'Omar' },
      text: 'Sand anchors work too.',
    });
  });
});

describe('vbulletinAdapter native controls', () => {
  const { native } = vbulletinAdapter;
  const doc = fixture('generic/forum-vbulletin.html');
  const [first, second] = vbulletinAdapter.find(doc);

  it('thanks through the Post Thank You Hack and reads its hidden, pressed state', () => {
    const thanks = locate(native.like, first!);
    expect(thanks?.id).toBe('post_thanks_button_7001');
    expect(native.liked!(thanks!)).toBe(false);
    expect(native.liked!(locate(native.like, second!)!)).toBe(true);
  });

  it('replies with quote, reports, and removes through the edit screen', () => {
    expect(locate(native.reply, first!)?.id).toBe('qrwq_7001');
    expect(locate(native.report, second!)?.getAttribute('href')).toBe('report.php?p=7002');
    expect(locate(native.remove, first!)?.getAttribute('href')).toBe('editpost.php?do=editpost&p=7001');
    // Not the author nor a moderator there.
    expect(locate(native.remove, second!)).toBeNull();
    expect(locate(native.editor, first!)?.id).toBe('vB_Editor_QR_editor');
  });

  it('takes a link to newreply.php when the style drops the classes', () => {
    const bare = fixture('generic/forum-vbulletin.html');
    for (const link of bare.querySelectorAll('a.newreply, a.quickreply')) link.removeAttribute('class');
    const post = vbulletinAdapter.find(bare)[0]!;
    expect(locate(native.reply, post)?.getAttribute('href')).toBe('newreply.php?do=newreply&p=7001');
  });
});

describe.runIf(realPagesAvailable)('vbulletinAdapter on real pages (../shared/fixtures/real-pages)', () => {
  it('has no real vBulletin page and detects none of the other software’s pages', () => {
    for (const path of [
      'wordpress/netzpolitik-2016-wp-html5-comments.html',
      'xenforo/katzen-forum-xf2-thread.html',
      'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
    ]) {
      const page = realPage(path);
      expect(vbulletinAdapter.detect(page, new URL('https://forum.example/t/1'))).toBe(false);
      expect(vbulletinAdapter.find(page)).toEqual([]);
    }
  });
});
