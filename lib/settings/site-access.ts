import { browser } from 'wxt/browser';

/**
 * Sites without a dedicated adapter are opt-in: the popup asks for the optional host permission,
 * then the background registers the content script for that origin only. Registrations persist
 * and are re-synced with the granted permissions at every start.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const SCRIPT_ID_PREFIX = 'rung-site:';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export function scriptIdFor(origin: string): string {
  return SCRIPT_ID_PREFIX + origin;
}

/** "https://forum.example" for any http(s) page URL; undefined for other schemes. */
export function originOf(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Registers the content script for an origin the user granted; false when it already was. */
export async function registerOrigin(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`Rung has no permission for ${origin}`);
  }
  const id = scriptIdFor(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) return false;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [pattern],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return true;
}

/** Unregisters an origin and gives its permission back; false when it was not registered. */
export async function forgetOrigin(origin: string): Promise<boolean> {
  const id = scriptIdFor(origin);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [originPattern(origin)] });
  return registered;
}

function originFromPattern(pattern: string): string | undefined {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : undefined;
}

/** Origins the user granted on request (not the ones the manifest declares), e.g. "https://forum.example". */
export async function grantedOrigins(): Promise<string[]> {
  const declared = new Set(
    browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []),
  );
  return ((await browser.permissions.getAll()).origins ?? [])
    .filter((pattern) => !declared.has(pattern))
    .map(originFromPattern)
    .filter((origin): origin is string => origin !== undefined);
}

/**
 * Makes registrations match the granted optional origins: register what was granted (also when
 * the grant came from the browser's own UI), drop what was revoked.
 */
export async function syncRegistrations(): Promise<{ registered: string[]; removed: string[] }> {
  const granted = new Set(await grantedOrigins());
  const current = await browser.scripting.getRegisteredContentScripts();
  const removed: string[] = [];
  for (const script of current) {
    if (!script.id.startsWith(SCRIPT_ID_PREFIX)) continue;
    const origin = script.id.slice(SCRIPT_ID_PREFIX.length);
    if (granted.has(origin)) granted.delete(origin);
    else {
      await browser.scripting.unregisterContentScripts({ ids: [script.id] });
      removed.push(origin);
    }
  }
  const registered: string[] = [];
  for (const origin of granted) if (await registerOrigin(origin)) registered.push(origin);
  return { registered, removed };
}
