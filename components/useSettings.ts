import { useEffect, useMemo, useState } from 'react';
import { resolveLocale, translator, type Translate } from '../lib/i18n';
import { readSettings, watchSettings, type Settings } from '../lib/settings/settings';

/** Current settings, live: a change made in another page shows at once. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    void readSettings().then((value) => alive && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The translator for the language the user chose (or the browser's); the page's `lang` follows. */
export function useTranslate(settings: Settings | undefined): Translate {
  const locale = resolveLocale(settings?.language ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => translator(locale), [locale]);
}
