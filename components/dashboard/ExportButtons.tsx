import { useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { exportChunks, exportFileName, LOG_MIME_TYPES, type LogFileFormat } from '../../lib/log/export';
import type { LogEntry } from '../../lib/log/schema';
import { downloadText } from './download';

const FORMATS: readonly { format: LogFileFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'ndjson', label: 'NDJSON' },
  { format: 'csv', label: 'CSV' },
];

interface ExportButtonsProps {
  /** The entries matching the filters, up to date. */
  readEntries: () => Promise<readonly LogEntry[]>;
  /** Whether the filters currently show any entry. */
  hasEntries: boolean;
  exportedBy: string;
  t: Translate;
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

/** Downloads the entries matching the filters, including any logged since the list was read. */
export function ExportButtons({ readEntries, hasEntries, exportedBy, t }: ExportButtonsProps) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function exportAs(format: LogFileFormat) {
    setState({ kind: 'busy' });
    try {
      const now = new Date();
      const entries = await readEntries();
      const fileName = exportFileName(format, now);
      const chunks = exportChunks(format, entries, { exportedBy, exportedAt: now.toISOString() });
      downloadText(chunks, fileName, LOG_MIME_TYPES[format]);
      setState({ kind: 'done', fileName });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const disabled = !hasEntries || state.kind === 'busy';
  return (
    <div className="export" role="group" aria-label={t('dashboard.export.label')}>
      <span className="group-label" aria-hidden="true">
        {t('dashboard.export.label')}
      </span>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={disabled}
          data-testid={`export-${format}`}
          title={t('dashboard.export.title', { format: label })}
          onClick={() => void exportAs(format)}
        >
          {label}
        </button>
      ))}
      <span className="export-status" role="status">
        {state.kind === 'busy' && t('dashboard.export.busy')}
        {state.kind === 'done' && t('dashboard.export.done', { file: state.fileName })}
        {state.kind === 'failed' && (
          <span className="error-text">{t('dashboard.export.failed', { message: state.message })}</span>
        )}
      </span>
    </div>
  );
}
