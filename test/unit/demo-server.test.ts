import { request } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY_DIR, resolveRequestPath, startDemoServer } from '../../scripts/demo-server';
import type { DemoServer } from '../../scripts/demo-server';

interface RawResponse {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** Sends the path byte for byte: fetch() would normalise `..` segments before they reach the server. */
function rawRequest(baseUrl: string, rawPath: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: rawPath, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const COMMENT_PAGES = ['forum-thread.html', 'forum-thread-2.html', 'blog-post.html', 'feed.html'];
const readPage = (file: string): Promise<string> => readFile(path.join(DEMO_COMMUNITY_DIR, file), 'utf8');

/** Every attribute that makes the browser load or navigate to a URL. */
const URL_ATTRIBUTE =
  /\s(?:href|src|srcset|action|formaction|poster|cite|ping)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function urlAttributes(html: string): string[] {
  return [...html.matchAll(URL_ATTRIBUTE)].map((match) => match[1] ?? match[2] ?? '');
}

let server: DemoServer;
let htmlPages: string[];

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  htmlPages = (await readdir(DEMO_COMMUNITY_DIR)).filter((file) => file.endsWith('.html')).sort();
});

afterAll(async () => {
  await server.close();
});

describe('demo server', () => {
  it('listens on 127.0.0.1 and serves index.html at /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await rawRequest(server.url, '/');
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(await readPage('index.html'));
  });

  it('serves every page as HTML, query strings included', async () => {
    expect(htmlPages).toEqual(expect.arrayContaining(['index.html', ...COMMENT_PAGES]));
    for (const file of htmlPages) {
      const response = await rawRequest(server.url, `/${file}?utm_source=test#post-2`);
      expect(response.status, file).toBe(200);
      expect(response.contentType, file).toBe('text/html; charset=utf-8');
      expect(response.body, file).toBe(await readPage(file));
    }
  });

  it('serves the stylesheet as CSS', async () => {
    const response = await rawRequest(server.url, '/style.css');
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for unknown files and for files it does not serve', async () => {
    for (const rawPath of ['/nope.html', '/README.md', '/forum-thread.html/', '/index']) {
      expect((await rawRequest(server.url, rawPath)).status, rawPath).toBe(404);
    }
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    expect((await rawRequest(server.url, '/index.html', 'POST')).status).toBe(405);
    const head = await rawRequest(server.url, '/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  // From scripts/demo-community/, two levels up is the repository root; its eslint.config.js has an
  // extension the server does serve, so only the path checks stand between it and the response.
  const target = path.resolve(DEMO_COMMUNITY_DIR, '..', '..', 'eslint.config.js');
  const traversals = [
    '/../eslint.config.js',
    '/../../eslint.config.js',
    '/%2e%2e/%2e%2e/eslint.config.js',
    '/..%2f..%2feslint.config.js',
    '/%2E%2E%2F%2E%2E%2Feslint.config.js',
    '/..%5c..%5ceslint.config.js',
    '/%2e%2e%5c%2e%2e%5ceslint.config.js',
    `/${encodeURIComponent(target)}`,
    `//${target}`,
    '/index.html%00.css',
    '/%E0%A4%A',
  ];

  it.each(traversals)('does not serve %s', async (rawPath) => {
    const response = await rawRequest(server.url, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('typescript-eslint');
  });

  it('keeps every resolved path inside the served folder', () => {
    for (const rawPath of traversals) expect(resolveRequestPath(DEMO_COMMUNITY_DIR, rawPath)).toBeUndefined();
    expect(resolveRequestPath(DEMO_COMMUNITY_DIR, '/')).toBe(path.join(DEMO_COMMUNITY_DIR, 'index.html'));
  });
});

describe('demo community pages', () => {
  it('load nothing from and link to nothing on another host', async () => {
    const base = new URL(server.url);
    for (const file of htmlPages) {
      for (const value of urlAttributes(await readPage(file))) {
        const url = new URL(value, new URL(file, base));
        // The one javascript: link is a deliberate hostile comment; it is inert until clicked.
        const inert = url.protocol === 'javascript:' || url.protocol === 'mailto:';
        expect(inert || url.host === base.host, `${file}: ${value}`).toBe(true);
      }
    }
    const css = await readPage('style.css');
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('link only to pages and anchors that exist', async () => {
    for (const file of htmlPages) {
      for (const value of urlAttributes(await readPage(file))) {
        const url = new URL(value, new URL(file, server.url));
        if (url.host !== new URL(server.url).host) continue;
        const response = await rawRequest(server.url, url.pathname);
        expect(response.status, `${file}: ${value}`).toBe(200);
        if (url.hash) expect(response.body, `${file}: ${value}`).toContain(`id="${url.hash.slice(1)}"`);
      }
    }
  });

  it('hold 12 to 25 comments each, in the markup their README names', async () => {
    const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;
    const schemaComments = /itemtype="https:\/\/schema\.org\/Comment"/g;
    expect(count(await readPage('forum-thread.html'), schemaComments)).toBe(17);
    expect(count(await readPage('forum-thread-2.html'), schemaComments)).toBe(18);
    expect(
      count(await readPage('blog-post.html'), /<article id="div-comment-\d+" class="comment-body">/g),
    ).toBe(22);
    const feed = await readPage('feed.html');
    expect(
      count(feed, /class="feed-post h-entry[ "]/g) + count(feed, /class="feed-reply p-comment h-/g),
    ).toBe(23);
  });
});
