import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

/**
 * Every adapter, dedicated ones first. The generic adapter comes last and handles any page
 * without a dedicated adapter (the demo community, blogs, forums the user enabled).
 */
export const ADAPTERS: readonly SiteAdapter[] = [genericAdapter];

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

export function matchesPattern(pattern: string, url: URL): boolean {
  return patternToRegExp(pattern).test(url.href);
}

/** The adapter for a page: a dedicated one whose patterns match the URL, else the generic one. */
export function adapterFor(url: URL): SiteAdapter {
  return (
    ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ??
    genericAdapter
  );
}
