import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    label: 'Niveau',
    since: '{name} depuis le {date}',
    until: '{name} jusqu’au {date}',
    keepSpend: 'encore {amount} pour le garder',
    keepVisits: 'encore {n, plural, one {# passage} other {# passages}} pour le garder',
    keepEither: 'encore {amount} ou {n, plural, one {# passage} other {# passages}} pour le garder',
    nextSpend: 'Encore {amount} pour passer {name}',
    nextVisits: 'Encore {n, plural, one {# passage} other {# passages}} pour passer {name}',
    nextEither:
      'Encore {amount} ou {n, plural, one {# passage} other {# passages}} pour passer {name}',
    eligibleOn: '{name} le {date}, grâce à votre fidélité',
    top: 'Le plus haut niveau',
    multiplier: 'Points ×{factor}',
    discount: '{n} % de remise',
    reached: 'Nouveau niveau : {name} !',
    review: 'Prochaine révision des niveaux : {date}',
  },
  en: {
    label: 'Tier',
    since: '{name} since {date}',
    until: '{name} until {date}',
    keepSpend: '{amount} more to keep it',
    keepVisits: '{n, plural, one {# more visit} other {# more visits}} to keep it',
    keepEither: '{amount} or {n, plural, one {# more visit} other {# more visits}} to keep it',
    nextSpend: '{amount} more to reach {name}',
    nextVisits: '{n, plural, one {# more visit} other {# more visits}} to reach {name}',
    nextEither: '{amount} or {n, plural, one {# more visit} other {# more visits}} to reach {name}',
    eligibleOn: '{name} on {date}, for your loyalty',
    top: 'The highest tier',
    multiplier: 'Points ×{factor}',
    discount: '{n}% off',
    reached: 'New tier: {name}!',
    review: 'Next tier review: {date}',
  },
});
