import type { Translate } from '../../lib/i18n';
import { ACTIONS, isRung, type Action } from '../../lib/ladder/rungs';
import { NO_FILTERS, isFiltering, toggleSelection, type DashboardFilters } from '../../lib/log/filters';

interface FilterBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
  /** Platforms present in the log, plus any still selected so they can be unselected. */
  platforms: readonly string[];
  invertedDates: boolean;
  t: Translate;
}

/** The latest day a date input may hold: later ones would not compare in the log's ISO strings. */
const LAST_DAY = '9999-12-31';

export function FilterBar({ filters, onChange, platforms, invertedDates, t }: FilterBarProps) {
  const actionLabel = (action: Action) => t(isRung(action) ? `rung.${action}` : `action.${action}`);
  const shownPlatforms = [...new Set([...platforms, ...filters.platforms])].sort();
  return (
    <section className="filters" aria-label={t('dashboard.filters')}>
      <fieldset className="filter-group">
        <legend>{t('dashboard.filter.actions')}</legend>
        <div className="chips">
          {ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              className={`chip action-${action}`}
              aria-pressed={filters.actions.includes(action)}
              data-testid={`filter-action-${action}`}
              onClick={() => onChange({ ...filters, actions: toggleSelection(filters.actions, action) })}
            >
              {actionLabel(action)}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset className="filter-group">
        <legend>{t('dashboard.filter.platforms')}</legend>
        <div className="chips">
          {shownPlatforms.length === 0 && <span className="muted">{t('dashboard.filter.noPlatforms')}</span>}
          {shownPlatforms.map((platform) => (
            <button
              key={platform}
              type="button"
              className="chip"
              aria-pressed={filters.platforms.includes(platform)}
              data-testid={`filter-platform-${platform}`}
              onClick={() =>
                onChange({ ...filters, platforms: toggleSelection(filters.platforms, platform) })
              }
            >
              {platform}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset className="filter-group">
        <legend>{t('dashboard.filter.dates')}</legend>
        <div className="dates">
          <label>
            <span>{t('dashboard.filter.from')}</span>
            <input
              type="date"
              value={filters.fromDay}
              max={filters.toDay || LAST_DAY}
              data-testid="filter-from"
              aria-invalid={invertedDates}
              onChange={(event) => onChange({ ...filters, fromDay: event.currentTarget.value })}
            />
          </label>
          <label>
            <span>{t('dashboard.filter.to')}</span>
            <input
              type="date"
              value={filters.toDay}
              min={filters.fromDay || undefined}
              max={LAST_DAY}
              data-testid="filter-to"
              aria-invalid={invertedDates}
              onChange={(event) => onChange({ ...filters, toDay: event.currentTarget.value })}
            />
          </label>
        </div>
      </fieldset>

      {isFiltering(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('dashboard.filter.clear')}
        </button>
      )}
      {invertedDates && (
        <p className="filter-error" role="alert">
          {t('dashboard.filter.inverted')}
        </p>
      )}
    </section>
  );
}
