/** The five-rung reply ladder, in order of engagement (DESIGN section 2). */
export const RUNGS = ['delete', 'ignore', 'like', 'value', 'personalize'] as const;
export type Rung = (typeof RUNGS)[number];

/** Everything a log entry can record: a rung or another kind of action. */
export const ACTIONS = [...RUNGS, 'escalate', 'strike', 'note'] as const;
export type Action = (typeof ACTIONS)[number];

export function isRung(value: string): value is Rung {
  return (RUNGS as readonly string[]).includes(value);
}
