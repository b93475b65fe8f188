import { discourseAdapter } from './discourse';
import { disqusAdapter } from './disqus';
import { facebookAdapter } from './facebook';
import { flarumAdapter } from './flarum';
import { genericAdapter } from './generic';
import { githubAdapter } from './github';
import { hackerNewsAdapter } from './hackernews';
import { instagramAdapter } from './instagram';
import { lemmyAdapter } from './lemmy';
import { linkedInAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { mybbAdapter } from './mybb';
import { phpbbAdapter } from './phpbb';
import { redditAdapter } from './reddit';
import { stackExchangeAdapter } from './stackexchange';
import { detectingOn } from './strategy';
import type { SiteAdapter } from './types';
import { vbulletinAdapter } from './vbulletin';
import { wordpressAdapter } from './wordpress';
import { xAdapter } from './x';
import { xenforoAdapter } from './xenforo';
import { youtubeAdapter } from './youtube';

/**
 * Every adapter. Sites with their own domains come first and are chosen by URL; software that
 * runs on any domain (forums, blogs, federated servers) is chosen by `detect` on the page; the
 * generic adapter comes last and handles every other page (the demo community, sites the user enabled).
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  redditAdapter,
  youtubeAdapter,
  hackerNewsAdapter,
  stackExchangeAdapter,
  githubAdapter,
  xAdapter,
  facebookAdapter,
  linkedInAdapter,
  instagramAdapter,
  disqusAdapter,
  discourseAdapter,
  mastodonAdapter,
  lemmyAdapter,
  flarumAdapter,
  xenforoAdapter,
  phpbbAdapter,
  vbulletinAdapter,
  mybbAdapter,
  wordpressAdapter,
  genericAdapter,
];

/** Local origins where Rung always runs, so the demo and the tests need no permission prompt. */
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Match patterns the content script is declared for in the manifest. */
export function declaredMatches(): string[] {
  return [...LOCAL_MATCHES, ...ADAPTERS.flatMap((adapter) => adapter.matches)];
}

function patternToRegExp(pattern: string): RegExp {
  const match = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme;
  const hostPart =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathPart = escape(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemePart}://${hostPart}(?::\\d+)?${pathPart}$`);
}

/** Compiled once: every page load asks about every declared pattern. */
const compiledPatterns = new Map<string, RegExp>();

export function matchesPattern(pattern: string, url: URL): boolean {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = patternToRegExp(pattern);
    compiledPatterns.set(pattern, compiled);
  }
  return compiled.test(url.href);
}

const byUrl = (url: URL): SiteAdapter | undefined =>
  ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));

/** Software that runs on any domain, recognised on the page itself. */
const SELF_HOSTED = ADAPTERS.filter((adapter) => adapter !== genericAdapter && adapter.matches.length === 0);

/**
 * The adapter for a page: a dedicated one whose patterns match the URL; else, when the page is at
 * hand, the software it was built with; else the generic one.
 */
export function adapterFor(url: URL, doc?: Document): SiteAdapter {
  const found =
    byUrl(url) ?? (doc && detectingOn(doc, () => SELF_HOSTED.find((adapter) => adapter.detect(doc, url))));
  return found ?? genericAdapter;
}
