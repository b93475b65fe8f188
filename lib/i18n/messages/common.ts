import { defineMessages } from '../define';

export const common = defineMessages({
  en: {
    appName: 'Rung',
    'rung.delete': 'Delete',
    'rung.ignore': 'Ignore',
    'rung.like': 'Like',
    'rung.value': 'Value',
    'rung.personalize': 'Personalize',
    'action.escalate': 'Escalate',
    'action.strike': 'Strike',
    'action.note': 'Note',
    'error.generic': 'Something went wrong: {message}',
  },
  fr: {
    appName: 'Rung',
    'rung.delete': 'Supprimer',
    'rung.ignore': 'Ignorer',
    'rung.like': 'Aimer',
    'rung.value': 'Valoriser',
    'rung.personalize': 'Personnaliser',
    'action.escalate': 'Escalader',
    'action.strike': 'Avertissement',
    'action.note': 'Note',
    'error.generic': 'Un problème est survenu : {message}',
  },
});
