import { serve } from '../lib/messaging/channel';
import { backgroundProtocol } from '../lib/messaging/protocol';
import { suggestBatch } from '../lib/ladder/batch';
import { openRungDb } from '../lib/log/db';
import { LogRepository } from '../lib/log/repository';
import { createLogService } from '../lib/log/service';
import { readSettings, watchSettings, type Settings } from '../lib/settings/settings';
import { forgetOrigin, registerOrigin, syncRegistrations } from '../lib/settings/site-access';

export default defineBackground(() => {
  // Read once and kept current, rather than one storage read per recorded action.
  let settings: Promise<Settings> | undefined;
  const currentSettings = () =>
    (settings ??= readSettings().catch((error: unknown) => {
      settings = undefined;
      throw error;
    }));
  watchSettings((next) => (settings = Promise.resolve(next)));
  // Handed over un-awaited so the listener below is registered synchronously (MV3 wake-ups).
  const log = createLogService(new LogRepository(openRungDb()), currentSettings);

  serve(backgroundProtocol, {
    'log.record': (draft) => log.record(draft),
    'log.retract': ({ id }) => log.retract(id),
    'log.latest': ({ platform, commentIds }) => log.latest(platform, commentIds),
    'log.today': ({ since }) => log.today(since),
    'suggest.batch': (batch) => suggestBatch(batch, log.standings),
    'site.enable': async ({ origin }) => ({ registered: await registerOrigin(origin) }),
    'site.forget': async ({ origin }) => ({ unregistered: await forgetOrigin(origin) }),
  });

  void syncRegistrations().catch((error: unknown) =>
    console.error('Rung: could not sync site registrations', error),
  );
  // Grants and revocations can also come from the browser's own site-access menu.
  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());
});
