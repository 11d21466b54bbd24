import type { Lang } from './analyze-options.ts';

/** Every fixed text of the readable report, in French and English. */
export const REPORT_LABELS = {
  fr: {
    title: (file: string) => `Habitué — analyse de ${file}`,
    colon: ' : ',
    format: {
      delimited: 'texte délimité',
      whitespace: 'texte séparé par des espaces',
      xlsx: 'classeur Excel',
    },
    delimiter: {
      ';': 'point-virgule',
      ',': 'virgule',
      '\t': 'tabulation',
      '|': 'barre verticale',
    } as Record<string, string>,
    noHeader: 'sans en-tête',
    headerLine: (line: string) => `en-tête ligne ${line}`,
    basis: { ttc: 'TTC', ht: 'HT' },
    invoice: 'ticket/facture',
    notices: {
      'amount-is-unit-price':
        'La colonne donnée comme montant est un prix unitaire : montant = prix × quantité (et non la somme des prix).',
      'before-tax-amount':
        'Montants hors taxes (HT) : le fichier n’a pas de colonne TTC. Le chiffre d’affaires est HT.',
    },
    // French takes the singular below 2 ("1,5 ligne").
    receipts: (count: number, receipts: string, average: number, lines: string) =>
      `${count > 1 ? 'Tickets ou factures' : 'Ticket ou facture'} : ${receipts} (${lines} ${average < 2 ? 'ligne' : 'lignes'} par ticket en moyenne)`,
    withoutCustomer: (count: number, rows: string, amount: string) =>
      `Ventes sans client : ${rows} ${count > 1 ? 'lignes' : 'ligne'}, ${amount} (comptées à part, hors des chiffres par client)`,
    columns: 'colonnes',
    customer: 'client',
    date: 'date',
    amount: 'montant',
    dateStyle: {
      'year-first': 'dates année-mois-jour',
      dmy: 'dates jour/mois/année',
      mdy: 'dates mois/jour/année',
      spreadsheet: 'dates du tableur',
    },
    // French takes the singular below 2 ("1 ignorée", "0 ignorée").
    rows: (read: string, used: string, skipped: string, counts: [number, number, number]) =>
      `Lignes : ${read} ${counts[0] < 2 ? 'lue' : 'lues'}, ${used} ${counts[1] < 2 ? 'utilisée' : 'utilisées'}, ${skipped} ${counts[2] < 2 ? 'ignorée' : 'ignorées'}`,
    lines: 'lignes',
    refunds: (count: number, rows: string, amount: string) =>
      `Remboursements et annulations : ${rows} ${count > 1 ? 'lignes' : 'ligne'}, ${amount} (déduits du chiffre d'affaires, pas comptés comme achats)`,
    duplicatesKept: 'Doublons exacts conservés (--keep-duplicates)',
    period: (first: string, last: string, asOf: string) =>
      `Période : du ${first} au ${last} · analyse au ${asOf}`,
    calibration: (end: string) => ` · modèles calibrés jusqu'au ${end}`,
    keyFigures: 'Chiffres clés',
    customers: 'Clients',
    repeatCustomers: 'Clients revenus au moins une fois',
    purchaseDays: "Jours d'achat",
    perCustomer: 'par client',
    revenue: {
      ttc: "Chiffre d'affaires TTC (net des remboursements)",
      ht: "Chiffre d'affaires HT (net des remboursements)",
      unknown: "Chiffre d'affaires (net des remboursements)",
    },
    basisUnknown:
      'Montants pris tels quels : le fichier ne dit pas s’ils sont HT ou TTC (un en-tête « Total TTC » ou « Montant HT » le dirait).',
    averageBasket: "Panier moyen (par jour d'achat)",
    top20: 'Part du CA faite par les 20 % meilleurs clients',
    segments: 'Segments RFM',
    segmentLine: (customers: string, share: string, count: number) =>
      `${customers} ${count < 2 ? 'client' : 'clients'}, ${share} du CA`,
    models: 'Annexe technique — modèles',
    modelsMissing:
      'Modèles prédictifs (BG/NBD, Pareto/NBD, Gamma-Gamma) non disponibles dans cette version.',
    fitFailed: 'échec de l’ajustement',
    logLikelihood: 'log-vraisemblance',
    chosen: (model: string, by: string) => `Modèle retenu pour les prévisions : ${model} (${by})`,
    byLogLikelihood: 'meilleur AIC',
    byHoldout: 'plus petite erreur sur la période de test',
    holdout: (d: string, actual: string, predicted: string, mae: string) =>
      `  période de test (${d}) : ${actual} achats réels, ${predicted} prévus, erreur absolue moyenne ${mae} par client`,
    unit: { day: 'jours', week: 'semaines' },
    toWatch: 'Clients à contacter',
    slippingModels:
      'Bons clients que le modèle croit partis ou sur le départ (moins de 50 % de chances d’être encore actifs), par chiffre d’affaires passé :',
    /** The RFM's list, headed by why the model's view was not used (one rule with the dashboard). */
    slippingRfm: {
      'no-model':
        'Sans modèle ajusté, bons clients qui ne viennent plus (segments « À ne pas perdre » et « À risque »), par chiffre d’affaires passé :',
      'no-dropout':
        'Le modèle ne voit personne partir sur cette période : bons clients qui ne viennent plus selon les segments « À ne pas perdre » et « À risque », par chiffre d’affaires passé :',
      'nobody-leaving':
        'Aucun client revenu au moins une fois n’a moins de 50 % de chances d’être encore actif : bons clients qui ne viennent plus selon les segments « À ne pas perdre » et « À risque », par chiffre d’affaires passé :',
    },
    valuableModels: (horizon: string, note: string) =>
      `Plus forte valeur attendue sur ${horizon}${note} :`,
    valuableRfm: 'Meilleurs clients (segment « Champions »), par chiffre d’affaires passé :',
    twoViews:
      'Deux regards sur les départs. Les segments RFM regardent le passé : depuis combien de temps chaque client n’est pas venu, comparé aux autres clients. La probabilité d’être encore actif vient du modèle : elle compare ce silence au rythme propre du client — un habitué de chaque semaine absent depuis deux mois est sans doute parti, un client de deux fois par an venu il y a quatre mois est sans doute toujours là.',
    absentByRfm: (count: number, customers: string) =>
      `Segments « À ne pas perdre », « À risque », « En sommeil » et « Perdus » : ${customers} ${count > 1 ? 'clients' : 'client'}.`,
    goneByModel: (amongAbsent: string, all: number, allText: string) =>
      `Le modèle en croit ${amongAbsent} partis ou sur le départ ; dans tout le fichier, il en compte ${allText} (moins de 50 % de chances d’être encore ${all > 1 ? 'actifs' : 'actif'}).`,
    nobodyGoneByModel:
      'Le modèle ne voit presque aucun client partir sur cette période : la liste des départs ci-dessous suit donc les segments RFM.',
    none: '(aucun)',
    table: {
      id: 'client',
      revenue: 'CA',
      last: 'dernier achat',
      pAlive: 'encore actif',
      clv: 'valeur attendue',
      segment: 'segment',
    },
    clvNote: (margin: boolean, basis: string) =>
      margin ? ', en marge' : `, en chiffre d’affaires${basis} (pas en marge)`,
    marginHint:
      'Valeur attendue en chiffre d’affaires ; pour la marge, relancer avec --margin (taux de marge, ex. 0.3).',
    warnings: {
      'no-dropout':
        'sur cette période, presque aucun client ne semble partir : les prévisions supposent qu’ils restent',
    },
    fitFailures: {
      'empty-input': 'aucun client à analyser',
      'invalid-input': 'données inutilisables pour ce modèle',
      'no-repeat-purchases':
        'aucun client n’est revenu : impossible de distinguer fréquence et départs',
      'not-converged': 'le calcul n’a pas abouti sur ces données',
      'parameters-diverged': 'ces données ne permettent pas d’estimer ce modèle',
      'too-few-customers': 'trop peu de clients (il en faut au moins 20, dont 5 revenus)',
      'skipped-too-large': 'non calculé : trop de clients différents pour ce modèle',
    } as Record<string, string>,
    forecast: (horizon: string) => `Prévisions sur ${horizon} (fourchettes à 80 %)`,
    seasonsPattern: (peak: string, peakShare: string, trough: string, troughShare: string) =>
      `Saisons : ${peak} est le mois le plus fort (${peakShare}), ${trough} le plus calme (${troughShare}) ; les prévisions en tiennent compte.`,
    seasonsUnseen: (share: string) =>
      `Moins d'un an d'historique : ${share} de la période prévue tombe dans des mois encore jamais vus ; un pic (Noël, l'été, la rentrée) n'a peut-être pas été observé, les fourchettes y sont élargies.`,
    backtest: 'La prévision mise à l’épreuve',
    backtestDone: (from: string, to: string, predicted: string, actual: string, miss: string) =>
      `Prévision faite comme au ${from} avec l'historique d'avant, comparée à ce qui s'est passé jusqu'au ${to} : ${predicted} achats prévus, ${actual} réalisés (écart ${miss}).`,
    backtestRanking: (gini: string, top: string, topActual: string) =>
      `Classement des clients : indice de Gini normalisé ${gini} (1 = ordre exact) ; le dixième le plus prometteur : ${top} achats prévus par client, ${topActual} réalisés.`,
    backtestMonth: (from: string, predicted: string, actual: string) =>
      `    à partir du ${from} : ${predicted} prévus, ${actual} réalisés`,
    backtestTooShort: (needed: string, history: string) =>
      `Pas de vérification de la prévision : il faut ${needed} jours d'historique (deux fois l'horizon), il y en a ${history}.`,
    backtestNoModel: 'Pas de vérification de la prévision : aucun modèle sur la période d’avant.',
    backtestOff: 'Prévision non vérifiée : analyse demandée sans cette vérification.',
    between: (low: string, high: string) => `entre ${low} et ${high}`,
    under: (high: string) => `moins de ${high}`,
    activeCustomers: 'Clients encore actifs aujourd’hui',
    expectedPurchases: 'Achats attendus',
    expectedValue: (margin: boolean) => (margin ? 'Marge attendue' : 'Chiffre d’affaires attendu'),
    sufficiency: {
      'too-little': (customers: string, repeat: string, months: string) =>
        `Données : ${customers} clients, dont ${repeat} revenus, sur ${months} mois — trop peu pour des prévisions.`,
      trend: (customers: string, repeat: string, months: string) =>
        `Données : ${customers} clients, dont ${repeat} revenus, sur ${months} mois — assez pour une tendance, pas pour un client à l’euro près.`,
      customer: (customers: string, repeat: string, months: string) =>
        `Données : ${customers} clients, dont ${repeat} revenus, sur ${months} mois — assez pour lire chaque client, dans sa fourchette.`,
    },
    standardErrors: 'écarts-types',
  },
  en: {
    title: (file: string) => `Habitué — analysis of ${file}`,
    colon: ': ',
    format: {
      delimited: 'delimited text',
      whitespace: 'whitespace-separated text',
      xlsx: 'Excel workbook',
    },
    delimiter: { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' } as Record<
      string,
      string
    >,
    noHeader: 'no header',
    headerLine: (line: string) => `header on line ${line}`,
    basis: { ttc: 'incl. VAT', ht: 'excl. VAT' },
    invoice: 'receipt/invoice',
    notices: {
      'amount-is-unit-price':
        'The column given as the amount is a unit price: amount = price × quantity (not the sum of the prices).',
      'before-tax-amount':
        'Amounts before tax (HT): the file has no tax-inclusive (TTC) column. Revenue is before tax.',
    },
    receipts: (count: number, receipts: string, average: number, lines: string) =>
      `${count === 1 ? 'Receipt or invoice' : 'Receipts or invoices'}: ${receipts} (${lines} ${average === 1 ? 'line' : 'lines'} per receipt on average)`,
    withoutCustomer: (count: number, rows: string, amount: string) =>
      `Sales without a customer: ${rows} ${count === 1 ? 'row' : 'rows'}, ${amount} (counted apart, not in the per-customer figures)`,
    columns: 'columns',
    customer: 'customer',
    date: 'date',
    amount: 'amount',
    dateStyle: {
      'year-first': 'year-month-day dates',
      dmy: 'day/month/year dates',
      mdy: 'month/day/year dates',
      spreadsheet: 'spreadsheet dates',
    },
    rows: (read: string, used: string, skipped: string, _counts: [number, number, number]) =>
      `Rows: ${read} read, ${used} used, ${skipped} skipped`,
    lines: 'lines',
    refunds: (count: number, rows: string, amount: string) =>
      `Refunds and cancellations: ${rows} ${count === 1 ? 'row' : 'rows'}, ${amount} (taken off revenue, not counted as purchases)`,
    duplicatesKept: 'Exact duplicates kept (--keep-duplicates)',
    period: (first: string, last: string, asOf: string) =>
      `Period: ${first} to ${last} · analysis as of ${asOf}`,
    calibration: (end: string) => ` · models calibrated up to ${end}`,
    keyFigures: 'Key figures',
    customers: 'Customers',
    repeatCustomers: 'Customers who came back at least once',
    purchaseDays: 'Purchase days',
    perCustomer: 'per customer',
    revenue: {
      ttc: 'Revenue incl. VAT (net of refunds)',
      ht: 'Revenue excl. VAT (net of refunds)',
      unknown: 'Revenue (net of refunds)',
    },
    basisUnknown:
      'Amounts taken as they are: the file does not say whether they include VAT (a header such as "Total TTC" or "Montant HT" would).',
    averageBasket: 'Average basket (per purchase day)',
    top20: 'Revenue share of the top 20 % customers',
    segments: 'RFM segments',
    segmentLine: (customers: string, share: string, count: number) =>
      `${customers} ${count === 1 ? 'customer' : 'customers'}, ${share} of revenue`,
    models: 'Technical appendix — models',
    modelsMissing:
      'Predictive models (BG/NBD, Pareto/NBD, Gamma-Gamma) are not available in this version.',
    fitFailed: 'fit failed',
    logLikelihood: 'log-likelihood',
    chosen: (model: string, by: string) => `Model used for the predictions: ${model} (${by})`,
    byLogLikelihood: 'best AIC',
    byHoldout: 'smallest holdout error',
    holdout: (d: string, actual: string, predicted: string, mae: string) =>
      `  holdout (${d}): ${actual} actual purchases, ${predicted} predicted, mean absolute error ${mae} per customer`,
    unit: { day: 'days', week: 'weeks' },
    toWatch: 'Customers to contact',
    slippingModels:
      'Good customers the model thinks gone or leaving (under 50 % chance of still being active), by past revenue:',
    slippingRfm: {
      'no-model':
        'No model fitted: good customers who stopped coming ("can\'t lose them" and "at risk" segments), by past revenue:',
      'no-dropout':
        'The model sees nobody leave over this period: good customers who stopped coming by the "can\'t lose them" and "at risk" segments, by past revenue:',
      'nobody-leaving':
        'No customer who came back at least once is under 50 % chance of still being active: good customers who stopped coming by the "can\'t lose them" and "at risk" segments, by past revenue:',
    },
    valuableModels: (horizon: string, note: string) =>
      `Highest expected value over ${horizon}${note}:`,
    valuableRfm: 'Best customers ("champions" segment), by past revenue:',
    twoViews:
      "Two views of departures. The RFM segments look at the past: how long each customer has stayed away, compared with the other customers. The chance of still being active comes from the model: it weighs that silence against the customer's own rhythm — a weekly regular missing for two months has probably gone, a twice-a-year customer seen four months ago is probably still there.",
    absentByRfm: (count: number, customers: string) =>
      `Segments "can't lose them", "at risk", "hibernating" and "lost": ${customers} ${count === 1 ? 'customer' : 'customers'}.`,
    goneByModel: (amongAbsent: string, _all: number, allText: string) =>
      `The model thinks ${amongAbsent} of them gone or leaving; in the whole file it counts ${allText} (under 50 % chance of still being active).`,
    nobodyGoneByModel:
      'The model sees almost no customer leave over this period: the list of departures below follows the RFM segments.',
    none: '(none)',
    table: {
      id: 'customer',
      revenue: 'revenue',
      last: 'last purchase',
      pAlive: 'still active',
      clv: 'expected value',
      segment: 'segment',
    },
    clvNote: (margin: boolean, basis: string) =>
      margin ? ', as margin' : `, as revenue${basis} (not margin)`,
    marginHint:
      'Expected value as revenue; for margin, run again with --margin (margin rate, e.g. 0.3).',
    warnings: {
      'no-dropout':
        'over this period, almost no customer seems to leave: the forecasts assume they stay',
    },
    fitFailures: {
      'empty-input': 'no customers to analyse',
      'invalid-input': 'data this model cannot use',
      'no-repeat-purchases':
        'no customer came back: purchase rate and dropout cannot be told apart',
      'not-converged': 'the computation did not settle on these data',
      'parameters-diverged': 'these data do not allow this model to be estimated',
      'too-few-customers': 'too few customers (at least 20 are needed, 5 of whom came back)',
      'skipped-too-large': 'not computed: too many distinct customers for this model',
    } as Record<string, string>,
    forecast: (horizon: string) => `Forecast over ${horizon} (80 % ranges)`,
    seasonsPattern: (peak: string, peakShare: string, trough: string, troughShare: string) =>
      `Seasons: ${peak} is the busiest month (${peakShare}), ${trough} the quietest (${troughShare}); the forecasts follow them.`,
    seasonsUnseen: (share: string) =>
      `Less than a year of history: ${share} of the forecast period falls in months not seen yet; a peak (Christmas, summer, back to school) may not have been observed, the ranges are widened there.`,
    backtest: 'The forecast put to the test',
    backtestDone: (from: string, to: string, predicted: string, actual: string, miss: string) =>
      `Forecast made as on ${from} from the history before it, compared with what happened up to ${to}: ${predicted} purchases forecast, ${actual} happened (difference ${miss}).`,
    backtestRanking: (gini: string, top: string, topActual: string) =>
      `Ranking of customers: normalised Gini ${gini} (1 = exact order); the most promising tenth: ${top} purchases forecast per customer, ${topActual} happened.`,
    backtestMonth: (from: string, predicted: string, actual: string) =>
      `    from ${from}: ${predicted} forecast, ${actual} happened`,
    backtestTooShort: (needed: string, history: string) =>
      `The forecast is not checked: that needs ${needed} days of history (twice the horizon), there are ${history}.`,
    backtestNoModel: 'The forecast is not checked: no model on the earlier period.',
    backtestOff: 'The forecast is not checked: the analysis was asked without this check.',
    between: (low: string, high: string) => `between ${low} and ${high}`,
    under: (high: string) => `less than ${high}`,
    activeCustomers: 'Customers still active today',
    expectedPurchases: 'Expected purchases',
    expectedValue: (margin: boolean) => (margin ? 'Expected margin' : 'Expected revenue'),
    sufficiency: {
      'too-little': (customers: string, repeat: string, months: string) =>
        `Data: ${customers} customers, ${repeat} of whom came back, over ${months} months — too little for forecasts.`,
      trend: (customers: string, repeat: string, months: string) =>
        `Data: ${customers} customers, ${repeat} of whom came back, over ${months} months — enough for a trend, not for one customer's value to the euro.`,
      customer: (customers: string, repeat: string, months: string) =>
        `Data: ${customers} customers, ${repeat} of whom came back, over ${months} months — enough to read each customer, within their range.`,
    },
    standardErrors: 'standard errors',
  },
} satisfies Record<Lang, unknown>;

export type ReportLabels = (typeof REPORT_LABELS)['fr'];
