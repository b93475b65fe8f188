import * as z from 'zod/mini';
import { ACTIONS, RUNGS } from '../ladder/rungs';

const httpUrl = z.string().check(
  z.maxLength(4096),
  z.refine((value) => /^https?:\/\//i.test(value), 'Expected an http(s) URL'),
);

const shortText = (max: number) => z.string().check(z.maxLength(max));

export const ESCALATION_TARGETS = ['support', 'legal', 'pr', 'product'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const STRIKE_LEVELS = ['educate', 'warn', 'exclude'] as const;
/** What really happened on the page when the action was applied. */
export const NATIVE_STATUSES = ['done', 'not-available', 'failed', 'not-attempted'] as const;

export const SuggestionSchema = z.object({
  rung: z.enum(RUNGS),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(shortText(300)).check(z.maxLength(20)),
});

export const EscalationSchema = z.object({
  target: z.enum(ESCALATION_TARGETS),
  severity: z.enum(SEVERITIES),
  dueAt: z.iso.datetime({ offset: true }),
  status: z.enum(['open', 'resolved']),
});

/** What the content script knows when the user acts; the background adds id, time and moderator. */
export const LogDraftSchema = z.object({
  platform: shortText(64).check(z.minLength(1)),
  pageUrl: httpUrl,
  commentId: shortText(512).check(z.minLength(1)),
  permalink: z.optional(httpUrl),
  author: z.object({ name: shortText(300), handle: z.optional(shortText(300)) }),
  excerpt: shortText(500),
  action: z.enum(ACTIONS),
  suggestion: z.optional(SuggestionSchema),
  template: z.optional(shortText(200)),
  reply: z.optional(shortText(10_000)),
  escalation: z.optional(EscalationSchema),
  strike: z.optional(z.enum(STRIKE_LEVELS)),
  native: z.object({
    status: z.enum(NATIVE_STATUSES),
    detail: z.optional(shortText(500)),
  }),
});

/** One line of the local log (DESIGN section 4). `id` is a UUID so merges are idempotent. */
/** Times are stored in UTC so that ordering and date filters compare like with like. */
const utcTime = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((value: string) => new Date(value).toISOString()),
);

export const LogEntrySchema = z.extend(LogDraftSchema, {
  id: z.uuid(),
  time: utcTime,
  moderator: shortText(200),
});

export type LogDraft = z.infer<typeof LogDraftSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
