import { useEffect, useState } from 'react';
import { useSettings, useTranslate } from '../../components/useSettings';
import { client } from '../../lib/messaging/channel';
import { backgroundProtocol } from '../../lib/messaging/protocol';
import { updateSettings, type Settings } from '../../lib/settings/settings';
import { grantedOrigins } from '../../lib/settings/site-access';

const send = client(backgroundProtocol);

export function Options() {
  const settings = useSettings();
  const t = useTranslate(settings);
  const [name, setName] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [origins, setOrigins] = useState<string[]>([]);

  useEffect(() => {
    void grantedOrigins().then(setOrigins);
  }, []);

  useEffect(() => {
    document.title = t('options.title');
  }, [t]);

  if (!settings) return null;

  const save = async (patch: Partial<Settings>) => {
    await updateSettings(patch);
    setSaved(true);
    window.setTimeout(() => setSaved(false), 1500);
  };

  const forget = async (origin: string) => {
    await send('site.forget', { origin });
    setOrigins(await grantedOrigins());
  };

  return (
    <main className="page narrow">
      <h1>{t('options.title')}</h1>
      <form onSubmit={(event) => event.preventDefault()} className="stack">
        <label>
          {t('options.moderator')}
          <input
            type="text"
            data-testid="options-moderator"
            maxLength={200}
            placeholder={t('options.moderatorPlaceholder')}
            value={name ?? settings.moderatorName}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => name !== undefined && void save({ moderatorName: name.trim() })}
          />
        </label>
        <label>
          {t('options.language')}
          <select
            data-testid="options-language"
            value={settings.language}
            onChange={(event) => void save({ language: event.target.value as Settings['language'] })}
          >
            <option value="auto">{t('options.language.auto')}</option>
            <option value="en">{t('options.language.en')}</option>
            <option value="fr">{t('options.language.fr')}</option>
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            data-testid="options-confirm-remove"
            checked={settings.confirmRemove}
            onChange={(event) => void save({ confirmRemove: event.target.checked })}
          />
          {t('options.confirmRemove')}
        </label>
        <p role="status" className="muted" data-testid="options-saved">
          {saved ? t('options.saved') : ''}
        </p>
      </form>
      <h2>{t('options.sites')}</h2>
      {origins.length === 0 ? (
        <p className="muted">{t('options.sitesEmpty')}</p>
      ) : (
        <ul className="rows">
          {origins.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" onClick={() => void forget(origin)}>
                {t('options.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {settings.disabledSites.length > 0 && (
        <>
          <h2>{t('options.disabledSites')}</h2>
          <ul className="rows">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  onClick={() =>
                    void save({ disabledSites: settings.disabledSites.filter((other) => other !== site) })
                  }
                >
                  {t('options.turnBackOn')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
