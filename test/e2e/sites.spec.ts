import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';
import { CommunityPage, Dashboard } from './pages';

/** Real pages saved by others, read from beside the repository (never copied into it). */
const REAL_PAGES = path.resolve('..', 'shared', 'fixtures', 'real-pages');
const FIXTURES = path.resolve('test', 'fixtures');

/**
 * Serves one saved page at its real URL and refuses every other request, so nothing leaves the
 * machine and the content script runs as it would on the site.
 */
async function serveSavedPage(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route(
    (requested) => requested.protocol.startsWith('http'),
    (route) => {
      const request = route.request();
      if (request.resourceType() !== 'document') return route.abort();
      if (request.url() === url) return route.fulfill({ status: 200, contentType: 'text/html', body });
      // A saved page's own script may navigate (a redirect, a frame): 204 keeps the page where it is.
      return route.fulfill({ status: 204 });
    },
  );
}

/** Records, in the page's own world, which controls the page saw clicked. */
async function recordClicks(page: Page, selector: string): Promise<void> {
  await page.evaluate((watched) => {
    const clicks: string[] = [];
    (window as unknown as { __clicks: string[] }).__clicks = clicks;
    document.addEventListener(
      'click',
      (event) => {
        const control = (event.target as Element).closest(watched);
        if (control)
          clicks.push(
            `${control.getAttribute('data-event-action') ?? control.getAttribute('data-action') ?? ''}`,
          );
        // The site's own scripts are not here: keep the page where it is.
        event.preventDefault();
      },
      true,
    );
  }, selector);
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks);

const REAL: [name: string, url: string, file: string, comments: number][] = [
  [
    'old Reddit',
    'https://old.reddit.com/r/aww/comments/8dvfy9/ben/',
    'reddit/old-reddit-2018-aww-blogskipper.html',
    197,
  ],
  [
    'Hacker News',
    'https://news.ycombinator.com/item?id=36816442',
    'hackernews/hn-ask-best-papers-2023.html',
    100,
  ],
  [
    'Stack Exchange',
    'https://english.stackexchange.com/questions/250245/x',
    'stackexchange/english-se-q250245-2017.html',
    46,
  ],
  [
    'Disqus',
    'https://disqus.com/embed/comments/?base=default',
    'disqus/disqus-embed-iframe-2018-ru-blogskipper.html',
    50,
  ],
  [
    'GitHub',
    'https://github.com/kepano/defuddle/issues/56',
    'github/github-issue-react-viewer-2025-defuddle56.html',
    7,
  ],
];

test.describe('real pages at their real addresses', () => {
  test.skip(!existsSync(REAL_PAGES), '../shared/fixtures/real-pages is missing');

  for (const [name, url, file, comments] of REAL) {
    test(`${name}: a bar on every comment`, async ({ rung }) => {
      await serveSavedPage(rung.context, url, path.join(REAL_PAGES, file));
      const page = await rung.context.newPage();
      await page.goto(url);
      const community = new CommunityPage(page);
      // Bars are built near the viewport (a saved page without its CSS is long): go through it all.
      await community.scrollThrough();
      await expect(community.bars()).toHaveCount(comments);
    });
  }

  test('Like presses the comment’s own upvote on Disqus, never the downvote', async ({ rung }) => {
    const [, url, file] = REAL[3]!;
    await serveSavedPage(rung.context, url, path.join(REAL_PAGES, file));
    const page = await rung.context.newPage();
    await page.goto(url);
    await recordClicks(page, 'a[data-action]');
    const community = new CommunityPage(page);
    await community.choose(0, 'like');
    expect(await clicks(page)).toEqual(['upvote']);
  });
});

test('Delete asks first, then presses the moderator’s remove control on old Reddit', async ({ rung }) => {
  const url = 'https://old.reddit.com/r/bikewrench/comments/17abcd1/chain/';
  await serveSavedPage(rung.context, url, path.join(FIXTURES, 'reddit/old-reddit-moderator.html'));
  const page = await rung.context.newPage();
  await page.goto(url);
  await recordClicks(page, '[data-event-action], .remove-button a, .del-button a');
  const community = new CommunityPage(page);
  const bar = community.bar(0);
  await bar.getByTestId('rung-delete').click();
  await bar.getByTestId('rung-confirm-yes').click();
  await expect(bar).toHaveAttribute('data-rung-state', 'delete');
  expect(await clicks(page)).toEqual(['remove']);

  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  await expect(dashboard.rows()).toHaveCount(1);
  await expect(dashboard.rows().first()).toContainText('reddit');
});

test('Value opens the blog’s reply box with a draft addressed to the member, and sends nothing', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  await page.goto(`${DEMO_URL}/blog-post.html`);
  const community = new CommunityPage(page);
  await community.choose(0, 'value');
  await expect(page.locator('#respond textarea')).toHaveValue(/Élodie/);
  await expect(page).toHaveURL(`${DEMO_URL}/blog-post.html`);
});

test('Value types the draft into a contenteditable reply box (LinkedIn’s Quill editor)', async ({ rung }) => {
  const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/';
  await serveSavedPage(rung.context, url, path.join(FIXTURES, 'linkedin/feed-comments-2025.html'));
  const page = await rung.context.newPage();
  await page.goto(url);
  const community = new CommunityPage(page);
  await community.choose(0, 'value');
  await expect(page.locator('[contenteditable="true"]', { hasText: 'this is really useful' })).toHaveCount(1);
});

test('On Hacker News, Value logs the action and opens the site’s own reply page', async ({ rung }) => {
  test.skip(!existsSync(REAL_PAGES), '../shared/fixtures/real-pages is missing');
  const [, url, file] = REAL[1]!;
  await serveSavedPage(rung.context, url, path.join(REAL_PAGES, file));
  const page = await rung.context.newPage();
  await page.goto(url);
  const community = new CommunityPage(page);
  const replyPage = page.waitForRequest((request) =>
    request.url().startsWith('https://news.ycombinator.com/reply?id='),
  );
  await community.choose(0, 'value');
  await replyPage;

  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  await expect(dashboard.rows()).toHaveCount(1);
  await expect(dashboard.rows().first()).toContainText('hackernews');
});

test('Value reaches a React-controlled reply box: the change is seen by a value tracker like React’s', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  await page.goto(`${DEMO_URL}/blog-post.html`);
  // React keeps the last value it rendered in an own `value` property of the node and ignores input
  // events that do not change it; a page script setting `value` would update both and go unseen.
  await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>('#respond textarea')!;
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    let tracked = native.get!.call(field);
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field),
      set: (value: string) => {
        tracked = value;
        native.set!.call(field, value);
      },
    });
    field.addEventListener('input', () => {
      const current = native.get!.call(field);
      if (current !== tracked) field.dataset.onChange = current;
      tracked = current;
    });
  });
  const community = new CommunityPage(page);
  await community.choose(0, 'value');
  await expect(page.locator('#respond textarea')).toHaveAttribute('data-on-change', /Élodie/);
});
