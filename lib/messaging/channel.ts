import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { DataOf, Protocol, Reply, ResultOf } from './protocol';

type Handlers<P extends Protocol> = {
  [K in keyof P & string]: (data: z.output<P[K]['data']>, sender: Sender) => Promise<ResultOf<P, K>>;
};
type Sender = { tab?: { id?: number; url?: string }; url?: string; id?: string };

export class MessageError extends Error {}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Answers messages of one protocol. Every message is validated on arrival; anything malformed
 * gets an error reply instead of reaching a handler. Works with a returned promise and with
 * `sendResponse` (WXT's fake browser honours only the latter).
 */
export function serve<P extends Protocol>(protocol: P, handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply<unknown>) => void) => {
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const { type, data } = message as { type: unknown; data: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return undefined;
    const spec = protocol[type]!;
    const reply = (async (): Promise<Reply<unknown>> => {
      const parsed = spec.data.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          error: `Invalid ${type} message: ${issue?.path.join('.') || 'data'}: ${issue?.message}`,
        };
      }
      try {
        const handler = handlers[type as keyof P & string];
        return { ok: true, result: await handler(parsed.data as never, sender) };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    })();
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

function unwrap<T>(type: string, reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError(`No answer to ${type}`);
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw new MessageError(typed.error);
  return typed.result;
}

/** Sends a message of the background protocol and returns the validated result. */
export function client<P extends Protocol>(protocol: P) {
  return async function send<K extends keyof P & string>(
    type: K,
    data: DataOf<P, K>,
  ): Promise<ResultOf<P, K>> {
    const reply = await browser.runtime.sendMessage({ type, data });
    return protocol[type]!.result.parse(unwrap(type, reply)) as ResultOf<P, K>;
  };
}

/** Sends a message of a tab protocol to the content script of one tab. */
export function tabClient<P extends Protocol>(protocol: P) {
  return async function send<K extends keyof P & string>(
    tabId: number,
    type: K,
    data: DataOf<P, K>,
  ): Promise<ResultOf<P, K>> {
    const reply = await browser.tabs.sendMessage(tabId, { type, data });
    return protocol[type]!.result.parse(unwrap(type, reply)) as ResultOf<P, K>;
  };
}
