import { parseLogFile, type ImportError } from '../../lib/log/import';
import type { LogRepository } from '../../lib/log/repository';

export type ImportOutcome =
  /** The file has invalid lines and the user did not choose to skip them: nothing was written. */
  | { kind: 'refused'; fileName: string; errors: ImportError[] }
  /** `skipped`: the invalid entries left out because the user chose to skip them. */
  | { kind: 'imported'; fileName: string; added: number; alreadyPresent: number; skipped: ImportError[] }
  /** Reading or writing failed; `addMany` is one transaction, so nothing was written either. */
  | { kind: 'failed'; fileName: string; stage: 'read' | 'write'; quotaExceeded: boolean; message: string };

/** How many line errors the report lists before summing up the rest. */
export const LISTED_ERRORS = 50;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** DOMException is an Error in browsers and in Node; IndexedDB aborts with this name when the disk is full. */
function isQuotaExceeded(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

/** Validates the whole file before writing anything, then writes it all or nothing. */
export async function importLogFile(
  file: Pick<File, 'name' | 'text'>,
  skipInvalid: boolean,
  repository: Pick<LogRepository, 'addMany'>,
  onWriteProgress?: (written: number, toWrite: number) => void,
): Promise<ImportOutcome> {
  const fileName = file.name;
  let parsed: ReturnType<typeof parseLogFile>;
  try {
    parsed = parseLogFile(await file.text(), fileName);
  } catch (error) {
    return { kind: 'failed', fileName, stage: 'read', quotaExceeded: false, message: messageOf(error) };
  }
  // A file refused as a whole (not a log, empty, bad header) has no lines to skip.
  const unreadableAsAWhole = parsed.total === 0 && parsed.errors.length > 0;
  if (parsed.errors.length > 0 && (!skipInvalid || unreadableAsAWhole)) {
    return { kind: 'refused', fileName, errors: parsed.errors };
  }
  try {
    const { added, skipped } = await repository.addMany(parsed.entries, onWriteProgress);
    return {
      kind: 'imported',
      fileName,
      added,
      alreadyPresent: skipped,
      skipped: parsed.errors,
    };
  } catch (error) {
    return {
      kind: 'failed',
      fileName,
      stage: 'write',
      quotaExceeded: isQuotaExceeded(error),
      message: messageOf(error),
    };
  }
}
