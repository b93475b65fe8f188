import { defineMessages } from '../define';

export const popup = defineMessages({
  en: {
    'popup.adapter': 'Page',
    'popup.notRecognised': 'Not recognised',
    'popup.comments': 'Comments found',
    'popup.today': 'Today',
    'popup.noActionsToday': 'No actions yet today.',
    'popup.enabledHere': 'Rung on this site',
    'popup.enableSite': 'Enable Rung on {origin}',
    'popup.enableSiteHint': 'Rung has no dedicated adapter here. Allow it on this site to look for comments.',
    'popup.notAPage': 'Rung works on web pages (http and https).',
    'popup.reloadHint': 'Reload the page to apply.',
    'popup.dashboard': 'Open the dashboard',
    'popup.options': 'Options',
    'popup.permissionDenied': 'Permission not granted.',
    'popup.setName': 'Set your name in the options so your actions are signed in the log.',
  },
  fr: {
    'popup.adapter': 'Page',
    'popup.notRecognised': 'Non reconnue',
    'popup.comments': 'Commentaires trouvés',
    'popup.today': "Aujourd'hui",
    'popup.noActionsToday': "Aucune action aujourd'hui.",
    'popup.enabledHere': 'Rung sur ce site',
    'popup.enableSite': 'Activer Rung sur {origin}',
    'popup.enableSiteHint':
      "Rung n'a pas d'adaptateur dédié ici. Autorisez-le sur ce site pour qu'il cherche les commentaires.",
    'popup.notAPage': 'Rung fonctionne sur les pages web (http et https).',
    'popup.reloadHint': 'Rechargez la page pour appliquer.',
    'popup.dashboard': 'Ouvrir le tableau de bord',
    'popup.options': 'Options',
    'popup.permissionDenied': 'Autorisation refusée.',
    'popup.setName': 'Indiquez votre nom dans les options pour signer vos actions dans le journal.',
  },
});
