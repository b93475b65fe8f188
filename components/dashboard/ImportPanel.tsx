import { useId, useState, type ChangeEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import type { ImportError } from '../../lib/log/import';
import type { LogRepository } from '../../lib/log/repository';
import type { Formatters } from './format';
import { importLogFile, LISTED_ERRORS, type ImportOutcome } from './importFlow';

interface ImportPanelProps {
  repository: LogRepository;
  /** Called after anything may have been written, so the list shows it. */
  onImported: () => void;
  t: Translate;
  format: Formatters;
}

type ImportState =
  | { kind: 'idle' }
  /** `written` of `toWrite` entries are in the log's (still open) transaction once writing started. */
  | { kind: 'busy'; fileName: string; written?: number; toWrite?: number }
  | ImportOutcome;

export function ImportPanel({ repository, onImported, t, format }: ImportPanelProps) {
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fileInputId = useId();

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy', fileName: file.name });
    // A large team log takes a while to write (about 3,000 entries a second): say how far it is.
    const outcome = await importLogFile(file, skipInvalid, repository, (written, toWrite) =>
      setState({ kind: 'busy', fileName: file.name, written, toWrite }),
    );
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
    setState(outcome);
    if (outcome.kind === 'imported') onImported();
  }

  return (
    <section className="import" aria-label={t('dashboard.import.heading')}>
      <div className="import-controls">
        <label htmlFor={fileInputId} className="group-label">
          {t('dashboard.import.file')}
        </label>
        <input
          id={fileInputId}
          type="file"
          accept=".json,.ndjson,.jsonl,.csv"
          data-testid="import-file"
          disabled={state.kind === 'busy'}
          onChange={(event) => void onFileChosen(event)}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={skipInvalid}
            data-testid="import-skip-invalid"
            onChange={(event) => setSkipInvalid(event.currentTarget.checked)}
          />
          <span>{t('dashboard.import.skipInvalid')}</span>
        </label>
        {state.kind === 'busy' && (
          <span role="status" className="muted" data-testid="import-progress">
            {state.toWrite === undefined
              ? t('dashboard.import.busy', { file: state.fileName })
              : t('dashboard.import.writing', {
                  file: state.fileName,
                  written: format.count(state.written ?? 0),
                  total: format.count(state.toWrite),
                })}
          </span>
        )}
      </div>
      {state.kind !== 'idle' && state.kind !== 'busy' && (
        <ImportReport outcome={state} onDismiss={() => setState({ kind: 'idle' })} t={t} format={format} />
      )}
    </section>
  );
}

interface ImportReportProps {
  outcome: ImportOutcome;
  onDismiss: () => void;
  t: Translate;
  format: Formatters;
}

function ImportReport({ outcome, onDismiss, t, format }: ImportReportProps) {
  const succeeded = outcome.kind === 'imported';
  return (
    <div
      className={`report ${succeeded ? 'report-ok' : 'report-error'}`}
      role={succeeded ? 'status' : 'alert'}
      data-testid="import-report"
    >
      <div className="report-text">
        <ReportBody outcome={outcome} t={t} format={format} />
      </div>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('dashboard.import.dismiss')}
      </button>
    </div>
  );
}

function ReportBody({ outcome, t, format }: Omit<ImportReportProps, 'onDismiss'>) {
  if (outcome.kind === 'imported') {
    return (
      <>
        <strong>{t('dashboard.import.done', { file: outcome.fileName })}</strong>
        <ul className="report-figures">
          <li>{t('dashboard.import.added', { count: format.count(outcome.added) })}</li>
          <li>{t('dashboard.import.alreadyPresent', { count: format.count(outcome.alreadyPresent) })}</li>
          {outcome.skipped.length > 0 && (
            <li>{t('dashboard.import.skippedInvalid', { count: format.count(outcome.skipped.length) })}</li>
          )}
        </ul>
        {outcome.skipped.length > 0 && <ErrorList errors={outcome.skipped} t={t} format={format} />}
      </>
    );
  }
  if (outcome.kind === 'failed') {
    const reason =
      outcome.stage === 'read'
        ? t('dashboard.import.readFailed', { file: outcome.fileName, message: outcome.message })
        : outcome.quotaExceeded
          ? t('dashboard.import.quotaExceeded')
          : t('dashboard.import.writeFailed', { message: outcome.message });
    return (
      <>
        <strong>{t('dashboard.import.nothingWritten')}</strong>
        <p>{reason}</p>
      </>
    );
  }
  return (
    <>
      <strong>{t('dashboard.import.nothingWritten')}</strong>
      <p>
        {t('dashboard.import.refused', {
          file: outcome.fileName,
          errors: format.count(outcome.errors.length),
        })}
      </p>
      <ErrorList errors={outcome.errors} t={t} format={format} />
    </>
  );
}

/** The first errors by line, then how many more: a broken 100,000-line file stays readable. */
function ErrorList({
  errors,
  t,
  format,
}: {
  errors: readonly ImportError[];
  t: Translate;
  format: Formatters;
}) {
  const hidden = errors.length - LISTED_ERRORS;
  return (
    <>
      <ul className="report-errors">
        {errors.slice(0, LISTED_ERRORS).map((error, index) => (
          <li key={index}>{t('dashboard.import.lineError', { line: error.line, message: error.message })}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('dashboard.import.moreErrors', { count: format.count(hidden) })}</p>}
    </>
  );
}
