import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { client, serve } from '../../../lib/messaging/channel';
import { backgroundProtocol } from '../../../lib/messaging/protocol';
import { suggestBatch } from '../../../lib/ladder/batch';
import type { LogDraft, LogEntry } from '../../../lib/log/schema';

const draft: LogDraft = {
  platform: 'generic',
  pageUrl: 'https://forum.example/t/1',
  commentId: 'post-1',
  author: { name: 'Ana' },
  excerpt: 'Thanks!',
  action: 'like',
  native: { status: 'not-attempted' },
};

function serveRecorder() {
  const received: LogDraft[] = [];
  const stop = serve(backgroundProtocol, {
    'log.record': async (data) => {
      received.push(data);
      return {
        ...data,
        id: crypto.randomUUID(),
        time: new Date().toISOString(),
        moderator: 'Camille',
      } as LogEntry;
    },
    'log.retract': async () => ({ removed: false }),
    'log.latest': async () => ({}),
    'log.today': async () => ({}),
    'suggest.batch': (batch) => suggestBatch(batch, async (_platform, items) => items.map(() => 'regular')),
    'site.enable': async () => ({ registered: true }),
    'site.forget': async () => {
      throw new Error('not granted');
    },
  });
  return { received, stop };
}

describe('typed messaging', () => {
  it('delivers a valid message and returns the validated result', async () => {
    const { received, stop } = serveRecorder();
    const entry = await client(backgroundProtocol)('log.record', draft);
    expect(entry.moderator).toBe('Camille');
    expect(received).toEqual([draft]);
    stop();
  });

  it('answers a malformed message with an error and never calls the handler', async () => {
    const { received, stop } = serveRecorder();
    const reply = await browser.runtime.sendMessage({
      type: 'log.record',
      data: { ...draft, action: 'nuke' },
    });
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toContain('action');
    const script = await browser.runtime.sendMessage({
      type: 'log.record',
      data: { ...draft, pageUrl: 'javascript:alert(1)' },
    });
    expect(script).toMatchObject({ ok: false });
    expect(received).toEqual([]);
    stop();
  });

  it('turns a handler failure into a rejected promise with its message', async () => {
    const { stop } = serveRecorder();
    await expect(
      client(backgroundProtocol)('site.forget', { origin: 'https://forum.example' }),
    ).rejects.toThrow('not granted');
    await expect(
      client(backgroundProtocol)('site.enable', { origin: 'https://forum.example/path' }),
    ).rejects.toThrow(/origin/);
    stop();
  });

  it('ignores messages of other protocols so another listener can answer them', async () => {
    const { stop } = serveRecorder();
    await expect(browser.runtime.sendMessage({ type: 'tab.status', data: {} })).resolves.toBeUndefined();
    await expect(client(backgroundProtocol)('log.today', { since: 'yesterday' })).rejects.toThrow(/since/);
    stop();
  });

  it('answers a batch of suggestions, and refuses a batch too large to be a page slice', async () => {
    const { stop } = serveRecorder();
    const ask = client(backgroundProtocol);
    const [spam, thanks] = await ask('suggest.batch', {
      items: [{ text: 'Earn $500 per day from home, DM me on WhatsApp', repeated: 3 }, { text: 'Thanks!' }],
    });
    expect(spam).toMatchObject({ rung: 'delete', escalation: null });
    expect(thanks!.rung).toBe('like');
    const [fromRegular] = await ask('suggest.batch', {
      platform: 'reddit',
      items: [{ text: 'Thanks!', commentId: 't1_abc', author: { name: 'Ann', handle: 'ann' } }],
    });
    expect(fromRegular!.reasons).toContainEqual({ code: 'regular' });
    await expect(
      ask('suggest.batch', { platform: '', items: [{ text: 'ok', author: { name: 'x'.repeat(301) } }] }),
    ).rejects.toThrow(/platform|name/);
    await expect(
      ask('suggest.batch', { items: Array.from({ length: 501 }, () => ({ text: 'ok' })) }),
    ).rejects.toThrow(/items/);
    stop();
  });
});
