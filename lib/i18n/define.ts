export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

export interface MessageGroup<K extends string> {
  en: Record<K, string>;
  fr: Record<K, string>;
}

/** A group of UI strings; French must define exactly the keys English defines. */
export function defineMessages<const K extends string>(messages: MessageGroup<K>): MessageGroup<K> {
  return messages;
}

export type LanguageSetting = 'auto' | Locale;

/** The UI language: the user's choice, else the browser's if it is French, else English. */
export function resolveLocale(setting: LanguageSetting, browserLanguage: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * A translator over some groups for one locale; `{name}` placeholders are filled from params.
 * The content script passes only the groups it shows, so page strings stay out of its bundle.
 */
export type KeysOf<G> = G extends MessageGroup<infer K> ? K : never;

export function makeTranslate<const G extends readonly MessageGroup<string>[]>(
  groups: G,
  locale: Locale,
): Translate<KeysOf<G[number]>> {
  const table: Record<string, string> = Object.assign({}, ...groups.map((group) => group[locale]));
  const fallback: Record<string, string> = Object.assign({}, ...groups.map((group) => group.en));
  return (key, params) => {
    const template = table[key] ?? fallback[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
