import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Affiche pour le comptoir',
    intro:
      'Imprimez-la et posez-la près de la caisse : vos clients scannent le QR code et créent leur carte eux-mêmes.',
    format: 'Format',
    print: 'Imprimer',
    linkLabel: 'Lien d’inscription',
    linkHint: 'À partager aussi sur vos réseaux, votre site ou par message.',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Copie impossible : sélectionnez le lien et copiez-le.',
    forbidden: 'Seuls le gérant et les responsables peuvent imprimer l’affiche.',
    loading: 'Chargement…',
    preview: 'Aperçu de l’affiche',
    qrLabel: 'QR code vers la page d’inscription au programme de fidélité',
  },
  en: {
    title: 'Counter poster',
    intro:
      'Print it and put it near the till: customers scan the QR code and create their card themselves.',
    format: 'Size',
    print: 'Print',
    linkLabel: 'Sign-up link',
    linkHint: 'Share it on social media, your website or by message too.',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy: select the link and copy it.',
    forbidden: 'Only the owner and managers can print the poster.',
    loading: 'Loading…',
    preview: 'Poster preview',
    qrLabel: 'QR code to the loyalty programme sign-up page',
  },
});

/** The poster's own words: French always (the shop is French), English added for an English UI. */
export const POSTER_TEXT = {
  fr: {
    headline: 'Votre fidélité récompensée',
    scan: 'Scannez pour rejoindre notre programme de fidélité',
    free: 'Gratuit · sans application · 30 secondes',
    orVisit: 'Pas de QR code ? Tapez cette adresse :',
  },
  en: {
    headline: 'Your loyalty, rewarded',
    scan: 'Scan to join our loyalty programme',
    free: 'Free · no app · 30 seconds',
    orVisit: 'No QR reader? Type this address:',
  },
} as const;
