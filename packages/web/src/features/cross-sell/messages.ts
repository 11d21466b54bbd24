import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'À proposer',
    because:
      '{share} des clients qui ont pris « {item} » l’ont pris ensuite ({n, plural, one {# client} other {# clients}}).',
    segmentHint:
      'Une campagne peut viser tous les clients à qui proposer un article (segment « à proposer »).',
  },
  en: {
    title: 'To offer',
    because:
      '{share} of the customers who had “{item}” then had it ({n, plural, one {# customer} other {# customers}}).',
    segmentHint:
      'A campaign can reach every customer to whom an item is to be offered (“to offer” segment).',
  },
});
