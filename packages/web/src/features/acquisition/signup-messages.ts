import { defineMessages } from '../../i18n/i18n.tsx';

export const signupMessages = defineMessages({
  fr: {
    heardFrom: 'Comment nous avez-vous connus ?',
    optional: '(facultatif)',
    noAnswer: '—',
  },
  en: {
    heardFrom: 'How did you hear about us?',
    optional: '(optional)',
    noAnswer: '—',
  },
});
