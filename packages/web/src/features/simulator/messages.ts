import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Simuler sur mon année passée',
    intro:
      'Rejouez vos ventes des 12 derniers mois avec ce programme, sans rien enregistrer : ce qu’il aurait coûté et ce qu’il faudrait gagner.',
    source: 'Ventes à rejouer',
    sourceHistory: 'Mes ventes enregistrées (12 derniers mois)',
    sourceUpload: 'Fichier importé : {name}',
    margin: 'Marge brute (%)',
    marginHint:
      'Ce que vous gagnez sur vos ventes, coût des marchandises déduit (60 % si vous ne savez pas).',
    withTiers: 'Appliquer mes niveaux (multiplicateurs, remises)',
    run: 'Simuler',
    running: 'Simulation…',
    period:
      'Du {from} au {to} : {customers, plural, one {# client} other {# clients}}, {visits, plural, one {# passage} other {# passages}}, {spend} de ventes.',
    noSales: 'Aucune vente sur la période : rien à rejouer.',
    rewards:
      '{n, plural, =0 {Aucune récompense} one {# récompense donnée} other {# récompenses données}}, coût {cost} au prix de revient',
    discounts: 'Remises de niveau : {amount}',
    ratio: 'Coût : {ratio} des ventes',
    bandWithin: 'dans la fourchette conseillée de 1 à 5 %',
    bandBelow: 'sous 1 % : une récompense aussi faible motive rarement',
    bandAbove: 'au-dessus de 5 % : ce programme coûte cher',
    liability:
      'Encore dû en fin de période : {amount} ({n, plural, one {# unité} other {# unités}} non utilisées)',
    expired:
      '{n, plural, =0 {Rien n’aurait expiré} one {# unité aurait expiré} other {# unités auraient expiré}}',
    breakEven:
      'Pour être rentable, chaque client doit revenir {visits} fois de plus par an, soit {lift} de passages en plus.',
    breakEvenNone: 'Pas assez de ventes pour calculer le seuil de rentabilité.',
    invalid: 'Complétez le programme pour le simuler.',
  },
  en: {
    title: 'Simulate it on my past year',
    intro:
      'Replay your last 12 months of sales through this program, without saving anything: what it would have cost and what it needs to bring in.',
    source: 'Sales to replay',
    sourceHistory: 'My recorded sales (last 12 months)',
    sourceUpload: 'Uploaded file: {name}',
    margin: 'Gross margin (%)',
    marginHint: 'What you keep from your sales after the cost of goods (60% if you are unsure).',
    withTiers: 'Apply my tiers (multipliers, discounts)',
    run: 'Simulate',
    running: 'Simulating…',
    period:
      'From {from} to {to}: {customers, plural, one {# customer} other {# customers}}, {visits, plural, one {# visit} other {# visits}}, {spend} in sales.',
    noSales: 'No sales in the period: nothing to replay.',
    rewards:
      '{n, plural, =0 {No reward} one {# reward given} other {# rewards given}}, costing {cost} at cost price',
    discounts: 'Tier discounts: {amount}',
    ratio: 'Cost: {ratio} of sales',
    bandWithin: 'within the recommended 1 to 5% range',
    bandBelow: 'below 1%: a reward this small rarely motivates anyone',
    bandAbove: 'above 5%: this program is expensive',
    liability: 'Still owed at the end: {amount} ({n, plural, one {# unit} other {# units}} unused)',
    expired:
      '{n, plural, =0 {Nothing would have expired} one {# unit would have expired} other {# units would have expired}}',
    breakEven:
      'To pay for itself, the program needs each customer to come back {visits} more times a year, a {lift} lift in visits.',
    breakEvenNone: 'Not enough sales to work out the break-even point.',
    invalid: 'Complete the program to simulate it.',
  },
});
