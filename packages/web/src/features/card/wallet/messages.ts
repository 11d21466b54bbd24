import { defineMessages } from '../../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Dans votre téléphone',
    addToApple: 'Ajouter à Apple Wallet',
    addToGoogle: 'Ajouter à Google Wallet',
    help: 'Votre carte reste à jour dans le portefeuille de votre téléphone.',
  },
  en: {
    title: 'On your phone',
    addToApple: 'Add to Apple Wallet',
    addToGoogle: 'Add to Google Wallet',
    help: 'Your card stays up to date in your phone’s wallet.',
  },
});
