import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const SettingsSchema = z.object({
  /** Recorded as `moderator` in every log entry. */
  moderatorName: z.string().check(z.maxLength(200)),
  language: z.enum(['auto', 'en', 'fr']),
  /** Hostnames where the user switched Rung off from the popup. */
  disabledSites: z.array(z.string().check(z.maxLength(253))),
  /** Ask in the bar before Delete presses the site's own remove control. */
  confirmRemove: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  moderatorName: '',
  language: 'auto',
  disabledSites: [],
  confirmRemove: true,
};

/**
 * Versioned so later shapes migrate (append to `migrations`, bump `version`, test the step).
 * The background defines the item too, so migrations run even when no page is open.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // v2: Delete can press the site's own remove control; ask first unless the user says otherwise.
    2: (old: Record<string, unknown>) => ({ ...old, confirmRemove: true }),
  },
});

/** Parses what storage holds; anything unreadable falls back field by field to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const partial = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const result = SettingsSchema.shape[key].safeParse(partial[key]);
    return result.success ? (result.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    moderatorName: field('moderatorName'),
    language: field('language'),
    disabledSites: field('disabledSites'),
    confirmRemove: field('confirmRemove'),
  };
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Writes a change; an invalid one is refused with the reason and nothing is written. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
