/**
 * A tiny static server for the demo community in `scripts/demo-community/`, used by `npm run demo`, the
 * end-to-end tests and the benchmarks. Run directly (`tsx scripts/demo-server.ts --port 4173`) it prints
 * its URL and serves until killed.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const DEMO_COMMUNITY_DIR = fileURLToPath(new URL('./demo-community/', import.meta.url));

/** Only these extensions are served: anything else in the folder (or a guess at one) is a 404. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface DemoServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface DemoServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Maps a request path to a file inside `root`, or undefined when the path is malformed or would leave
 * `root` (`..` segments, encoded or not, backslashes, NUL bytes) or names a directory.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | undefined {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  // No `..` segments, and no directory paths other than the root.
  if (decoded.split('/').includes('..') || (decoded !== '/' && decoded.endsWith('/'))) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const resolved = path.resolve(root, relative);
  // Belt and braces: whatever slipped through the checks above must still land inside root.
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : undefined;
}

async function serveFile(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed\n');
    return;
  }
  const filePath = resolveRequestPath(root, request.url ?? '/');
  const contentType = filePath ? CONTENT_TYPES[path.extname(filePath).toLowerCase()] : undefined;
  if (!filePath || !contentType || !(await isFile(filePath))) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  const body = await readFile(filePath);
  response.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export function startDemoServer({
  host = '127.0.0.1',
  port = 0,
}: DemoServerOptions = {}): Promise<DemoServer> {
  const server = createServer((request, response) => {
    serveFile(DEMO_COMMUNITY_DIR, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal error\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('The demo server is not listening on a TCP port'));
        return;
      }
      const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${urlHost}:${address.port}/`,
        close: () =>
          new Promise<void>((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            // A browser's in-flight requests would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4173' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: tsx scripts/demo-server.ts [--host 127.0.0.1] [--port 4173]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port: ${values.port}`);
  const server = await startDemoServer({ host: values.host, port });
  console.log(`Lumen demo community at ${server.url}`);
  const stop = (): void => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
