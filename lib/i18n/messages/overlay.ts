import { defineMessages } from '../define';

/** Strings of the per-comment bar (content script). */
export const overlay = defineMessages({
  en: {
    'bar.label': 'Rung: reply ladder for this comment',
    'bar.done.delete': 'Deleted by you',
    'bar.done.ignore': 'Ignored by you',
    'bar.done.like': 'Liked by you',
    'bar.done.value': 'Valued by you',
    'bar.done.personalize': 'Personalized by you',
    'bar.saving': 'Saving…',
    'bar.undo': 'Undo',
    'bar.undone': 'Undone',
    'bar.failed': 'Not saved: {reason}',
    'bar.hint.delete': 'Delete: spam, off-topic or abuse (never criticism of the brand)',
    'bar.hint.ignore': 'Ignore: laconic, neither constructive nor toxic',
    'bar.hint.like': 'Like: positive but short',
    'bar.hint.value': 'Value: a few sentences deserve a few words back',
    'bar.hint.personalize': 'Personalize: exceptional engagement, make something for them',
  },
  fr: {
    'bar.label': 'Rung : échelle de réponse pour ce commentaire',
    'bar.done.delete': 'Supprimé par vous',
    'bar.done.ignore': 'Ignoré par vous',
    'bar.done.like': 'Aimé par vous',
    'bar.done.value': 'Valorisé par vous',
    'bar.done.personalize': 'Personnalisé par vous',
    'bar.saving': 'Enregistrement…',
    'bar.undo': 'Annuler',
    'bar.undone': 'Annulé',
    'bar.failed': 'Non enregistré : {reason}',
    'bar.hint.delete': 'Supprimer : spam, hors sujet ou insulte (jamais une critique de la marque)',
    'bar.hint.ignore': 'Ignorer : laconique, ni constructif ni toxique',
    'bar.hint.like': 'Aimer : positif mais court',
    'bar.hint.value': 'Valoriser : quelques phrases méritent quelques mots en retour',
    'bar.hint.personalize':
      'Personnaliser : engagement exceptionnel, faites quelque chose pour cette personne',
  },
});
