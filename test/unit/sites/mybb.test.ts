import { describe, expect, it } from 'vitest';
import { mybbAdapter } from '../../../lib/sites/mybb';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const threadUrl = 'https://stoves.example/showthread.php?tid=42';
const url = new URL(threadUrl);
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;

describe('mybbAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(mybbAdapter).toMatchObject({ id: 'mybb', label: 'MyBB', matches: [] });
  });

  it('detects MyBB by its scripts or its footer, and nothing else', () => {
    const doc = fixture('generic/forum-mybb.html');
    expect(mybbAdapter.detect(doc, url)).toBe(true);
    for (const script of doc.querySelectorAll('script')) script.remove();
    expect(mybbAdapter.detect(doc, url)).toBe(true);
    doc.querySelector('#copyright')!.remove();
    expect(mybbAdapter.detect(doc, url)).toBe(false);
    for (const path of [
      'generic/wordpress-html5.html',
      'generic/forum-xenforo.html',
      'generic/forum-phpbb3.html',
      'generic/forum-phpbb2.html',
      'generic/forum-vbulletin.html',
      'flarum/discussion-2025.html',
    ]) {
      expect(mybbAdapter.detect(fixture(path), url)).toBe(false);
    }
  });

  it('reads MyBB posts without the quoted post or the buttons', () => {
    const doc = fixture('generic/forum-mybb.html');
    const comments = extractAll(mybbAdapter, doc, threadUrl);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'post_3301',
        author: { name: 'Pia', profileUrl: 'https://stoves.example/member.php?action=profile&uid=5' },
        text: 'Gas or alcohol for two people, one week?',
        time: '2026-03-02T14:20:00.000Z',
        permalink: 'https://stoves.example/showthread.php?tid=42&pid=3301#pid3301',
      },
      {
        id: 'post_3302',
        author: { name: 'Quinn', profileUrl: 'https://stoves.example/member.php?action=profile&uid=9' },
        text: 'Gas, it is faster to cook for two.',
        time: '2026-03-02T15:05:00.000Z',
        permalink: 'https://stoves.example/showthread.php?tid=42&pid=3302#pid3302',
      },
    ]);
    const post = byId(doc, 'post_3301');
    expect(mybbAdapter.placeBar(post)).toEqual({
      node: post.querySelector('.post_content'),
      position: 'beforeend',
    });
  });

  it('finds a post appended later', () => {
    const doc = fixture('generic/forum-mybb.html');
    const post = byId(doc, 'post_3302').cloneNode(true) as Element;
    post.id = 'post_3303';
    post.querySelector('.post_body')!.textContent = 'Alcohol is quieter at dawn.';
    byId(doc, 'posts').append(post);
    expect(mybbAdapter.find(post)).toEqual([post]);
    expect(mybbAdapter.find(doc).map((el) => el.id)).toEqual(['post_3301', 'post_3302', 'post_3303']);
    expect(mybbAdapter.extract(post, url)).toMatchObject({ id: 'post_3303', author: { name: 'Quinn' } });
  });
});

describe('mybbAdapter native controls', () => {
  const { native } = mybbAdapter;
  const doc = fixture('generic/forum-mybb.html');
  const [first, second] = mybbAdapter.find(doc);

  it('replies with quote, reports (report.js or report.php) and deletes', () => {
    expect(locate(native.reply, first!)?.getAttribute('href')).toBe('newreply.php?tid=42&replyto=3301');
    expect(locate(native.reply, second!)?.getAttribute('href')).toBe('newreply.php?tid=42&replyto=3302');
    expect(locate(native.report, first!)?.getAttribute('href')).toBe('javascript:Report.reportPost(3301);');
    expect(locate(native.report, second!)?.getAttribute('href')).toBe('report.php?type=post&pid=3302');
    expect(locate(native.remove, first!)?.id).toBe('quick_delete_3301');
    expect(locate(native.remove, second!)).toBeNull();
    expect(locate(native.editor, first!)?.closest('#quick_reply_form')).not.toBeNull();
  });

  it('declares the like as missing: reputation rates the member, not the post', () => {
    expect(native.like).toBeUndefined();
    expect(native.missing?.like).toMatch(/reputation/);
  });
});

describe.runIf(realPagesAvailable)('mybbAdapter on real pages (../shared/fixtures/real-pages)', () => {
  it('has no real MyBB page and detects none of the other software’s pages', () => {
    for (const path of [
      'wordpress/netzpolitik-2016-wp-html5-comments.html',
      'xenforo/katzen-forum-xf2-thread.html',
      'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
    ]) {
      const page = realPage(path);
      expect(mybbAdapter.detect(page, new URL('https://forum.example/t/1'))).toBe(false);
      expect(mybbAdapter.find(page)).toEqual([]);
    }
  });
});
