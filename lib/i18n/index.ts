import { makeTranslate, type KeysOf, type Locale, type Translate as TranslateOf } from './define';
import { common } from './messages/common';
import { dashboard } from './messages/dashboard';
import { options } from './messages/options';
import { overlay } from './messages/overlay';
import { popup } from './messages/popup';

export { LOCALES, resolveLocale, type LanguageSetting, type Locale } from './define';

/** Every group of UI strings shown in extension pages; a page adds its group here. */
const groups = [common, dashboard, popup, options, overlay] as const;

export type MessageKey = KeysOf<(typeof groups)[number]>;
export type Translate = TranslateOf<MessageKey>;

export function translator(locale: Locale): Translate {
  return makeTranslate(groups, locale);
}
