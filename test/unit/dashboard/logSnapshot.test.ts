import { describe, expect, it } from 'vitest';
import { hasLogChanged, type LogSnapshot } from '../../../components/dashboard/logSnapshot';
import { openRungDb } from '../../../lib/log/db';
import { LogRepository, type LogFilter } from '../../../lib/log/repository';
import { makeLogEntries, makeLogEntry } from '../log/factory';

async function snapshotOf(repository: LogRepository, filter: LogFilter = {}): Promise<LogSnapshot> {
  return { total: await repository.count(), filter, entries: await repository.query(filter) };
}

describe('hasLogChanged', () => {
  it('is false when nothing was written since', async () => {
    const repository = new LogRepository(openRungDb());
    await repository.addMany(makeLogEntries(5));

    expect(await hasLogChanged(repository, await snapshotOf(repository))).toBe(false);
  });

  it('sees a new action', async () => {
    const repository = new LogRepository(openRungDb());
    await repository.addMany(makeLogEntries(5));
    const snapshot = await snapshotOf(repository);

    await repository.add(makeLogEntry({ time: '2026-11-24T08:00:00.000Z' }));

    expect(await hasLogChanged(repository, snapshot)).toBe(true);
  });

  it('sees an undo followed by a new action, which leaves the count unchanged', async () => {
    const repository = new LogRepository(openRungDb());
    const entries = makeLogEntries(5);
    await repository.addMany(entries);
    const snapshot = await snapshotOf(repository);

    await repository.remove(entries[4]!.id);
    await repository.add(makeLogEntry({ time: '2026-11-24T08:00:00.000Z' }));

    expect(await hasLogChanged(repository, snapshot)).toBe(true);
  });

  it('sees a new entry with the same time as the newest one shown', async () => {
    const repository = new LogRepository(openRungDb());
    const entries = makeLogEntries(3);
    await repository.addMany(entries);
    const snapshot = await snapshotOf(repository);

    await repository.remove(entries[0]!.id);
    await repository.add(makeLogEntry({ time: entries[2]!.time }));

    expect(await hasLogChanged(repository, snapshot)).toBe(true);
  });

  it('sees entries arriving in an empty log', async () => {
    const repository = new LogRepository(openRungDb());
    const snapshot = await snapshotOf(repository);

    await repository.add(makeLogEntry());

    expect(await hasLogChanged(repository, snapshot)).toBe(true);
  });

  it('compares within the filters the list was read with', async () => {
    const repository = new LogRepository(openRungDb());
    await repository.addMany(makeLogEntries(3, { action: 'delete' }));
    await repository.add(makeLogEntry({ action: 'like', time: '2026-11-24T08:00:00.000Z' }));
    const snapshot = await snapshotOf(repository, { actions: ['delete'] });

    expect(await hasLogChanged(repository, snapshot)).toBe(false);
  });
});
