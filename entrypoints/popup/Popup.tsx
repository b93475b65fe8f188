import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSettings, useTranslate } from '../../components/useSettings';
import { RUNGS } from '../../lib/ladder/rungs';
import { client, tabClient } from '../../lib/messaging/channel';
import {
  backgroundProtocol,
  tabProtocol,
  type ResultOf,
  type TabProtocol,
} from '../../lib/messaging/protocol';
import { updateSettings } from '../../lib/settings/settings';
import { CONTENT_SCRIPT_FILE, originOf, originPattern } from '../../lib/settings/site-access';

const send = client(backgroundProtocol);
const sendToTab = tabClient(tabProtocol);

type TabStatus = ResultOf<TabProtocol, 'tab.status'>;
interface ActiveTab {
  id: number;
  url?: string;
}

function startOfToday(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/** The tab the popup is about: the active one, or `?tab=ID` when opened as a page (tests). */
async function activeTab(): Promise<ActiveTab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (requested) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function Popup() {
  const settings = useSettings();
  const t = useTranslate(settings);
  const [tab, setTab] = useState<ActiveTab>();
  const [status, setStatus] = useState<TabStatus | null>();
  const [today, setToday] = useState<Record<string, number>>({});
  const [message, setMessage] = useState('');
  const [pendingEnabled, setPendingEnabled] = useState<boolean>();

  const refresh = useCallback(async (target: ActiveTab | undefined) => {
    setToday(await send('log.today', { since: startOfToday() }).catch(() => ({})));
    if (!target) return setStatus(null);
    // No answer means no content script in this tab: a site Rung does not run on.
    setStatus(await sendToTab(target.id, 'tab.status', {}).catch(() => null));
  }, []);

  useEffect(() => {
    void activeTab().then((target) => {
      setTab(target);
      return refresh(target);
    });
  }, [refresh]);

  // Without the "tabs" permission the popup may not see the URL; the content script knows it.
  const origin = status?.origin ?? originOf(tab?.url);
  const hostname = origin ? new URL(origin).hostname : undefined;

  const enableSite = async () => {
    if (!tab || !origin) return;
    // The permission prompt must come straight from the click.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return setMessage(t('popup.permissionDenied'));
    await send('site.enable', { origin });
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
    await refresh(tab);
  };

  const toggleSite = async (enabled: boolean) => {
    if (!settings || !hostname) return;
    // Shown at once; the stored setting (and every tab's content script) follows.
    setPendingEnabled(enabled);
    const others = settings.disabledSites.filter((site) => site !== hostname);
    await updateSettings({ disabledSites: enabled ? others : [...others, hostname] });
    setMessage('');
    window.setTimeout(() => void refresh(tab), 150);
  };

  const openPage = (path: '/dashboard.html' | '/options.html') => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };

  const todayTotal = Object.values(today).reduce((sum, n) => sum + n, 0);
  const enabledHere = pendingEnabled ?? (hostname ? !settings?.disabledSites.includes(hostname) : false);

  return (
    <main className="popup">
      <h1>{t('appName')}</h1>
      {status === undefined ? null : !origin ? (
        <p className="muted">{t('popup.notAPage')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('popup.adapter')}</dt>
            <dd data-testid="popup-adapter">{status?.adapterLabel ?? t('popup.notRecognised')}</dd>
            <dt>{t('popup.comments')}</dt>
            <dd data-testid="popup-count">{status?.comments ?? 0}</dd>
          </dl>
          {status ? (
            <label className="switch">
              <input
                type="checkbox"
                data-testid="popup-site-toggle"
                checked={enabledHere}
                onChange={(event) => void toggleSite(event.target.checked)}
              />
              {t('popup.enabledHere')} <span className="muted">({hostname})</span>
            </label>
          ) : (
            <div className="enable">
              <p className="muted">{t('popup.enableSiteHint')}</p>
              <button type="button" data-testid="popup-enable-site" onClick={() => void enableSite()}>
                {t('popup.enableSite', { origin })}
              </button>
            </div>
          )}
        </>
      )}
      {message && <p role="status">{message}</p>}
      {settings?.moderatorName === '' && (
        <p className="muted" data-testid="popup-set-name">
          {t('popup.setName')}
        </p>
      )}
      <h2>{t('popup.today')}</h2>
      {todayTotal === 0 ? (
        <p className="muted" data-testid="popup-today-empty">
          {t('popup.noActionsToday')}
        </p>
      ) : (
        <ul className="today" data-testid="popup-today">
          {RUNGS.map((rung) => (
            <li key={rung} data-rung={rung}>
              <span>{t(`rung.${rung}`)}</span>
              <strong data-testid={`popup-today-${rung}`}>{today[rung] ?? 0}</strong>
            </li>
          ))}
        </ul>
      )}
      <nav className="links">
        <button type="button" data-testid="popup-open-dashboard" onClick={() => openPage('/dashboard.html')}>
          {t('popup.dashboard')}
        </button>
        <button type="button" className="link" onClick={() => openPage('/options.html')}>
          {t('popup.options')}
        </button>
      </nav>
    </main>
  );
}
