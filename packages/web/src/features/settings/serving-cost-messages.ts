import { defineMessages } from '../../i18n/i18n.tsx';

export const servingCostMessages = defineMessages({
  fr: {
    title: 'Coût de service',
    intro:
      'Pour chiffrer ce que chaque client coûte à servir (temps passé, retards de paiement), à côté de la marge qu’il apporte. Tant qu’un taux manque, la part correspondante reste « à chiffrer ».',
    hourly: 'Coût d’une heure de l’équipe (€)',
    hourlyHint: 'Salaire et charges compris, par exemple 24,00',
    financing: 'Taux de financement annuel (%)',
    financingHint:
      'Ce que coûte l’argent qui attend : découvert, crédit de trésorerie… par exemple 8',
    notAmount: 'Un montant en euros, par exemple 24,00',
    notRate: 'Un pourcentage, par exemple 8 ou 7,5',
    save: 'Enregistrer',
    saved: 'Enregistré.',
  },
  en: {
    title: 'Cost of serving',
    intro:
      'To value what each customer costs to serve (time spent, late payments), next to the margin they bring. While a rate is missing, that part stays “not valued”.',
    hourly: 'Cost of an hour of the team (€)',
    hourlyHint: 'Wages and charges included, e.g. 24.00',
    financing: 'Yearly financing rate (%)',
    financingHint: 'What money waiting costs: overdraft, credit line… e.g. 8',
    notAmount: 'An amount in euros, e.g. 24.00',
    notRate: 'A percentage, e.g. 8 or 7.5',
    save: 'Save',
    saved: 'Saved.',
  },
});
