import { threadPage } from '../../bench/generate';
import { RUNGS } from '../../lib/ladder/rungs';
import { DEMO_URL, expect, openRungBrowser, test } from './fixtures';
import { CommunityPage, Dashboard, openPopupFor } from './pages';

const THREAD = `${DEMO_URL}/forum-thread.html`;
/** What the generic adapter must decorate on the demo thread: the topic and every reply. */
const THREAD_POSTS = '[itemscope][itemtype$="/DiscussionForumPosting"], [itemscope][itemtype$="/Comment"]';

test('every comment of a demo thread gets a ladder bar, and nothing else does', async ({ rung }) => {
  const page = await rung.context.newPage();
  await page.goto(THREAD);
  const community = new CommunityPage(page);
  await expect(community.bar(0)).toBeVisible();
  await community.scrollThrough();
  const posts = await page.locator(THREAD_POSTS).count();
  expect(posts).toBeGreaterThan(10);
  await expect(community.bars()).toHaveCount(posts);
  // Navigation, header, footer and the sidebar's "recent comments" stay bare.
  await expect(page.locator('nav rung-bar, header rung-bar, footer rung-bar, aside rung-bar')).toHaveCount(0);
  const ids = await community
    .bars()
    .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-rung-comment-id')));
  expect(new Set(ids).size).toBe(posts);
});

test('each rung is recorded, shown, listed in the dashboard, exported and imported elsewhere', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  await page.goto(THREAD);
  const community = new CommunityPage(page);
  await expect(community.bar(4)).toBeVisible();
  for (const [index, choice] of RUNGS.entries()) await community.choose(index, choice);
  await expect(community.bar(0).getByTestId('rung-status')).toHaveText('Deleted by you');
  await expect(community.bar(2).getByTestId('rung-status')).toHaveText('Liked by you');
  await expect(page.locator('[data-rung-mark="ignore"]')).toHaveCount(1);
  await expect(page.locator('[data-rung-mark="delete"]')).toHaveCount(1);

  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  await expect(dashboard.rows()).toHaveCount(5);
  // Newest first: personalize was chosen last.
  await expect(dashboard.rows().first()).toContainText(/personali[sz]e/i);

  const csv = await dashboard.exportFile('csv');
  expect(csv.name).toMatch(/\.csv$/);
  const [header, ...lines] = csv.text.trim().split(/\r?\n/);
  expect(header?.startsWith('id,time,moderator,platform,action,')).toBe(true);
  expect(lines).toHaveLength(5);
  for (const choice of RUNGS) expect(csv.text).toContain(`,generic,${choice},`);

  const json = await dashboard.exportFile('json');
  const envelope = JSON.parse(json.text) as {
    format: string;
    entries: { action: string; pageUrl: string }[];
  };
  expect(envelope.format).toBe('rung-log');
  expect(envelope.entries.map((entry) => entry.action).sort()).toEqual([...RUNGS].sort());
  expect(envelope.entries.every((entry) => entry.pageUrl === THREAD)).toBe(true);

  for (const file of [json, csv]) {
    const fresh = await openRungBrowser();
    try {
      const otherDashboard = new Dashboard(await fresh.extensionPage('dashboard.html'));
      await expect(otherDashboard.rows()).toHaveCount(0);
      await otherDashboard.importFile(file.name, file.text);
      await expect(otherDashboard.rows()).toHaveCount(5);
      for (const choice of RUNGS)
        await expect(otherDashboard.rows().filter({ hasText: new RegExp(choice, 'i') })).not.toHaveCount(0);
    } finally {
      await fresh.context.close();
    }
  }
});

test('a bad import file is refused with the line and the reason, and nothing is written', async ({
  rung,
}) => {
  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  const good = JSON.stringify({
    id: crypto.randomUUID(),
    time: new Date().toISOString(),
    moderator: 'Camille',
    platform: 'generic',
    pageUrl: THREAD,
    commentId: 'post-1',
    author: { name: 'Ana' },
    excerpt: 'Hello',
    action: 'like',
    native: { status: 'not-attempted' },
  });
  const bad = good.replace('"like"', '"applaud"');
  await dashboard.importFile('broken.ndjson', `${good}\n${bad}\n`);
  const report = dashboard.page.getByTestId('import-report');
  await expect(report).toContainText('2');
  await expect(report).toContainText('action');
  await expect(dashboard.rows()).toHaveCount(0);
});

test('undo takes an action back, and a reload shows what was done', async ({ rung }) => {
  const page = await rung.context.newPage();
  await page.goto(THREAD);
  const community = new CommunityPage(page);
  await community.choose(1, 'like');
  await community.bar(1).getByTestId('rung-undo').click();
  await expect(community.bar(1)).not.toHaveAttribute('data-rung-state');
  await community.choose(1, 'value');
  await community.choose(1, 'personalize');

  await page.reload();
  await expect(community.bar(1)).toHaveAttribute('data-rung-state', 'personalize');
  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  // Undone "like" left nothing; "value" then "personalize" are two entries, nothing overwritten.
  await expect(dashboard.rows()).toHaveCount(2);
});

test('on a long thread, the first comments have bars at once and the others once scrolled to', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  // The benchmark's page, smaller: searched in steps (SiteAdapter.gradual), decorated near the viewport.
  await page.route(`${DEMO_URL}/long-thread.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: threadPage(2_000) }),
  );
  await page.goto(`${DEMO_URL}/long-thread.html`);
  await expect(page.locator('#post-1 [data-testid="rung-bar"]')).toBeVisible();
  await expect(page.locator('#post-1500 [data-testid="rung-bar"]')).toHaveCount(0);
  for (const id of ['post-1000', 'post-2000']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#${id} [data-testid="rung-bar"]`)).toBeVisible();
  }
  await expect(page.locator('#post-1500 [data-testid="rung-bar"]')).toHaveCount(0);
});

test('comments loaded later get bars, and the popup reports the page', async ({ rung }) => {
  const page = await rung.context.newPage();
  await page.goto(`${DEMO_URL}/forum-thread-2.html`);
  const community = new CommunityPage(page);
  await community.scrollThrough();
  const before = await community.bars().count();
  expect(before).toBeGreaterThan(0);
  await page.locator('#load-more').click();
  await community.scrollThrough();
  await expect.poll(() => community.bars().count()).toBeGreaterThan(before);
  const posts = await page.locator(THREAD_POSTS).count();
  await expect(community.bars()).toHaveCount(posts);

  await community.choose(0, 'like');
  const popup = await openPopupFor(rung, page);
  await expect(popup.getByTestId('popup-adapter')).toHaveText('Generic comments');
  await expect(popup.getByTestId('popup-count')).toHaveText(String(posts));
  await expect(popup.getByTestId('popup-today-like')).toHaveText('1');

  await popup.getByTestId('popup-site-toggle').uncheck();
  await expect(community.bars()).toHaveCount(0);
  await popup.getByTestId('popup-site-toggle').check();
  await expect(community.bar(0)).toBeVisible();
});

test('options set the moderator recorded in entries and the UI language', async ({ rung }) => {
  const options = await rung.extensionPage('options.html');
  await options.getByTestId('options-moderator').fill('Camille');
  await options.getByTestId('options-moderator').blur();
  await options.getByTestId('options-language').selectOption('fr');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Options de Rung');

  const page = await rung.context.newPage();
  await page.goto(THREAD);
  const community = new CommunityPage(page);
  await expect(community.bar(0).getByTestId('rung-like')).toHaveText('Aimer');
  await community.choose(0, 'like');
  await expect(community.bar(0).getByTestId('rung-status')).toHaveText('Aimé par vous');
  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  await expect(dashboard.rows().first()).toContainText('Camille');
});

test('a page without comments gets no bars and the popup says so', async ({ rung }) => {
  const page = await rung.context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.waitForTimeout(500);
  await expect(new CommunityPage(page).bars()).toHaveCount(0);
  const popup = await openPopupFor(rung, page);
  await expect(popup.getByTestId('popup-adapter')).toHaveText('Not recognised');
  await expect(popup.getByTestId('popup-count')).toHaveText('0');
});

test('each bar highlights the suggested rung, explains it on focus, and the log keeps it beside the choice', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  await page.goto(THREAD);
  const community = new CommunityPage(page);
  await community.scrollThrough();

  const spam = community.barOf('Check out my channel');
  await expect(spam).toHaveAttribute('data-rung-suggested', 'delete');
  await expect(spam.getByTestId('rung-delete')).toHaveAttribute('data-suggested', 'true');
  const why = spam.getByTestId('rung-why');
  await expect(why).toBeHidden();
  await spam.getByTestId('rung-like').focus();
  await expect(why).toBeVisible();
  await expect(why).toContainText(/Suggested: Delete \(\d+ %\)/);
  await expect(why).toContainText('spam');

  const abuse = community.barOf('nobody cares about your little bug list');
  await expect(abuse).toHaveAttribute('data-rung-suggested', 'delete');
  await abuse.hover();
  await expect(abuse.getByTestId('rung-why')).toContainText('abuse');
  // A careful bug report with steps to reproduce is exceptional engagement, and still goes to product.
  const bug = community.barOf('the range estimate drops to 0 km');
  await expect(bug).toHaveAttribute('data-rung-suggested', 'personalize');
  await expect(bug.getByTestId('rung-why')).toContainText('escalate to product', { useInnerText: false });

  // The team's own announcement, however long, has nothing to answer.
  const announcement = community.barOf('Firmware 4.2 for the Lumen City is rolling out');
  await expect(announcement).toHaveAttribute('data-rung-suggested', 'ignore');
  await announcement.hover();
  await expect(announcement.getByTestId('rung-why')).toContainText('written by the team');

  // The moderator follows one suggestion and not the other.
  await abuse.getByTestId('rung-delete').click();
  await expect(abuse).toHaveAttribute('data-rung-state', 'delete');
  await spam.getByTestId('rung-ignore').click();
  await expect(spam).toHaveAttribute('data-rung-state', 'ignore');

  const dashboard = new Dashboard(await rung.extensionPage('dashboard.html'));
  await expect(dashboard.rows()).toHaveCount(2);
  await expect(dashboard.page.getByTestId('suggestion-followed')).toHaveText(
    'Suggestion followed: 1 of 2 (50 %)',
  );
  const json = await dashboard.exportFile('json');
  const entries = (
    JSON.parse(json.text) as {
      entries: { action: string; suggestion?: { rung: string; reasons: string[] } }[];
    }
  ).entries;
  expect(entries.map((entry) => [entry.action, entry.suggestion?.rung]).sort()).toEqual([
    ['delete', 'delete'],
    ['ignore', 'delete'],
  ]);
  expect(entries.every((entry) => (entry.suggestion?.reasons.length ?? 0) > 0)).toBe(true);
});

/** A thread where one member wrote every post (schema.org microdata, read by the generic adapter). */
function oneMemberThread(texts: readonly string[]): string {
  const posts = texts
    .map(
      (
        text,
        index,
      ) => `<div id="post-${index + 1}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Léa Martin</span> <span itemprop="alternateName">@lea_m</span></span>
<a itemprop="url" href="#post-${index + 1}">#${index + 1}</a><div itemprop="text"><p>${text}</p></div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ride reports</title></head>
<body><main><article itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Ride reports</h1>${posts}</article></main></body></html>`;
}

test('a member whose comments the team answered three times is a regular, and the suggestion says so', async ({
  rung,
}) => {
  const page = await rung.context.newPage();
  const warm =
    'Thank you for the dark mode fix, it works perfectly on my old tablet now. You folks really listened, I love it.';
  await page.route(`${DEMO_URL}/ride-reports.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: oneMemberThread(['Great ride today!', 'Love the new bell.', 'Nice update, thanks.', warm]),
    }),
  );
  await page.goto(`${DEMO_URL}/ride-reports.html`);
  const community = new CommunityPage(page);
  const latest = community.barOf('dark mode fix');
  await expect(latest).toHaveAttribute('data-rung-suggested', 'value');
  for (const index of [0, 1, 2]) await community.choose(index, 'like');

  await page.reload();
  await expect(latest).toHaveAttribute('data-rung-suggested', 'personalize');
  await latest.hover();
  await expect(latest.getByTestId('rung-why')).toContainText('a regular');
});
