import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/sites/extract';
import { FIXTURES, REAL_PAGES, realPagesAvailable } from './helpers';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const read = (path: string) => new Uint8Array(readFileSync(path));

/** Every real page, at a URL of its site: the adapter the URL (or the page) selects and what it finds. */
const REAL: [file: string, url: string, adapter: string, comments: number][] = [
  [
    'reddit/old-reddit-2018-aww-blogskipper.html',
    'https://old.reddit.com/r/aww/comments/8dvfy9/ben/',
    'reddit',
    197,
  ],
  [
    'reddit/new-reddit-2019-redesign-showerthoughts.html',
    'https://www.reddit.com/r/Showerthoughts/comments/abc/x/',
    'reddit',
    173,
  ],
  [
    'reddit/new-reddit-2020-data-test-id-python-init.html',
    'https://www.reddit.com/r/Python/comments/x/y/',
    'reddit',
    19,
  ],
  [
    'youtube/youtube-polymer-2018-thinkpad-blogskipper.html',
    'https://www.youtube.com/watch?v=x',
    'youtube',
    35,
  ],
  [
    'hackernews/hn-ask-best-papers-2023.html',
    'https://news.ycombinator.com/item?id=36816442',
    'hackernews',
    100,
  ],
  [
    'hackernews/hn-2012-ask-prettified-newhackers.html',
    'https://news.ycombinator.com/item?id=4',
    'hackernews',
    94,
  ],
  [
    'discourse/meta-discourse-2.4-crawler-view-onebox.html',
    'https://meta.discourse.org/t/x/12483',
    'discourse',
    2,
  ],
  [
    'stackexchange/english-se-q250245-2017.html',
    'https://english.stackexchange.com/questions/250245/x',
    'stackexchange',
    46,
  ],
  [
    'github/github-issue-react-viewer-2025-defuddle56.html',
    'https://github.com/kepano/defuddle/issues/56',
    'github',
    7,
  ],
  [
    'wordpress/netzpolitik-2016-wp-html5-comments.html',
    'https://netzpolitik.org/2016/abmahnungen/',
    'wordpress',
    74,
  ],
  [
    'disqus/disqus-embed-iframe-2018-ru-blogskipper.html',
    'https://disqus.com/embed/comments/?base=default',
    'disqus',
    50,
  ],
  ['xenforo/katzen-forum-xf2-thread.html', 'https://www.katzen-forum.net/threads/pepe.1/', 'xenforo', 18],
  [
    'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
    'https://www.flyawaysimulation.com/forum/t1.html',
    'phpbb',
    15,
  ],
  ['twitter/twitter-legacy-status-2016.html', 'https://twitter.com/someone/status/1', 'x', 12],
  [
    'facebook/m-facebook-story-nintendo-2021.html',
    'https://m.facebook.com/story.php?story_fbid=1&id=2',
    'facebook',
    30,
  ],
  [
    'linkedin/linkedin-pulse-article-logged-out-2022.html',
    'https://www.linkedin.com/pulse/x',
    'linkedin',
    10,
  ],
];

describe.runIf(realPagesAvailable)('extractPage on every real saved page', () => {
  it.each(REAL)(
    '%s',
    (file, url, adapter, count) => {
      const page = extractPage(read(`${REAL_PAGES}${file}`), new URL(url), parse);
      expect(page.adapter).toBe(adapter);
      expect(page.comments).toHaveLength(count);
      for (const comment of page.comments) {
        expect(
          Object.keys(comment).every((key) => ['id', 'author', 'text', 'time', 'permalink'].includes(key)),
        ).toBe(true);
        expect(typeof comment.author.name).toBe('string');
      }
    },
    60_000,
  );
});

describe('extractPage on pages nobody wrote for it', () => {
  it('reads a page in a legacy single-byte charset by its declared encoding', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><ol class="commentlist">
      <li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">Ren\xe9e</cite></div>
      <div class="comment-content"><p>D\xe9j\xe0 vu \x93quoted\x94</p></div></li></ol></body></html>`;
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0));
    const page = extractPage(bytes, new URL('https://blog.example/post'), parse);
    expect(page.comments).toEqual([
      expect.objectContaining({ author: { name: 'Renée' }, text: 'Déjà vu “quoted”' }),
    ]);
  });

  it('keeps comments whose author is gone, with an empty name, and finds nothing on a page without comments', () => {
    const deleted = extractPage(
      new TextEncoder().encode(`<div class="message message--post" data-author="" id="post-1">
        <div class="message-body"><div class="bbWrapper">Still here</div></div></div>`),
      new URL('https://forum.example/threads/1/'),
      parse,
    );
    expect(deleted.comments).toEqual([expect.objectContaining({ author: { name: '' }, text: 'Still here' })]);
    const none = extractPage(
      read(`${FIXTURES}generic/no-comments.html`),
      new URL('https://blog.example/'),
      parse,
    );
    expect(none).toEqual({ adapter: 'generic', comments: [] });
  });
});

describe('npm run extract', () => {
  const script = fileURLToPath(new URL('../../../scripts/extract.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

  it('prints the adapter and the comments as JSON', () => {
    const output = execFileSync(
      tsx,
      [script, `${FIXTURES}generic/wordpress-html5.html`, '--url', 'https://blog.example/post/', '--json'],
      { encoding: 'utf8' },
    );
    const page = JSON.parse(output) as { adapter: string; comments: { author: { name: string } }[] };
    expect(page.adapter).toBe('wordpress');
    expect(page.comments.length).toBeGreaterThan(0);
  }, 30_000);

  it('explains how to call it when the URL is missing', () => {
    expect(() => execFileSync(tsx, [script, 'page.html'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /--url URL/,
    );
  }, 30_000);
});
