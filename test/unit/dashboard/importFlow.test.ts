import { describe, expect, it } from 'vitest';
import { importLogFile } from '../../../components/dashboard/importFlow';
import { openRungDb } from '../../../lib/log/db';
import { toExportText } from '../../../lib/log/export';
import { LogRepository } from '../../../lib/log/repository';
import { makeLogEntries } from '../log/factory';

const meta = { exportedBy: 'Sam', exportedAt: '2026-11-23T12:00:00.000Z' };
const file = (name: string, text: string) => ({ name, text: async () => text });
const ndjson = (lines: readonly unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n') + '\n';

describe('importLogFile', () => {
  it('writes every entry of a valid export and counts those already present', async () => {
    const repository = new LogRepository(openRungDb());
    const entries = makeLogEntries(3);
    await repository.addMany([entries[0]!]);

    const outcome = await importLogFile(
      file('log.json', toExportText('json', entries, meta)),
      false,
      repository,
    );

    expect(outcome).toEqual({
      kind: 'imported',
      fileName: 'log.json',
      added: 2,
      alreadyPresent: 1,
      skipped: [],
    });
    expect(await repository.count()).toBe(3);
  });

  it('refuses a file with an invalid line and writes nothing', async () => {
    const repository = new LogRepository(openRungDb());
    const [first, second] = makeLogEntries(2);
    const text = ndjson([first, { ...second, action: 'shout' }]);

    const outcome = await importLogFile(file('log.ndjson', text), false, repository);

    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]?.line).toBe(2);
    expect(await repository.count()).toBe(0);
  });

  it('writes the valid lines and reports the skipped ones when asked to skip', async () => {
    const repository = new LogRepository(openRungDb());
    const [first, second, third] = makeLogEntries(3);
    const text = ndjson([first, { ...second, id: 'not-a-uuid' }, third]);

    const outcome = await importLogFile(file('log.ndjson', text), true, repository);

    expect(outcome).toMatchObject({ kind: 'imported', added: 2, alreadyPresent: 0 });
    if (outcome.kind !== 'imported') return;
    expect(outcome.skipped.map((error) => error.line)).toEqual([2]);
    expect(await repository.count()).toBe(2);
  });

  it('refuses a file that is not a log even when skipping invalid lines', async () => {
    const repository = new LogRepository(openRungDb());

    const outcome = await importLogFile(
      file('notes.json', '{"format": "notes", "entries": []}'),
      true,
      repository,
    );

    expect(outcome.kind).toBe('refused');
    expect(await repository.count()).toBe(0);
  });

  it('reports a file that cannot be read', async () => {
    const unreadable = {
      name: 'gone.csv',
      text: () => Promise.reject(new DOMException('The file was moved.', 'NotReadableError')),
    };

    const outcome = await importLogFile(unreadable, false, new LogRepository(openRungDb()));

    expect(outcome).toEqual({
      kind: 'failed',
      fileName: 'gone.csv',
      stage: 'read',
      quotaExceeded: false,
      message: 'The file was moved.',
    });
  });

  it('tells a full disk apart from other write failures', async () => {
    const text = toExportText('ndjson', makeLogEntries(2), meta);
    const failingWith = (error: Error) => ({ addMany: () => Promise.reject(error) });

    const full = await importLogFile(
      file('log.ndjson', text),
      false,
      failingWith(new DOMException('Quota exceeded', 'QuotaExceededError')),
    );
    const other = await importLogFile(
      file('log.ndjson', text),
      false,
      failingWith(new Error('Disk on fire')),
    );

    expect(full).toMatchObject({ kind: 'failed', stage: 'write', quotaExceeded: true });
    expect(other).toMatchObject({
      kind: 'failed',
      stage: 'write',
      quotaExceeded: false,
      message: 'Disk on fire',
    });
  });
});
