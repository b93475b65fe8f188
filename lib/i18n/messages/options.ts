import { defineMessages } from '../define';

export const options = defineMessages({
  en: {
    'options.title': 'Rung options',
    'options.moderator': 'Your name (recorded in every log entry)',
    'options.moderatorPlaceholder': 'e.g. Camille (community team)',
    'options.language': 'Language',
    'options.confirmRemove': 'Ask before Delete uses the site’s own remove control',
    'options.language.auto': 'Automatic (browser language)',
    'options.language.en': 'English',
    'options.language.fr': 'Français',
    'options.saved': 'Saved',
    'options.sites': 'Sites you enabled',
    'options.sitesEmpty': 'None yet. Enable a site from the Rung popup while you are on it.',
    'options.forget': 'Remove',
    'options.disabledSites': 'Sites where Rung is switched off',
    'options.turnBackOn': 'Switch back on',
  },
  fr: {
    'options.title': 'Options de Rung',
    'options.moderator': 'Votre nom (enregistré dans chaque entrée du journal)',
    'options.moderatorPlaceholder': 'ex. Camille (équipe communauté)',
    'options.language': 'Langue',
    'options.confirmRemove': 'Demander avant que Supprimer utilise le bouton de retrait du site',
    'options.language.auto': 'Automatique (langue du navigateur)',
    'options.language.en': 'English',
    'options.language.fr': 'Français',
    'options.saved': 'Enregistré',
    'options.sites': 'Sites que vous avez activés',
    'options.sitesEmpty':
      'Aucun pour le moment. Activez un site depuis la fenêtre de Rung quand vous y êtes.',
    'options.forget': 'Retirer',
    'options.disabledSites': 'Sites où Rung est désactivé',
    'options.turnBackOn': 'Réactiver',
  },
});
