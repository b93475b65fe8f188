import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  readSettings,
  settingsItem,
  updateSettings,
} from '../../../lib/settings/settings';

describe('settings', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a damaged stored value and defaults the others', async () => {
    await fakeBrowser.storage.local.set({
      settings: { moderatorName: 'Camille', language: 'klingon', disabledSites: 3 },
    });
    expect(await readSettings()).toEqual({
      moderatorName: 'Camille',
      language: 'auto',
      disabledSites: [],
      confirmRemove: true,
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('updates some fields and validates what it writes', async () => {
    await updateSettings({ moderatorName: 'Camille' });
    await updateSettings({ language: 'fr', disabledSites: ['forum.example'] });
    expect(await readSettings()).toEqual({
      moderatorName: 'Camille',
      language: 'fr',
      disabledSites: ['forum.example'],
      confirmRemove: true,
    });
    await expect(updateSettings({ moderatorName: 'x'.repeat(500) })).rejects.toThrow();
    expect((await readSettings()).moderatorName).toBe('Camille');
  });

  it('migrates version 1 settings: Delete asks before using the site’s remove control', async () => {
    await fakeBrowser.storage.local.set({
      settings: { moderatorName: 'Camille', language: 'fr', disabledSites: ['forum.example'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      moderatorName: 'Camille',
      language: 'fr',
      disabledSites: ['forum.example'],
      confirmRemove: true,
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });
});
