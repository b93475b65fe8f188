import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetOrigin,
  grantedOrigins,
  originOf,
  registerOrigin,
  scriptIdFor,
  syncRegistrations,
} from '../../../lib/settings/site-access';

type Registered = { id: string; matches?: string[]; js?: string[] };

/** The fake browser leaves permissions and scripting unimplemented: a small in-memory stand-in. */
function installPermissionsAndScripting(declared: string[]) {
  const granted = new Set<string>(declared);
  const scripts = new Map<string, Registered>();
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => granted.delete(o));
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    registerContentScripts: async (list: Registered[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) =>
      ids.forEach((id) => scripts.delete(id)),
  });
  fakeBrowser.runtime.getManifest = () =>
    ({
      manifest_version: 3,
      name: 'Rung',
      version: '0',
      content_scripts: [{ matches: declared, js: [] }],
    }) as never;
  return { granted, scripts };
}

describe('sites enabled on request', () => {
  let env: ReturnType<typeof installPermissionsAndScripting>;
  beforeEach(() => {
    env = installPermissionsAndScripting(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('takes the origin of http(s) pages only', () => {
    expect(originOf('https://forum.example:8443/t/42?x=1#post-3')).toBe('https://forum.example:8443');
    expect(originOf('chrome://extensions')).toBeUndefined();
    expect(originOf('file:///home/me/page.html')).toBeUndefined();
    expect(originOf('not a url')).toBeUndefined();
  });

  it('refuses to register an origin the user has not granted', async () => {
    await expect(registerOrigin('https://forum.example')).rejects.toThrow('no permission');
    expect(env.scripts.size).toBe(0);
  });

  it('registers the content script for a granted origin, once', async () => {
    env.granted.add('https://forum.example/*');
    expect(await registerOrigin('https://forum.example')).toBe(true);
    expect(await registerOrigin('https://forum.example')).toBe(false);
    expect(env.scripts.get(scriptIdFor('https://forum.example'))).toMatchObject({
      matches: ['https://forum.example/*'],
      js: ['/content-scripts/content.js'],
    });
  });

  it('forgets an origin: unregisters it and gives the permission back', async () => {
    env.granted.add('https://forum.example/*');
    await registerOrigin('https://forum.example');
    expect(await forgetOrigin('https://forum.example')).toBe(true);
    expect(env.scripts.size).toBe(0);
    expect(env.granted.has('https://forum.example/*')).toBe(false);
  });

  it('syncs registrations with grants: new grants registered, revoked ones dropped, declared ones left alone', async () => {
    env.granted.add('https://forum.example/*');
    env.granted.add('https://blog.example/*');
    await registerOrigin('https://blog.example');
    env.granted.delete('https://blog.example/*');
    env.granted.add('*://*.wildcard.example/*');

    expect(await syncRegistrations()).toEqual({
      registered: ['https://forum.example'],
      removed: ['https://blog.example'],
    });
    expect([...env.scripts.keys()]).toEqual([scriptIdFor('https://forum.example')]);
  });

  it('lists the origins granted on request, not the declared or wildcard ones', async () => {
    env.granted.add('https://forum.example/*');
    env.granted.add('*://*.wildcard.example/*');
    expect(await grantedOrigins()).toEqual(['https://forum.example']);
  });
});
