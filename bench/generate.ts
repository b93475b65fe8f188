/**
 * Pages for the page benchmarks: thousands of comments in realistic markup, generated from a seed so
 * every run (and every machine) measures the same page.
 */

const FIRST_NAMES = ['Ana', 'Tyler', 'Margaux', 'Karim', 'Priya', 'Jonas', 'Léa', 'Sam', 'Yuki', 'Omar'];
const LAST_NAMES = ['Kim', 'Lefèvre', 'Benali', 'Natarajan', 'Berg', 'Martin', 'Okafor', 'Rossi', 'Sato'];
const SENTENCES = [
  'Installed the update this morning and the start-up curve is much smoother.',
  'Still waiting for my order, three emails without an answer.',
  'Has anyone tried the new battery with the older frame?',
  'Merci pour le suivi, la livraison est arrivée hier soir.',
  'The app keeps crashing when I open the ride history on Android 14.',
  'Great ride today, 42 km along the canal without a single issue.',
  'Could you add an option to export rides as GPX?',
  'Je ne comprends pas pourquoi le support ne répond plus depuis une semaine.',
  'First!',
  'Check the manual, page 12 explains how to recalibrate the sensor.',
  'Thanks for the detailed answer, it fixed my problem.',
  'Same here, the rear light flickers after the firmware update.',
];

/** Comment texts as the page scenarios show them, for the suggestion engine in Node. */
export function commentTexts(count: number, seed = 4): string[] {
  return fakeComments(count, seed).map((comment) => comment.paragraphs.join('\n'));
}

/** A small deterministic generator (mulberry32): same seed, same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FakeComment {
  index: number;
  name: string;
  handle: string;
  time: string;
  paragraphs: string[];
}

function fakeComments(count: number, seed: number): FakeComment[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.UTC(2026, 10, 1);
  return Array.from({ length: count }, (_, index) => {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const paragraphCount = 1 + Math.floor(next() * 3);
    return {
      index,
      name: `${first} ${last}`,
      handle: `${first.toLowerCase()}_${last.slice(0, 1).toLowerCase()}${Math.floor(next() * 900)}`,
      time: new Date(start + index * 61_000).toISOString(),
      paragraphs: Array.from({ length: paragraphCount }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SENTENCES)).join(' '),
      ),
    };
  });
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const PAGE_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1f2937; }
header.site { background: #1e3a5f; color: #fff; padding: 12px 24px; position: sticky; top: 0; }
main { max-width: 760px; margin: 0 auto; padding: 16px; }
.post, .feed-post { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; margin: 10px 0; padding: 12px 16px; }
.post-header, .feed-author { display: flex; gap: 8px; align-items: baseline; font-size: 13px; color: #4b5563; }
.author-name, .p-name { font-weight: 600; color: #1e3a5f; }
.post-actions button, .feed-actions button { background: none; border: 0; color: #6b7280; cursor: pointer; }
.feed-reply { margin: 8px 0 0 24px; padding-left: 12px; border-left: 2px solid #e5e7eb; }
`;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${PAGE_CSS}</style></head>
<body><header class="site">Lumen community</header>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function threadPost(comment: FakeComment): string {
  const id = `post-${comment.index + 1}`;
  return `<div class="post" id="${id}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<header class="post-header"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a class="author-name" itemprop="url" href="/members/${comment.handle}"><span itemprop="name">${escapeHtml(comment.name)}</span></a> <span class="handle" itemprop="alternateName">@${comment.handle}</span></span>
<time itemprop="dateCreated" datetime="${comment.time}">${comment.time.slice(0, 10)}</time> <a class="permalink" itemprop="url" href="#${id}">#${comment.index + 1}</a></header>
<div class="post-body" itemprop="text">${comment.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</div>
<div class="post-actions"><button type="button">♥ Like</button><button type="button">Reply</button><button type="button">Report</button></div>
</div>`;
}

/** Comment elements of the thread page, as the page's own markup marks them. */
export const THREAD_COMMENT_SELECTOR = '.post[itemscope]';

/** A forum thread rendered by the server (schema.org microdata, read by the generic adapter). */
export function threadPage(count: number, seed = 1): string {
  const posts = fakeComments(count, seed).map(threadPost).join('\n');
  return page(
    `Thread with ${count} posts`,
    `<main><article itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Trail 2 deliveries</h1>
<div id="posts">${posts}</div></article></main>`,
    // What a forum page typically runs: a delegated click handler for its own buttons.
    `document.getElementById('posts').addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (button) button.classList.toggle('pressed');
});
window.benchMakePost = (index) => {
  const template = document.querySelector('${THREAD_COMMENT_SELECTOR}');
  const copy = template.cloneNode(true);
  copy.id = 'post-x' + index;
  copy.querySelector('.permalink').setAttribute('href', '#post-x' + index);
  copy.querySelector('.post-body').textContent = 'Appended comment number ' + index + ', loaded by infinite scroll.';
  return copy;
};`,
  );
}

/** Comment elements of the feed page. */
export const FEED_COMMENT_SELECTOR = '.h-entry, .h-cite';

/**
 * A social feed rendered by the page's own script from JSON, as single-page sites do: posts by
 * several members, each with a few replies (microformats2, read by the generic adapter).
 */
export function feedPage(count: number, seed = 2): string {
  const comments = fakeComments(count, seed).map((comment) => ({
    id: comment.index + 1,
    name: comment.name,
    handle: comment.handle,
    time: comment.time,
    text: comment.paragraphs,
  }));
  const data = JSON.stringify(comments).replace(/</g, '\\u003c');
  return page(
    `Feed with ${count} posts and replies`,
    `<main class="h-feed" id="feed"><h1 class="p-name">#LumenRide</h1></main>`,
    `const items = ${data};
const feed = document.getElementById('feed');
function author(item) {
  const box = document.createElement('div');
  box.className = 'feed-author p-author h-card';
  const link = document.createElement('a');
  link.className = 'p-name u-url';
  link.href = '/members/' + item.handle;
  link.textContent = item.name;
  const nick = document.createElement('span');
  nick.className = 'p-nickname';
  nick.textContent = '@' + item.handle;
  box.append(link, ' ', nick);
  return box;
}
function entry(item, reply) {
  const box = document.createElement(reply ? 'div' : 'article');
  box.className = reply ? 'feed-reply p-comment h-cite' : 'feed-post h-entry';
  box.id = 'entry-' + item.id;
  const content = document.createElement('div');
  content.className = reply ? 'p-content' : 'e-content';
  for (const text of item.text) {
    const p = document.createElement('p');
    p.textContent = text;
    content.append(p);
  }
  const meta = document.createElement('div');
  meta.className = 'feed-meta';
  const link = document.createElement('a');
  link.className = 'u-url';
  link.href = '#entry-' + item.id;
  const time = document.createElement('time');
  time.className = 'dt-published';
  time.dateTime = item.time;
  time.textContent = item.time.slice(0, 10);
  link.append(time);
  const actions = document.createElement('div');
  actions.className = 'feed-actions';
  for (const label of ['Like', 'Reply', 'Share']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => button.classList.toggle('pressed'));
    actions.append(button);
  }
  meta.append(link, actions);
  box.append(author(item), content, meta);
  return box;
}
const fragment = document.createDocumentFragment();
let post;
for (let i = 0; i < items.length; i++) {
  // One post in four, then its replies.
  if (i % 4 === 0) {
    post = entry(items[i], false);
    const replies = document.createElement('div');
    replies.className = 'feed-replies';
    post.append(replies);
    fragment.append(post);
  } else {
    post.lastChild.append(entry(items[i], true));
  }
}
feed.append(fragment);
window.benchMakePost = (index) => entry({ id: 'x' + index, name: 'Appended Member', handle: 'appended', time: new Date().toISOString(), text: ['Appended post number ' + index + ', loaded by infinite scroll.'] }, false);`,
  );
}

/** Comment rows of the Hacker News page. */
export const HN_COMMENT_SELECTOR = 'tr.athing.comtr';

function hackerNewsRow(comment: FakeComment, depth: number): string {
  const id = 40_000_000 + comment.index;
  const unix = Math.floor(Date.parse(comment.time) / 1000);
  const text = comment.paragraphs
    .map((paragraph, index) => (index ? `<p>${escapeHtml(paragraph)}</p>` : escapeHtml(paragraph)))
    .join('');
  return `<tr class="athing comtr" id="${id}"><td><table border="0"><tr>
<td class="ind" indent="${depth}"><img src="s.gif" height="1" width="${depth * 40}"></td>
<td valign="top" class="votelinks"><center><a id="up_${id}" class="clicky" href="vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D1"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${comment.handle}" class="hnuser">${comment.handle}</a> <span class="age" title="${comment.time.slice(0, 19)} ${unix}"><a href="item?id=${id}">2 hours ago</a></span> <span class="navs"> | <a href="#${id + 1}" class="clicky">next</a> <a class="togg clicky" id="${id}" n="1" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">${text}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${id}&amp;goto=item%3Fid%3D1%23${id}" rel="nofollow">reply</a></u></font></p></div></div></td>
</tr></table></td></tr>`;
}

/** A Hacker News thread as the site renders it (table rows, indentation by `indent`), read by its adapter. */
export function hackerNewsPage(count: number, seed = 3): string {
  const next = random(seed);
  let depth = 0;
  const rows = fakeComments(count, seed).map((comment) => {
    // Threads go a few levels deep and come back up, as discussions do.
    depth = next() < 0.45 ? Math.min(depth + 1, 6) : next() < 0.5 ? 0 : Math.max(depth - 1, 0);
    return hackerNewsRow(comment, comment.index === 0 ? 0 : depth);
  });
  return `<html lang="en" op="item"><head><meta name="referrer" content="origin"><title>Ask HN: Bench | Hacker News</title>
<style>body{font-family:Verdana,Geneva,sans-serif;font-size:10pt;color:#828282}.commtext{color:#000}td.ind img{height:1px}</style></head>
<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b></span></td></tr>
<tr id="bigbox"><td><table class="fatitem" border="0"><tr class="athing submission" id="1"><td class="title"><span class="titleline"><a href="item?id=1">Ask HN: Bench</a></span></td></tr></table><br>
<table border="0" class="comment-tree">${rows.join('\n')}</table></td></tr></table></center>
<script>window.benchMakePost = (index) => { const row = document.querySelector('${HN_COMMENT_SELECTOR}').cloneNode(true); row.id = String(50000000 + index); row.querySelector('.commtext').textContent = 'Appended comment ' + index; return row; };</script>
</body></html>`;
}
