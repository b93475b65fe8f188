import type { Comment } from '../comment';
import type { Locale } from '../i18n/define';

/**
 * The first words of a reply for the rungs that answer (value, personalize), put in the site's
 * reply box for the moderator to finish. French uses *vous*: a brand speaks to members it does not
 * know formally until the community's own register says otherwise.
 */
const STARTERS: Record<Locale, Record<'value' | 'personalize', { named: string; unnamed: string }>> = {
  en: {
    value: { named: 'Thanks {name}, this is really useful. ', unnamed: 'Thank you, this is really useful. ' },
    personalize: {
      named: '{name}, thank you for taking the time to write all this. ',
      unnamed: 'Thank you for taking the time to write all this. ',
    },
  },
  fr: {
    value: { named: 'Merci {name}, c’est très utile. ', unnamed: 'Merci, c’est très utile. ' },
    personalize: {
      named: '{name}, merci d’avoir pris le temps d’écrire tout cela. ',
      unnamed: 'Merci d’avoir pris le temps d’écrire tout cela. ',
    },
  },
};

/** A first name worth addressing: the display name's first word when it reads as a name. */
export function firstNameOf(author: Comment['author']): string {
  const first = author.name.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}[\p{L}'’-]{1,30}$/u.test(first) ? first : '';
}

export function replyStarter(rung: 'value' | 'personalize', comment: Comment, locale: Locale): string {
  const name = firstNameOf(comment.author);
  const starter = STARTERS[locale][rung];
  return name ? starter.named.replace('{name}', name) : starter.unnamed;
}
