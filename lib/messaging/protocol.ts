import * as z from 'zod/mini';
import { ACTIONS } from '../ladder/rungs';
import { RungSuggestionSchema, SuggestBatchSchema } from '../ladder/suggestion-schema';
import { LogDraftSchema, LogEntrySchema } from '../log/schema';

const origin = z.string().check(
  z.maxLength(300),
  z.refine((value) => /^https?:\/\/[^/]+$/i.test(value), 'Expected an origin such as https://forum.example'),
);

/**
 * Every message between the content scripts, the pages and the background: one entry per type,
 * with the schema its data must satisfy on arrival and the schema of its result.
 */
export const backgroundProtocol = {
  /** Record one action; the background adds id, time and moderator, and answers once it is stored. */
  'log.record': { data: LogDraftSchema, result: LogEntrySchema },
  /** Undo a just-recorded action (only within the undo window). */
  'log.retract': { data: z.object({ id: z.uuid() }), result: z.object({ removed: z.boolean() }) },
  /** The latest action on each comment, so bars show what was already done. */
  'log.latest': {
    data: z.object({
      platform: z.string().check(z.maxLength(64)),
      commentIds: z.array(z.string().check(z.maxLength(512))).check(z.maxLength(2000)),
    }),
    result: z.record(z.string(), z.enum(ACTIONS)),
  },
  /** Today's actions per kind, for the popup. */
  'log.today': {
    data: z.object({ since: z.iso.datetime({ offset: true }) }),
    result: z.record(z.string(), z.number()),
  },
  /**
   * The suggested rung for each comment. The engine and its word lists live in the background:
   * loaded once for every tab rather than once per tab, and the script injected into pages stays small.
   */
  'suggest.batch': {
    data: SuggestBatchSchema,
    result: z.array(RungSuggestionSchema),
  },
  /** Register the content script for an origin the user granted (popup). */
  'site.enable': { data: z.object({ origin }), result: z.object({ registered: z.boolean() }) },
  'site.forget': { data: z.object({ origin }), result: z.object({ unregistered: z.boolean() }) },
} as const;

/** Messages the popup sends to the content script of a tab. */
export const tabProtocol = {
  'tab.status': {
    data: z.object({}),
    result: z.object({
      /** The page's origin as the content script sees it (the popup may not see the tab's URL). */
      origin: z.string(),
      adapter: z.nullable(z.string()),
      adapterLabel: z.nullable(z.string()),
      comments: z.number(),
      enabled: z.boolean(),
    }),
  },
} as const;

export interface MessageSpec {
  data: z.ZodMiniType;
  result: z.ZodMiniType;
}
export type Protocol = Record<string, MessageSpec>;
export type BackgroundProtocol = typeof backgroundProtocol;
export type TabProtocol = typeof tabProtocol;

export type DataOf<P extends Protocol, K extends keyof P> = z.input<P[K]['data']>;
export type ResultOf<P extends Protocol, K extends keyof P> = z.output<P[K]['result']>;

/** What travels: `{ type, data }` one way, a `Reply` the other. */
export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };
