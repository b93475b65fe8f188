import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectingOn, hasMarker } from '../../../lib/sites/strategy';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;

const FORUM = page(`<!doctype html><html id="XF" data-app="public"><head>
  <meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/styles/prosilver/theme.css">
  <script src="/jscripts/general.js"></script></head>
  <body class="crawler"><div id="copyright"><a href="https://mybb.com/">MyBB</a></div>
  <noscript id="flarum-content"></noscript><div class="forumline"><span class="postbody">hi</span></div></body></html>`);
const PLAIN = page(
  '<!doctype html><html><head><title>t</title></head><body><p class="x">hello</p></body></html>',
);

describe('hasMarker', () => {
  it.each([
    ['a meta tag', 'meta[name="generator"][content^="WordPress"]'],
    ['a link tag', 'link[href*="styles/prosilver/"]'],
    ['a script tag', 'script[src*="jscripts/general.js"]'],
    ['the html element', 'html#XF'],
    ['the html element with attributes', 'html[data-app="public"]'],
    ['the body element', 'body.crawler'],
    ['an id with a descendant', '#copyright a[href*="mybb.com"]'],
    ['an id on a named tag', 'noscript#flarum-content'],
    ['an id and a child', '#copyright > a'],
    ['an id and a sibling', '#copyright ~ noscript'],
    ['anything else, by a query', '.forumline span.postbody'],
  ])('finds %s, alone or among the detectors of a page', (_, marker) => {
    expect(hasMarker(FORUM, ['meta[name="nothing"]', marker])).toBe(true);
    expect(hasMarker(PLAIN, [marker])).toBe(false);
    expect(detectingOn(FORUM, () => hasMarker(FORUM, ['meta[name="nothing"]', marker]))).toBe(true);
    expect(detectingOn(PLAIN, () => hasMarker(PLAIN, [marker]))).toBe(false);
    // Another page's index is never read for this one.
    expect(detectingOn(PLAIN, () => hasMarker(FORUM, [marker]))).toBe(true);
  });

  it('needs the whole marker, not only its first part', () => {
    expect(hasMarker(FORUM, ['#copyright a[href*="phpbb.com"]'])).toBe(false);
    expect(hasMarker(FORUM, ['#copyright.other a'])).toBe(false);
    expect(hasMarker(FORUM, ['#copyright ~ nav'])).toBe(false);
    expect(hasMarker(FORUM, ['body.crawler .crawler-post'])).toBe(false);
    expect(hasMarker(FORUM, ['meta[name="generator"][content^="Discourse"]'])).toBe(false);
  });

  it('is false without markers', () => {
    expect(hasMarker(FORUM, [])).toBe(false);
  });
});
