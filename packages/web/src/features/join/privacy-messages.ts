import { defineMessages } from '../../i18n/i18n.tsx';

/**
 * The privacy notice of the sign-up page and the shop's privacy page (GDPR art. 13): who the
 * controller is, why, for how long, and the person's rights. Generated from the shop's
 * settings (name, address, contact) and the retention rule.
 */
export const privacyMessages = defineMessages({
  fr: {
    noticeTitle: 'Vos données personnelles',
    controller: 'Responsable du traitement : {name}',
    controllerAt: 'Responsable du traitement : {name}, {address}',
    purposes:
      'Finalités : tenir votre carte de fidélité (achats, points ou tampons, récompenses) et, seulement si vous l’acceptez, vous envoyer nos offres par e-mail ou SMS. Base légale : l’exécution du programme de fidélité que vous rejoignez, et votre consentement pour les offres.',
    retention:
      'Durée de conservation : vos données sont anonymisées après {years, plural, one {# an} other {# ans}} sans achat ni récompense.',
    rights:
      'Vos droits : accès, rectification, effacement, opposition (notamment aux offres, à tout moment : lien de désinscription ou réponse STOP), limitation et portabilité. Écrivez-nous ou demandez en boutique. Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).',
    contact: 'Pour exercer vos droits : {email}',
    contactShop: 'Pour exercer vos droits : adressez-vous à la boutique.',
    sharing:
      'Vos données ne sont ni vendues ni cédées. Elles sont hébergées pour le compte de la boutique.',
    readPolicy: 'Lire la politique de confidentialité',
    policyTitle: 'Politique de confidentialité — {name}',
    policyIntro:
      'Cette page explique comment {name} utilise les données de son programme de fidélité.',
    whatData:
      'Données traitées : prénom, et selon ce que vous donnez, nom, e-mail, téléphone, jour et mois d’anniversaire ; vos achats et l’historique de votre carte ; vos choix de recevoir ou non nos offres, avec leur date.',
    notFound: 'Cette boutique est introuvable.',
    loading: 'Chargement…',
  },
  en: {
    noticeTitle: 'Your personal data',
    controller: 'Data controller: {name}',
    controllerAt: 'Data controller: {name}, {address}',
    purposes:
      'Purposes: keeping your loyalty card (purchases, points or stamps, rewards) and, only if you agree, sending you our offers by email or text message. Legal basis: the loyalty programme you join, and your consent for offers.',
    retention:
      'Retention: your data is anonymised after {years, plural, one {# year} other {# years}} without a purchase or a reward.',
    rights:
      'Your rights: access, rectification, erasure, objection (to offers in particular, at any time: the unsubscribe link or replying STOP), restriction and portability. Write to us or ask in the shop. You may also lodge a complaint with the CNIL (www.cnil.fr), the French data protection authority.',
    contact: 'To exercise your rights: {email}',
    contactShop: 'To exercise your rights: ask the shop.',
    sharing: 'Your data is never sold or passed on. It is hosted on the shop’s behalf.',
    readPolicy: 'Read the privacy policy',
    policyTitle: 'Privacy policy — {name}',
    policyIntro: 'This page explains how {name} uses the data of its loyalty programme.',
    whatData:
      'Data processed: first name and, as you give them, last name, email, phone, birthday (day and month); your purchases and your card’s history; your choices to receive our offers or not, with their date.',
    notFound: 'This shop cannot be found.',
    loading: 'Loading…',
  },
});
