import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Automatisations',
    intro:
      'Des messages qui partent tout seuls, chaque matin à 9 h, au bon moment pour chaque client — une seule fois par occasion. Toutes sont éteintes tant que vous ne les allumez pas.',
    runNow: 'Lancer maintenant',
    ranNow:
      '{n, plural, =0 {Aucune automatisation allumée.} one {# automatisation lancée : les messages arrivent dans Réglages → Messages envoyés.} other {# automatisations lancées : les messages arrivent dans Réglages → Messages envoyés.}}',
    loading: 'Chargement…',
    on: 'Allumée',
    off: 'Éteinte',
    switchOn: 'Allumer',
    switchOff: 'Éteindre',
    transactional: 'Service (sans accord préalable)',
    marketing: 'Commercial (accord ou achat, lien de désinscription)',
    nextWeek:
      '{n, plural, =0 {La semaine prochaine : personne pour l’instant} one {La semaine prochaine : # client} other {La semaine prochaine : # clients}}',
    lastRun: 'Dernier passage : {date}',
    lastRunFailed: 'Dernier passage en échec le {date} : {error}',
    nextRun: 'Prochain passage : {date}',
    sent30:
      '{n, plural, =0 {Aucun message ces 30 derniers jours} one {# message ces 30 derniers jours} other {# messages ces 30 derniers jours}}',
    edit: 'Modifier le message et les réglages',
    subject: 'Objet',
    body: 'Message',
    fieldsHint: 'Champs de fusion : {fields}',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    resetWording: 'Revenir au texte proposé',
    preview: 'Aperçu',
    previewNobody: 'Aucun client pour l’aperçu.',
    controlShare: 'Groupe témoin (%)',
    controlHint:
      'Cette part des clients concernés, tirée au hasard, ne reçoit pas le message : on mesure ainsi ce qu’il change vraiment.',
    results: 'Résultats (12 derniers mois)',
    resultsSent: 'Messages : {n}',
    resultsClicked:
      '{n, plural, one {# client a suivi le lien de sa carte} other {# clients ont suivi le lien de leur carte}}',
    resultsSkipped: 'Non envoyés faute d’accord ou d’adresse : {n}',
    resultsCameBack:
      'Revenus sous 30 jours : {sent} sur {sentN} avec le message, {control} sur {controlN} sans (groupe témoin)',
    resultsDifference: 'Différence : {diff} ({low} à {high}, intervalle à 90 %)',
    resultsNoControl: 'Sans groupe témoin, impossible de dire ce que le message a changé.',
    resultsPending:
      '{n, plural, one {# occasion trop récente pour être mesurée} other {# occasions trop récentes pour être mesurées}}',
    'name.welcome': 'Bienvenue après l’inscription',
    'name.thank-you': 'Merci après le premier achat',
    'name.birthday': 'Anniversaire',
    'name.reward-ready': 'Récompense prête',
    'name.points-expiring': 'Points bientôt perdus',
    'name.tier-reached': 'Nouveau niveau atteint',
    'name.we-miss-you': 'Vous nous manquez',
    'name.maintenance-reminder': 'Rappel d’entretien ou de contrat',
    'name.club-renewal': 'Renouvellement du club',
    'about.welcome':
      'Au premier passage du matin après l’inscription : le lien de la carte et un mot d’accueil.',
    'about.thank-you':
      'Quelques jours après le premier achat, un merci (et le questionnaire de satisfaction quand vous en avez un).',
    'about.birthday':
      'Le jour de l’anniversaire, vos vœux — avec le code du bon d’anniversaire s’il y en a un.',
    'about.reward-ready': 'Quand une récompense est débloquée et pas encore utilisée.',
    'about.points-expiring': 'Avant que des points ne soient perdus faute de visite.',
    'about.tier-reached':
      'Quand un client monte d’un niveau (ou entre dans le cercle le plus fidèle).',
    'about.we-miss-you':
      'Quand un bon client semble s’éloigner (probabilité d’être encore actif sous le seuil).',
    'about.maintenance-reminder':
      'Un temps donné après l’achat d’un article (la chaudière → l’entretien annuel).',
    'about.club-renewal':
      'Quelques jours avant l’échéance de l’adhésion au club (selon le réglage du club), aux membres qui ne l’ont pas résiliée.',
    'param.days': 'Jours après le premier achat',
    'param.afterDays': 'Jours après le déblocage (0 : le jour même)',
    'param.topOnly': 'Seulement l’entrée au niveau le plus haut',
    'param.pAliveBelow': 'Seuil de probabilité d’être actif (0,01 à 0,99)',
    'param.minPurchases': 'Achats minimum pour être un bon client',
    'param.months': 'Mois après l’achat',
    'param.item': 'Article (nom, référence ou catégorie contient)',
    'param.tag': 'Ou clients portant l’étiquette',
  },
  en: {
    title: 'Automations',
    intro:
      'Messages that go out on their own, every morning at 9, at the right time for each customer — once per occasion. All are off until you switch them on.',
    runNow: 'Run now',
    ranNow:
      '{n, plural, =0 {No automation is on.} one {# automation started: the messages arrive in Settings → Sent messages.} other {# automations started: the messages arrive in Settings → Sent messages.}}',
    loading: 'Loading…',
    on: 'On',
    off: 'Off',
    switchOn: 'Switch on',
    switchOff: 'Switch off',
    transactional: 'Service (no prior consent needed)',
    marketing: 'Marketing (consent or purchase, unsubscribe link)',
    nextWeek:
      '{n, plural, =0 {Next week: nobody for now} one {Next week: # customer} other {Next week: # customers}}',
    lastRun: 'Last run: {date}',
    lastRunFailed: 'Last run failed on {date}: {error}',
    nextRun: 'Next run: {date}',
    sent30:
      '{n, plural, =0 {No message in the last 30 days} one {# message in the last 30 days} other {# messages in the last 30 days}}',
    edit: 'Edit the message and settings',
    subject: 'Subject',
    body: 'Message',
    fieldsHint: 'Merge fields: {fields}',
    save: 'Save',
    saved: 'Saved.',
    resetWording: 'Back to the suggested text',
    preview: 'Preview',
    previewNobody: 'No customer to preview with.',
    controlShare: 'Control group (%)',
    controlHint:
      'This share of the customers concerned, drawn at random, does not get the message: that is how you see what it really changes.',
    results: 'Results (last 12 months)',
    resultsSent: 'Messages: {n}',
    resultsClicked:
      '{n, plural, one {# customer followed their card link} other {# customers followed their card link}}',
    resultsSkipped: 'Not sent for lack of consent or address: {n}',
    resultsCameBack:
      'Came back within 30 days: {sent} of {sentN} with the message, {control} of {controlN} without (control group)',
    resultsDifference: 'Difference: {diff} ({low} to {high}, 90 % interval)',
    resultsNoControl: 'Without a control group, there is no telling what the message changed.',
    resultsPending:
      '{n, plural, one {# occasion too recent to measure} other {# occasions too recent to measure}}',
    'name.welcome': 'Welcome after sign-up',
    'name.thank-you': 'Thank-you after the first purchase',
    'name.birthday': 'Birthday',
    'name.reward-ready': 'Reward ready',
    'name.points-expiring': 'Points about to expire',
    'name.tier-reached': 'New level reached',
    'name.we-miss-you': 'We miss you',
    'name.maintenance-reminder': 'Maintenance or contract reminder',
    'name.club-renewal': 'Club renewal',
    'about.welcome': 'At the first morning run after sign-up: the card link and a word of welcome.',
    'about.thank-you':
      'A few days after the first purchase, a thank-you (and the satisfaction survey when you have one).',
    'about.birthday':
      'On the birthday, your wishes — with the birthday voucher’s code if there is one.',
    'about.reward-ready': 'When a reward is unlocked and not used yet.',
    'about.points-expiring': 'Before points are lost for lack of visits.',
    'about.tier-reached': 'When a customer moves up a level (or enters the most loyal circle).',
    'about.we-miss-you':
      'When a good customer seems to drift away (probability of still being active under the threshold).',
    'about.maintenance-reminder':
      'A set time after buying an item (the boiler → its yearly maintenance).',
    'about.club-renewal':
      'A few days before a club membership falls due (as the club is set), to members who did not cancel.',
    'param.days': 'Days after the first purchase',
    'param.afterDays': 'Days after unlocking (0: the same day)',
    'param.topOnly': 'Only entering the top level',
    'param.pAliveBelow': 'Threshold of the probability of being active (0.01 to 0.99)',
    'param.minPurchases': 'Minimum purchases to count as a good customer',
    'param.months': 'Months after the purchase',
    'param.item': 'Item (name, reference or category contains)',
    'param.tag': 'Or customers with the tag',
  },
});
