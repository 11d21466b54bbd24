import { defineMessages } from '../../i18n/i18n.tsx';

export const exportMessages = defineMessages({
  fr: {
    export: 'Exporter',
    exportHint: 'Les clients affichés (avec vos filtres), les achats ou les mouvements de points.',
    customersCsv: 'Clients (CSV)',
    customersXlsx: 'Clients (Excel)',
    purchasesCsv: 'Achats (CSV)',
    purchasesXlsx: 'Achats (Excel)',
    ledgerCsv: 'Mouvements de points et tampons (CSV)',
    ledgerXlsx: 'Mouvements de points et tampons (Excel)',
    personalData:
      'Ces fichiers contiennent des données personnelles : conservez-les en lieu sûr et supprimez-les quand ils ne servent plus.',
    retention: 'Clients bientôt anonymisés (3 ans sans activité)',
  },
  en: {
    export: 'Export',
    exportHint: 'The customers shown (with your filters), purchases or points movements.',
    customersCsv: 'Customers (CSV)',
    customersXlsx: 'Customers (Excel)',
    purchasesCsv: 'Purchases (CSV)',
    purchasesXlsx: 'Purchases (Excel)',
    ledgerCsv: 'Points and stamps movements (CSV)',
    ledgerXlsx: 'Points and stamps movements (Excel)',
    personalData:
      'These files hold personal data: keep them safe and delete them when you no longer need them.',
    retention: 'Customers soon anonymised (3 years without activity)',
  },
});
