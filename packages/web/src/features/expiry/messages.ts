import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    pointsExpire:
      '{n, plural, one {# point expire} other {# points expirent}} le {date} sans nouvelle visite.',
    stampsExpire:
      '{n, plural, one {# tampon expire} other {# tampons expirent}} le {date} sans nouvelle visite.',
  },
  en: {
    pointsExpire:
      '{n, plural, one {# point expires} other {# points expire}} on {date} without a visit.',
    stampsExpire:
      '{n, plural, one {# stamp expires} other {# stamps expire}} on {date} without a visit.',
  },
});
