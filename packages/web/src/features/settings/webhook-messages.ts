import type { components } from '../../api/schema.d.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

export type WebhookEventType = components['schemas']['WebhookEventType'];

/** One label per event the server offers; the type fails to compile if the server adds one. */
export const eventLabels: Record<'fr' | 'en', Record<WebhookEventType, string>> = {
  fr: {
    'customer.created': 'Nouveau client inscrit',
    'purchase.recorded': 'Achat enregistré',
    'purchase.refunded': 'Achat remboursé',
    'reward.unlocked': 'Récompense débloquée',
    'redemption.created': 'Récompense utilisée',
    'consent.changed': 'Consentement modifié',
  },
  en: {
    'customer.created': 'New customer signed up',
    'purchase.recorded': 'Purchase recorded',
    'purchase.refunded': 'Purchase refunded',
    'reward.unlocked': 'Reward unlocked',
    'redemption.created': 'Reward redeemed',
    'consent.changed': 'Consent changed',
  },
};

export const WEBHOOK_EVENT_TYPES = Object.keys(eventLabels.en) as WebhookEventType[];

export const webhookMessages = defineMessages({
  fr: {
    title: 'Webhooks',
    intro:
      'Prévenez un autre logiciel (CRM, boutique en ligne) de ce qui se passe au comptoir : Habitué envoie un message signé à son adresse à chaque événement choisi, et réessaie pendant 24 heures s’il ne répond pas.',
    loading: 'Chargement…',
    none: 'Aucun webhook pour l’instant.',
    url: 'Adresse de réception (URL)',
    urlHint: 'Une adresse https:// publique, fournie par le logiciel à prévenir.',
    urlInvalid: 'Indiquez une adresse qui commence par https:// ou http://.',
    events: 'Événements à envoyer',
    noEvent: 'Choisissez au moins un événement.',
    add: 'Ajouter le webhook',
    secretTitle: 'Secret de signature de {url}',
    secretWarning:
      'Copiez ce secret maintenant et donnez-le au logiciel qui reçoit : il sert à vérifier que les messages viennent bien d’Habitué. Il ne sera plus jamais affiché.',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a échoué : sélectionnez le secret et copiez-le à la main.',
    done: 'C’est noté',
    active: 'Actif',
    paused: 'En pause',
    pause: 'Mettre en pause',
    resume: 'Réactiver',
    remove: 'Supprimer',
    removeConfirm: 'Supprimer avec son historique',
    cancel: 'Annuler',
    showDeliveries: 'Voir les envois',
    hideDeliveries: 'Masquer les envois',
    noDeliveries: 'Aucun envoi pour l’instant.',
    pending: 'En attente',
    succeeded: 'Reçu',
    failed: 'Échec',
    nextTry: 'prochain essai {date}',
    tries: '{count, plural, one {# essai} other {# essais}}',
    answer: 'réponse {status}',
    noAnswer: 'pas de réponse',
    duration: '{ms} ms',
    redeliver: 'Renvoyer',
    redelivered: 'Renvoi demandé.',
  },
  en: {
    title: 'Webhooks',
    intro:
      'Tell other software (a CRM, an online shop) what happens at the counter: Habitué sends a signed message to its address for each chosen event, and keeps trying for 24 hours if it does not answer.',
    loading: 'Loading…',
    none: 'No webhook yet.',
    url: 'Receiving address (URL)',
    urlHint: 'A public https:// address, given by the software to notify.',
    urlInvalid: 'Enter an address starting with https:// or http://.',
    events: 'Events to send',
    noEvent: 'Choose at least one event.',
    add: 'Add webhook',
    secretTitle: 'Signing secret of {url}',
    secretWarning:
      'Copy this secret now and give it to the receiving software: it proves the messages come from Habitué. It will never be shown again.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying failed: select the secret and copy it by hand.',
    done: 'Done',
    active: 'Active',
    paused: 'Paused',
    pause: 'Pause',
    resume: 'Resume',
    remove: 'Delete',
    removeConfirm: 'Delete with its history',
    cancel: 'Cancel',
    showDeliveries: 'Show deliveries',
    hideDeliveries: 'Hide deliveries',
    noDeliveries: 'Nothing sent yet.',
    pending: 'Pending',
    succeeded: 'Received',
    failed: 'Failed',
    nextTry: 'next try {date}',
    tries: '{count, plural, one {# try} other {# tries}}',
    answer: 'answer {status}',
    noAnswer: 'no answer',
    duration: '{ms} ms',
    redeliver: 'Send again',
    redelivered: 'Sending again.',
  },
});
