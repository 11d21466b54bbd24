import { defineMessages } from '../../i18n/i18n.tsx';

export const valueSettingsMessages = defineMessages({
  fr: {
    title: 'Valeur client',
    intro:
      'La valeur d’un client est la marge qu’il devrait laisser dans les mois à venir, ramenée à aujourd’hui. Indiquez la marge de votre commerce ; sans réponse, le tableau de bord compte {margin} % de marge et {discount} % par an.',
    margin: 'Marge brute (% du chiffre d’affaires)',
    marginHint: 'Ce qui reste d’une vente une fois payés les produits, par exemple 30',
    discount: 'Taux d’actualisation annuel (%)',
    discountHint:
      'Un euro dans un an vaut un peu moins qu’un euro aujourd’hui ; par exemple 10. Laissez vide en cas de doute.',
    notRate: 'Un pourcentage entre 0 et 100, par exemple 30 ou 12,5',
    save: 'Enregistrer',
    saved: 'Enregistré. Les chiffres du tableau de bord sont recalculés.',
  },
  en: {
    title: 'Customer value',
    intro:
      'A customer’s value is the margin they should leave in the months ahead, brought back to today. Give your business’s margin; without it, the dashboard counts a {margin} % margin and {discount} % a year.',
    margin: 'Gross margin (% of revenue)',
    marginHint: 'What is left of a sale once the goods are paid for, e.g. 30',
    discount: 'Yearly discount rate (%)',
    discountHint:
      'A euro in a year is worth a little less than a euro today; e.g. 10. Leave empty if unsure.',
    notRate: 'A percentage between 0 and 100, e.g. 30 or 12.5',
    save: 'Save',
    saved: 'Saved. The dashboard’s figures are recomputed.',
  },
});
