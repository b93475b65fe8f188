import { memo, useCallback, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { safeHttpUrl } from '../../lib/comment';
import type { Translate } from '../../lib/i18n';
import { isRung } from '../../lib/ladder/rungs';
import type { LogEntry } from '../../lib/log/schema';
import type { Formatters } from './format';

/** Fixed heights: no row is measured, so 100,000 entries scroll as smoothly as 100. */
const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 36;
const rowHeight = () => ROW_HEIGHT;

interface LogListProps {
  entries: readonly LogEntry[];
  t: Translate;
  format: Formatters;
}

/** The log as a virtualised table: only the rows in view (and a few around) are in the DOM. */
export function LogList({ entries, t, format }: LogListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: a new key function makes the virtualizer re-measure every row.
  const getItemKey = useCallback((index: number) => entries[index]?.id ?? index, [entries]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    scrollMargin: HEADER_HEIGHT,
    overscan: 10,
    getItemKey,
  });

  return (
    <div
      className="log-table"
      role="table"
      aria-label={t('dashboard.list.label')}
      aria-rowcount={entries.length + 1}
    >
      {/* Focusable so keyboard users can scroll the list with the arrow and page keys. */}
      <div className="log-scroll" ref={scrollRef} tabIndex={0}>
        <div className="log-head" role="rowgroup" style={{ height: HEADER_HEIGHT }}>
          <div className="log-grid" role="row" aria-rowindex={1}>
            <span role="columnheader">{t('dashboard.column.time')}</span>
            <span role="columnheader">{t('dashboard.column.action')}</span>
            <span role="columnheader">{t('dashboard.column.platform')}</span>
            <span role="columnheader">{t('dashboard.column.author')}</span>
            <span role="columnheader">{t('dashboard.column.excerpt')}</span>
            <span role="columnheader">{t('dashboard.column.moderator')}</span>
            <span role="columnheader">{t('dashboard.column.native')}</span>
            <span role="columnheader">{t('dashboard.column.link')}</span>
          </div>
        </div>
        <div
          className="log-body"
          role="rowgroup"
          style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <LogRow
                key={item.key}
                entry={entry}
                rowIndex={item.index + 2}
                top={item.start - HEADER_HEIGHT}
                t={t}
                format={format}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface LogRowProps {
  entry: LogEntry;
  /** 1-based position in the whole table (the header is row 1), for assistive technology. */
  rowIndex: number;
  top: number;
  t: Translate;
  format: Formatters;
}

/** Everything from the log is page content: it is only ever rendered as React text. */
const LogRow = memo(function LogRow({ entry, rowIndex, top, t, format }: LogRowProps) {
  const link = entry.permalink ? safeHttpUrl(entry.permalink, entry.pageUrl) : undefined;
  const actionLabel = t(isRung(entry.action) ? `rung.${entry.action}` : `action.${entry.action}`);
  const suggestion = entry.suggestion
    ? t('dashboard.suggested', {
        rung: t(`rung.${entry.suggestion.rung}`),
        confidence: Math.round(entry.suggestion.confidence * 100),
      })
    : undefined;
  return (
    <div
      className="log-grid log-row"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="log-row"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <span role="cell" className="cell-time">
        <time dateTime={entry.time} title={format.fullTime(entry.time)}>
          {format.time(entry.time)}
        </time>
      </span>
      <span role="cell" className="cell-action">
        <span className={`badge action-${entry.action}`} title={suggestion}>
          {actionLabel}
        </span>
        <ActionDetail entry={entry} t={t} />
      </span>
      <span role="cell" className="cell-platform" title={entry.platform}>
        {entry.platform}
      </span>
      <span role="cell" className="cell-author">
        <span className="primary" title={entry.author.name}>
          {entry.author.name || <em>{t('dashboard.author.none')}</em>}
        </span>
        {entry.author.handle && (
          <span className="secondary" title={entry.author.handle}>
            {entry.author.handle}
          </span>
        )}
      </span>
      <span role="cell" className="cell-excerpt" title={entry.excerpt}>
        {entry.excerpt}
      </span>
      <span role="cell" className="cell-moderator" title={entry.moderator}>
        {entry.moderator || '—'}
      </span>
      <span role="cell" className="cell-native">
        <span className={`status native-${entry.native.status}`} title={entry.native.detail}>
          {t(`dashboard.native.${entry.native.status}`)}
        </span>
      </span>
      <span role="cell" className="cell-link">
        {link ? (
          <a href={link} target="_blank" rel="noreferrer noopener" title={link}>
            {t('dashboard.link.open')}
          </a>
        ) : (
          '—'
        )}
      </span>
    </div>
  );
});

/** The escalation or strike an entry carries, under its action. */
function ActionDetail({ entry, t }: { entry: LogEntry; t: Translate }) {
  const { escalation, strike } = entry;
  if (escalation) {
    const status =
      escalation.status === 'open' ? t('dashboard.escalation.open') : t('dashboard.escalation.resolved');
    return (
      <span className="secondary">
        {`${t(`dashboard.target.${escalation.target}`)} · ${t(`dashboard.severity.${escalation.severity}`)} · ${status}`}
      </span>
    );
  }
  if (strike) return <span className="secondary">{t(`dashboard.strike.${strike}`)}</span>;
  return null;
}
