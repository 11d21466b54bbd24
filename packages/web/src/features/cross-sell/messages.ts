import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'À proposer',
    because:
      '{share} des clients qui ont pris « {item} » l’ont pris ensuite ({n, plural, one {# client} other {# clients}}).',
    segmentHint:
      'Une campagne peut viser tous les clients à qui proposer un article (segment « à proposer »).',
    rulesTitle: 'Ce que vos clients prennent ensuite',
    rulesIntro:
      'D’après les articles de vos tickets : parmi les clients qui ont pris le premier, la part qui a pris le second ensuite (ou en même temps), et combien de fois plus qu’un client au hasard. Seules les habitudes d’au moins 3 clients comptent. Le code entre parenthèses sert au segment « à proposer » d’une campagne.',
    noRules:
      '{n, plural, =0 {Aucun ticket ne détaille ses articles : votre caisse peut les envoyer avec chaque achat.} one {Un seul client a des tickets détaillés : pas encore d’habitude à en tirer.} other {# clients ont des tickets détaillés : pas encore d’habitude partagée par 3 d’entre eux.}}',
    colAfter: 'Après',
    colThen: 'Ils prennent',
    colConfidence: 'Part des clients',
    colLift: 'Plus que le hasard',
    colCustomers: 'Clients',
    times: '× {x}',
  },
  en: {
    title: 'To offer',
    because:
      '{share} of the customers who had “{item}” then had it ({n, plural, one {# customer} other {# customers}}).',
    segmentHint:
      'A campaign can reach every customer to whom an item is to be offered (“to offer” segment).',
    rulesTitle: 'What your customers take next',
    rulesIntro:
      'From the items on your receipts: of the customers who took the first, the share who then (or at the same time) took the second, and how many times more than a customer at random. Only habits of at least 3 customers count. The code in brackets is for a campaign’s “to offer” segment.',
    noRules:
      '{n, plural, =0 {No receipt lists its items: your till can send them with each purchase.} one {Only one customer has itemised receipts: no habit to learn yet.} other {# customers have itemised receipts: no habit shared by 3 of them yet.}}',
    colAfter: 'After',
    colThen: 'They take',
    colConfidence: 'Share of customers',
    colLift: 'More than chance',
    colCustomers: 'Customers',
    times: '× {x}',
  },
});
