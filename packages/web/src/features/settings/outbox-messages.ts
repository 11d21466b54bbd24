import { defineMessages } from '../../i18n/i18n.tsx';

export const outboxMessages = defineMessages({
  fr: {
    outbox: 'Messages envoyés',
    outboxIntro:
      'Les e-mails et SMS que votre commerce a envoyés ou qui attendent, les plus récents d’abord.',
    smsOutboxOnly:
      'Aucun fournisseur de SMS n’est configuré (SMS_PROVIDER) : les SMS restent ici, vous pouvez les lire.',
    viaSmsProvider: 'Les SMS partent par le fournisseur configuré.',
    sms: '{count, plural, one {SMS (# envoi facturé)} other {SMS (# envois facturés)}}',
    outboxOnly:
      'Aucun serveur d’envoi n’est configuré (SMTP_URL) : rien ne quitte cette machine. Les messages restent ici, vous pouvez les lire.',
    viaSmtp: 'Les messages partent par le serveur d’envoi configuré.',
    empty: 'Aucun message pour l’instant.',
    when: 'Date',
    to: 'Destinataire',
    subject: 'Objet',
    state: 'État',
    held: 'Gardé ici (pas d’envoi configuré)',
    queued: 'En attente d’envoi',
    sending: 'Envoi en cours',
    sent: 'Envoyé',
    failed: 'Refusé',
    uncertain: 'Envoi interrompu : peut-être reçu',
    retryAt: 'nouvel essai {when}',
    resend: 'Renvoyer',
    resendHint:
      'L’envoi a été interrompu après que le message a peut-être atteint le serveur : ne le renvoyez que si le destinataire ne l’a pas reçu.',
    show: 'Lire',
    more: 'Plus ancien',
    loading: 'Chargement…',
  },
  en: {
    outbox: 'Sent messages',
    outboxIntro:
      'The emails and text messages your business sent or that are waiting, newest first.',
    smsOutboxOnly:
      'No SMS provider is configured (SMS_PROVIDER): text messages stay here, where you can read them.',
    viaSmsProvider: 'Text messages go out through the configured provider.',
    sms: '{count, plural, one {Text message (# billed part)} other {Text message (# billed parts)}}',
    outboxOnly:
      'No mail server is configured (SMTP_URL): nothing leaves this machine. Messages stay here, where you can read them.',
    viaSmtp: 'Messages go out through the configured mail server.',
    empty: 'No message yet.',
    when: 'Date',
    to: 'To',
    subject: 'Subject',
    state: 'State',
    held: 'Kept here (no sending configured)',
    queued: 'Waiting to be sent',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Refused',
    uncertain: 'Sending interrupted: may have been received',
    retryAt: 'next try {when}',
    resend: 'Send again',
    resendHint:
      'The sending was interrupted after the message may have reached the server: send it again only if the recipient did not get it.',
    show: 'Read',
    more: 'Older',
    loading: 'Loading…',
  },
});
