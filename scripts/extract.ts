/**
 * `npm run extract -- PAGE.html --url URL [--json]`: the comments Rung finds on a saved page, read
 * by the adapter the URL selects (the page's charset is honoured; nothing is fetched).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/sites/extract';

const USAGE = 'Usage: npm run extract -- PAGE.html --url URL [--json]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.url) {
    console.error(USAGE);
    return 2;
  }
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    console.error(`Not a URL: ${values.url}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(positionals[0]!));
  } catch (error) {
    console.error(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
    return 1;
  }
  const page = extractPage(bytes, url, (html) => parseHTML(html).document as unknown as Document);
  if (values.json) {
    console.log(JSON.stringify(page, null, 2));
    return 0;
  }
  console.log(`${page.comments.length} comments (adapter: ${page.adapter})`);
  for (const comment of page.comments) {
    const text = comment.text.replace(/\s+/g, ' ');
    const author = comment.author.name || '(unknown author)';
    console.log(
      `- ${author}${comment.time ? ` · ${comment.time}` : ''}: ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`,
    );
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
