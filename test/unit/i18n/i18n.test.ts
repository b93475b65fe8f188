import { describe, expect, it } from 'vitest';
import { makeTranslate, resolveLocale } from '../../../lib/i18n/define';
import { translator } from '../../../lib/i18n';
import { common } from '../../../lib/i18n/messages/common';
import { dashboard } from '../../../lib/i18n/messages/dashboard';
import { options } from '../../../lib/i18n/messages/options';
import { overlay } from '../../../lib/i18n/messages/overlay';
import { popup } from '../../../lib/i18n/messages/popup';

describe('i18n', () => {
  it.each(Object.entries({ common, dashboard, options, overlay, popup }))(
    '%s has a non-empty French string for every English one',
    (_name, group) => {
      expect(Object.keys(group.fr).sort()).toEqual(Object.keys(group.en).sort());
      for (const [key, text] of Object.entries(group.fr)) expect(text.trim(), key).not.toBe('');
      for (const [key, text] of Object.entries(group.en)) {
        const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders((group.fr as Record<string, string>)[key]!), key).toEqual(placeholders(text));
      }
    },
  );

  it('follows the setting, else the browser language', () => {
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
    expect(resolveLocale('en', 'fr-FR')).toBe('en');
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('auto', undefined)).toBe('en');
  });

  it('fills placeholders as plain text and leaves unknown ones', () => {
    const t = makeTranslate([overlay], 'fr');
    expect(t('bar.failed', { reason: '<b>quota</b>' })).toBe('Non enregistré : <b>quota</b>');
    expect(t('bar.failed')).toBe('Non enregistré : {reason}');
    expect(translator('en')('rung.personalize')).toBe('Personalize');
    expect(translator('fr')('rung.like')).toBe('Aimer');
  });
});
