import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  readSettings,
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
    expect(await readSettings()).toEqual({ moderatorName: 'Camille', language: 'auto', disabledSites: [] });
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
    });
    await expect(updateSettings({ moderatorName: 'x'.repeat(500) })).rejects.toThrow();
    expect((await readSettings()).moderatorName).toBe('Camille');
  });
});
