import { defineMessages } from '../../i18n/i18n.tsx';

export const customerMessages = defineMessages({
  fr: {
    title: 'Comment nous a-t-il connus ?',
    answer: 'Sa réponse',
    none: 'Non renseigné',
    referred: 'Venu par le parrainage d’un client.',
    imported: 'Client de votre ancien fichier (importé).',
    answeredAtSignup: 'A répondu « {label} » en s’inscrivant.',
  },
  en: {
    title: 'How did they hear about us?',
    answer: 'Their answer',
    none: 'Not known',
    referred: 'Came through a customer’s referral.',
    imported: 'A customer of your previous records (imported).',
    answeredAtSignup: 'Answered “{label}” when signing up.',
  },
});
