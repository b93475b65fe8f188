import { useEffect, useMemo, useState } from 'react';
import { ExportButtons } from '../../components/dashboard/ExportButtons';
import { FilterBar } from '../../components/dashboard/FilterBar';
import { makeFormatters, type Formatters } from '../../components/dashboard/format';
import { ImportPanel } from '../../components/dashboard/ImportPanel';
import { LogList } from '../../components/dashboard/LogList';
import { useLog, type LogView } from '../../components/dashboard/useLog';
import { useSettings, useTranslate } from '../../components/useSettings';
import { resolveLocale, type Translate } from '../../lib/i18n';
import { NO_FILTERS, isFiltering, type DashboardFilters } from '../../lib/log/filters';
import { suggestionAgreement } from '../../lib/log/figures';
import type { LogRepository } from '../../lib/log/repository';

export function App({ repository }: { repository: LogRepository }) {
  const settings = useSettings();
  const t = useTranslate(settings);
  const locale = resolveLocale(settings?.language ?? 'auto', navigator.language);
  const format = useMemo(() => makeFormatters(locale), [locale]);
  const [filters, setFilters] = useState<DashboardFilters>(NO_FILTERS);
  const log = useLog(repository, filters);

  useEffect(() => {
    document.title = t('dashboard.title');
    document.documentElement.lang = locale;
  }, [t, locale]);

  return (
    <div className="page">
      <header className="topbar">
        <h1>
          <span className="brand">{t('appName')}</span>
          <span className="page-name">{t('dashboard.heading')}</span>
        </h1>
        <EntryCount log={log} filtering={isFiltering(filters)} t={t} format={format} />
        <div className="topbar-actions">
          <button type="button" className="button" data-testid="refresh" onClick={log.refresh}>
            {t('dashboard.refresh')}
          </button>
          <ExportButtons
            readEntries={log.readMatching}
            hasEntries={log.entries.length > 0}
            exportedBy={settings?.moderatorName ?? ''}
            t={t}
          />
        </div>
      </header>

      <div className="toolbar">
        <FilterBar
          filters={filters}
          onChange={setFilters}
          platforms={log.platforms}
          invertedDates={log.filter.kind === 'inverted-dates'}
          t={t}
        />
        <ImportPanel repository={repository} onImported={log.refresh} t={t} format={format} />
      </div>

      <main className="content">
        <LogContent
          log={log}
          filtering={isFiltering(filters)}
          onClearFilters={() => setFilters(NO_FILTERS)}
          t={t}
          format={format}
        />
      </main>
    </div>
  );
}

interface EntryCountProps {
  log: LogView;
  filtering: boolean;
  t: Translate;
  format: Formatters;
}

function EntryCount({ log, filtering, t, format }: EntryCountProps) {
  const total = format.count(log.total);
  const text = filtering
    ? t('dashboard.count.filtered', { shown: format.count(log.matching ?? log.entries.length), total })
    : t(format.isSingular(log.total) ? 'dashboard.count.one' : 'dashboard.count.other', { count: total });
  return (
    <p className="count">
      <span data-testid="entry-count">{log.initialising ? t('dashboard.loading') : text}</span>
      {log.loading && !log.initialising && <span className="updating">{t('dashboard.updating')}</span>}
      {!log.loading && <SuggestionFigure log={log} t={t} format={format} />}
    </p>
  );
}

/** How often the suggested rung was the one chosen, among the entries shown. */
function SuggestionFigure({ log, t, format }: { log: LogView; t: Translate; format: Formatters }) {
  const { followed, suggested } = useMemo(() => suggestionAgreement(log.entries), [log.entries]);
  if (suggested === 0) return null;
  return (
    <span className="figure" data-testid="suggestion-followed">
      {t('dashboard.suggestion.followed', {
        followed: format.count(followed),
        suggested: format.count(suggested),
        percent: Math.round((100 * followed) / suggested),
      })}
    </span>
  );
}

interface LogContentProps {
  log: LogView;
  filtering: boolean;
  onClearFilters: () => void;
  t: Translate;
  format: Formatters;
}

function LogContent({ log, filtering, onClearFilters, t, format }: LogContentProps) {
  if (log.error !== undefined) {
    const message = log.error instanceof Error ? log.error.message : String(log.error);
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('dashboard.loadFailed', { message })}</p>
        <button type="button" className="button" onClick={log.refresh}>
          {t('dashboard.retry')}
        </button>
      </div>
    );
  }
  if (log.initialising) return <p className="notice muted">{t('dashboard.loading')}</p>;
  if (log.total === 0) {
    return (
      <div className="notice" data-testid="empty-state">
        <p>{t('dashboard.empty.log')}</p>
      </div>
    );
  }
  if (log.entries.length === 0 && !log.loading) {
    return (
      <div className="notice" data-testid="empty-state">
        <p>{t('dashboard.empty.filtered')}</p>
        {filtering && (
          <button type="button" className="button" onClick={onClearFilters}>
            {t('dashboard.filter.clear')}
          </button>
        )}
      </div>
    );
  }
  return <LogList entries={log.entries} t={t} format={format} />;
}
