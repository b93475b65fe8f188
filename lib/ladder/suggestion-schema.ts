import * as z from 'zod/mini';
import { ESCALATION_TARGETS } from '../log/schema';
import { RUNGS } from './rungs';

/** Why a rung is suggested; the interface words each code in the moderator's language. */
export const REASON_CODES = [
  'spam',
  'link',
  'promotion',
  'contact',
  'repeated',
  'abuse',
  'insult',
  'slur',
  'threat',
  'scam',
  'hate',
  'harassment',
  'resembles',
  'resembles-threat',
  'resembles-team',
  'off-topic',
  'laconic',
  'filler',
  'symbols-only',
  'short',
  'positive',
  'negative',
  'question',
  'effort',
  'long',
  'warm',
  'made',
  'regular',
  'ambassador',
  'new-member',
  'staff',
  'complaint',
  'profanity-not-abuse',
  'escalate',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const ReasonSchema = z.object({
  code: z.enum(REASON_CODES),
  evidence: z.optional(z.string().check(z.maxLength(300))),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const MEMBER_STANDINGS = ['new', 'regular', 'ambassador'] as const;
export type MemberStanding = (typeof MEMBER_STANDINGS)[number];

/** What the engine answers for one comment (lib/ladder/suggest.ts), as it travels between scripts. */
export const RungSuggestionSchema = z.object({
  rung: z.enum(RUNGS),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(ReasonSchema).check(z.maxLength(20)),
  escalation: z.nullable(z.enum(ESCALATION_TARGETS)),
  language: z.enum(['en', 'fr', 'unknown']),
});
export type RungSuggestion = z.infer<typeof RungSuggestionSchema>;

/** What the engine is asked about one comment. */
export const SuggestInputSchema = z.object({
  text: z.string().check(z.maxLength(20_000)),
  member: z.optional(z.nullable(z.enum(MEMBER_STANDINGS))),
  /** The page marks the author as the community's own team (a moderator, the channel's owner…). */
  staff: z.optional(z.boolean()),
  /** How many times the same text was seen on the page, counted where the page is (the content script). */
  repeated: z.optional(z.number().check(z.int(), z.gte(1))),
});
export type SuggestInput = z.infer<typeof SuggestInputSchema>;

/**
 * Comments of one page to suggest for. With the platform and each comment's author, the log's
 * history of that member on the site weighs in (a regular's warm effort is answered personally).
 */
export const SuggestBatchSchema = z.object({
  platform: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  items: z
    .array(
      z.extend(SuggestInputSchema, {
        commentId: z.optional(z.string().check(z.maxLength(512))),
        author: z.optional(
          z.object({
            name: z.string().check(z.maxLength(300)),
            handle: z.optional(z.string().check(z.maxLength(300))),
            staff: z.optional(z.boolean()),
          }),
        ),
      }),
    )
    .check(z.maxLength(500)),
});
export type SuggestBatch = z.infer<typeof SuggestBatchSchema>;
