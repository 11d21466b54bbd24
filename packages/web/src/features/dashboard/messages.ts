import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Tableau de bord',
    howComputed: 'Comment ce chiffre est calculé',
    freshness: 'Chiffres calculés le {computedAt} sur les achats enregistrés jusqu’au {dataAsOf}.',
    freshnessNoData: 'Chiffres calculés le {computedAt} ; aucun achat enregistré pour l’instant.',
    refresh: 'Actualiser',
    period: 'Période',
    periodLast12: '12 derniers mois',
    periodLast6: '6 derniers mois',
    periodLast3: '3 derniers mois',
    periodThisYear: 'Depuis le 1er janvier',
    periodCustom: 'Dates choisies',
    from: 'Du',
    to: 'au',
    periodShown: 'Du {from} au {to}, comparé au {previousFrom} – {previousTo}.',
    loading: 'Calcul des chiffres…',
    none: '—',
    customers: 'Clients',
    customersCaption:
      '{members, plural, one {# membre} other {# membres}} du programme · {active, plural, one {# actif} other {# actifs}} sur la période',
    customersExplain:
      'Tous les clients enregistrés. « Actifs » : clients ayant acheté au moins une fois pendant la période choisie. « Membres » : clients inscrits au programme de fidélité.',
    active: 'Clients actifs',
    activeCaption: '{previous} sur la période précédente',
    activeExplain:
      'Nombre de clients différents ayant acheté au moins une fois pendant la période, comparé à la période de même durée juste avant.',
    crr: 'Taux de rétention (CRR)',
    crrFormula: 'CRR = ((E − N) / S) × 100 = (({E} − {N}) / {S}) × 100',
    crrCaption:
      'Attrition : {churn} · {lost, plural, one {# client de la période précédente n’est pas revenu} other {# clients de la période précédente ne sont pas revenus}}',
    crrExplain:
      'S = clients de la période précédente (ayant acheté pendant la période de même durée juste avant), E = clients de la période (ayant acheté pendant la période), N = nouveaux clients parmi E (premier achat pendant la période). Le CRR compte aussi les clients revenus après une pause ; l’attrition = clients de S qui n’ont pas racheté ÷ S.',
    crrNone: 'Pas de client sur la période précédente : pas de taux à calculer.',
    frequency: 'Fréquence d’achat',
    frequencyValue: '{perCustomer, plural, one {# achat} other {# achats}} par client',
    frequencyCaption: 'soit {perMonth} par mois · {previous} sur la période précédente',
    frequencyExplain:
      'Nombre d’achats de la période ÷ nombre de clients ayant acheté. Le « par mois » divise par la durée en mois moyens (30,44 jours). Un achat remboursé en totalité ne compte pas.',
    basket: 'Panier moyen',
    basketCaption:
      '{previous} sur la période précédente · {purchases, plural, one {# achat} other {# achats}}, {revenue} de CA',
    basketExplain:
      'Chiffre d’affaires de la période (remboursements déduits) ÷ nombre d’achats de la période.',
    members: 'Membres et non-membres',
    tableRegion: 'Tableau « {title} » (défilable)',
    membersExplain:
      'Les mêmes mesures calculées séparément pour les clients inscrits au programme à la fin de la période et pour les autres. Seuls les clients ayant acheté sont comptés : un membre qui n’est jamais venu n’apparaît pas. Un écart ne prouve pas que le programme en est la cause (les meilleurs clients s’inscrivent plus volontiers).',
    membersRow: 'Membres',
    nonMembersRow: 'Non-membres',
    colGroup: 'Groupe',
    colCustomers: 'Clients',
    colFrequency: 'Achats / client',
    colBasket: 'Panier moyen',
    colRevenue: 'CA',
    simpleClv: 'Valeur client simple · CA sur toute la relation',
    simpleClvFormula:
      '{basket} × {perYear, plural, one {# achat} other {# achats}}/an × {years, plural, one {# an} other {# ans}}',
    simpleClvExplain:
      'Panier moyen × achats par an × années de relation, mesurés sur les 12 mois précédant la fin de la période. Années de relation = 1 ÷ attrition annuelle (clients actifs l’année d’avant qui n’ont pas racheté cette année). Chiffre d’affaires, non actualisé : le calcul que l’on refait à la main.',
    simpleClvNone: 'Personne n’a été perdu sur l’année : la durée de la relation est inconnue.',
    predictiveClv: 'Valeur client prédite · marge des {months} prochains mois',
    predictiveClvCaption:
      'Marge attendue par client sur {months} mois (pas le CA) · modèle {model} · {customers, plural, one {# client} other {# clients}}',
    predictiveClvExplain:
      'Pour chaque client, un modèle statistique (BG/NBD ou Pareto/NBD) estime la probabilité qu’il soit toujours client et le nombre d’achats attendus, et Gamma-Gamma sa dépense moyenne. Valeur = achats attendus chaque mois × dépense attendue × marge de {margin}, actualisée à {rate} par mois. Les deux modèles sont ajustés ; celui dont la log-vraisemblance est la plus haute est retenu.',
    predictiveFits: 'Ajustements : {fits}.',
    moneyRange: 'entre {low} et {high}',
    rangeNote: 'Fourchette à 80 % : l’incertitude de l’estimation, pas ce que fera chaque client.',
    noDropout:
      'sur cette période, presque aucun client ne semble partir : les prévisions supposent qu’ils restent',
    sufficiencyTooLittle:
      'Données : {customers, plural, one {# client} other {# clients}}, {repeat, plural, =0 {aucun revenu} one {# revenu} other {# revenus}}, {months} mois — trop peu pour des prévisions.',
    sufficiencyTrend:
      'Données : {customers, plural, one {# client} other {# clients}}, {repeat, plural, =0 {aucun revenu} one {# revenu} other {# revenus}}, {months} mois — assez pour une tendance, pas pour un client à l’euro près.',
    sufficiencyCustomer:
      'Données : {customers, plural, one {# client} other {# clients}}, {repeat, plural, =0 {aucun revenu} one {# revenu} other {# revenus}}, {months} mois — assez pour lire chaque client, dans sa fourchette.',
    predictiveNone: 'Pas de prédiction : {reason}.',
    tooFewCustomers:
      'trop peu d’historique pour ajuster un modèle ({customers, plural, =0 {aucun client encore} one {# client} other {# clients}}, {repeat, plural, =0 {aucun revenu} one {# revenu} other {# revenus}} ; il en faut {minCustomers}, dont {minRepeat} revenus)',
    revenue: 'Chiffre d’affaires par mois',
    revenueExplain:
      'Somme des achats de chaque mois (remboursements déduits du mois de l’achat), sur les 24 derniers mois de la période, selon le fuseau de la boutique.',
    revenueSeries: 'Chiffre d’affaires',
    purchasesSeries: 'Achats',
    segments: 'Segments RFM',
    segmentsExplain:
      'Chaque client reçoit une note de 1 à 5 pour la Récence (date du dernier achat), la Fréquence (jours d’achat) et le Montant (total dépensé), par quintiles parmi tous les clients. Le segment dépend de R et de la moyenne de F et M. Cliquez un segment pour voir ses clients.',
    segmentCustomers: '{count} des clients · {share} du CA',
    pareto: 'Concentration du chiffre d’affaires',
    paretoSentence: '{x} de vos clients font {y} de votre chiffre d’affaires.',
    paretoCaption: 'Indice de Gini : {gini} (0 = tous égaux, 1 = un seul client fait tout)',
    paretoExplain:
      'Clients de la période classés par chiffre d’affaires. La courbe (de Lorenz) montre la part du CA apportée par les x % de clients qui achètent le moins ; la part des 20 % meilleurs clients = 1 − la courbe à 80 %.',
    paretoCustomerShare: 'Part des clients',
    paretoValueShare: 'Part du CA',
    paretoEquality: 'Égalité',
    slipping: 'Clients qui décrochent',
    slippingExplainModel:
      'Clients venus au moins deux fois dont la probabilité d’être encore clients (P(actif), modèle {model}) est sous {threshold}, les plus gros chiffres d’affaires d’abord. Un appel ou une attention maintenant vaut plus tard un client gardé.',
    slippingExplainRfm:
      'Sans modèle ajusté : clients des segments « À ne pas perdre » et « À risque », les plus gros chiffres d’affaires d’abord.',
    slippingExplainNoDropout:
      'Le modèle ne voit personne partir sur cette période (il suppose que chacun reste) : la liste suit donc les segments « À ne pas perdre » et « À risque », les plus gros chiffres d’affaires d’abord.',
    slippingExplainNobodyLeaving:
      'Aucun client venu au moins deux fois n’a moins de {threshold} de chances d’être encore client selon le modèle : la liste suit donc les segments « À ne pas perdre » et « À risque », les plus gros chiffres d’affaires d’abord.',
    slippingNone: 'Aucun client de valeur ne semble décrocher.',
    slippingMore: '{count, plural, one {# client} other {# clients}} au total',
    slippingSeeAll: 'Voir la liste',
    colCustomer: 'Client',
    colLastVisit: 'Dernière visite',
    colTotal: 'Total dépensé',
    colAlive: 'P(actif)',
    daysAgo: 'il y a {days} j',
    monthPartial: '{month} (1–{day})',
    fitEmpty: 'aucun achat à analyser',
    fitInvalid: 'des données incohérentes',
    fitNoRepeat: 'aucun client n’est revenu',
    fitNotConverged: 'l’ajustement n’a pas convergé',
    fitDiverged: 'les paramètres ont divergé',
    fitSkipped: 'non ajusté : trop d’historiques différents pour ce modèle',
    fitTooFew: 'trop peu de clients',
    revenuePartial:
      'Le dernier mois ne compte que ses {day, plural, one {# premier jour} other {# premiers jours}} (barre claire) : ce n’est pas une baisse.',
    unnamed: 'Client sans nom',
    error: 'Les chiffres n’ont pas pu être calculés.',
    startTitle: 'Bienvenue ! Trois étapes pour démarrer',
    startIntro:
      'Les chiffres apparaîtront ici dès le premier achat enregistré : valeur de vos clients, fidélité, clients qui décrochent.',
    stepPoster: 'Imprimez l’affiche',
    stepPosterHint: 'Vos clients scannent le QR code au comptoir pour obtenir leur carte.',
    stepPosterAction: 'Voir l’affiche',
    stepTeam: 'Ajoutez votre équipe',
    stepTeamHint: 'Chaque employé a son accès au mode comptoir, sans voir vos chiffres.',
    stepTeamAction: 'Ajouter un employé',
    stepPurchase: 'Enregistrez un premier achat',
    stepPurchaseHint: 'Au comptoir : trouvez ou inscrivez le client, tapez le montant.',
    stepPurchaseAction: 'Ouvrir le comptoir',
  },
  en: {
    title: 'Dashboard',
    howComputed: 'How this figure is computed',
    freshness: 'Figures computed on {computedAt} from purchases recorded up to {dataAsOf}.',
    freshnessNoData: 'Figures computed on {computedAt}; no purchase recorded yet.',
    refresh: 'Refresh',
    period: 'Period',
    periodLast12: 'Last 12 months',
    periodLast6: 'Last 6 months',
    periodLast3: 'Last 3 months',
    periodThisYear: 'Since 1 January',
    periodCustom: 'Chosen dates',
    from: 'From',
    to: 'to',
    periodShown: 'From {from} to {to}, compared with {previousFrom} – {previousTo}.',
    loading: 'Computing the figures…',
    none: '—',
    customers: 'Customers',
    customersCaption:
      '{members, plural, one {# program member} other {# program members}} · {active} active in the period',
    customersExplain:
      'Every customer on file. "Active": customers who bought at least once in the chosen period. "Members": customers who joined the loyalty program.',
    active: 'Active customers',
    activeCaption: '{previous} in the previous period',
    activeExplain:
      'Distinct customers who bought at least once in the period, compared with the period of the same length just before.',
    crr: 'Customer retention rate (CRR)',
    crrFormula: 'CRR = ((E − N) / S) × 100 = (({E} − {N}) / {S}) × 100',
    crrCaption:
      'Churn: {churn} · {lost, plural, one {# customer} other {# customers}} of the previous period did not come back',
    crrExplain:
      'S = customers of the previous period (who bought in the period of the same length just before), E = customers of the period (who bought in it), N = new customers among E (first purchase in the period). CRR also counts customers who came back after a pause; churn = customers of S who did not buy again ÷ S.',
    crrNone: 'No customer in the previous period: no rate to compute.',
    frequency: 'Purchase frequency',
    frequencyValue: '{perCustomer, plural, one {# purchase} other {# purchases}} per customer',
    frequencyCaption: 'i.e. {perMonth} a month · {previous} in the previous period',
    frequencyExplain:
      'Purchases in the period ÷ customers who bought. "A month" divides by the length in average months (30.44 days). A purchase refunded in full does not count.',
    basket: 'Average basket',
    basketCaption:
      '{previous} in the previous period · {purchases, plural, one {# purchase} other {# purchases}}, {revenue} revenue',
    basketExplain: 'Revenue of the period (refunds deducted) ÷ purchases in the period.',
    members: 'Members and non-members',
    tableRegion: 'Table “{title}” (scrollable)',
    membersExplain:
      'The same measures computed separately for customers who were program members at the end of the period and for the others. Only customers who bought are counted: a member who never came does not show. A gap does not prove the program causes it (the best customers join more readily).',
    membersRow: 'Members',
    nonMembersRow: 'Non-members',
    colGroup: 'Group',
    colCustomers: 'Customers',
    colFrequency: 'Purchases / customer',
    colBasket: 'Average basket',
    colRevenue: 'Revenue',
    simpleClv: 'Simple customer value · revenue over the whole relationship',
    simpleClvFormula:
      '{basket} × {perYear, plural, one {# purchase} other {# purchases}}/year × {years, plural, one {# year} other {# years}}',
    simpleClvExplain:
      'Average basket × purchases per year × years of relationship, measured over the 12 months before the end of the period. Years of relationship = 1 ÷ annual churn (customers active the year before who did not buy this year). Revenue, undiscounted: the figure you can redo by hand.',
    simpleClvNone: 'Nobody was lost over the year: the length of the relationship is unknown.',
    predictiveClv: 'Predicted customer value · margin over the next {months} months',
    predictiveClvCaption:
      'Expected margin per customer over {months} months (not revenue) · {model} model · {customers, plural, one {# customer} other {# customers}}',
    predictiveClvExplain:
      'For each customer, a statistical model (BG/NBD or Pareto/NBD) estimates the probability they are still a customer and their expected purchases, and Gamma-Gamma their average spend. Value = expected purchases each month × expected spend × a {margin} margin, discounted at {rate} a month. Both models are fitted; the one with the higher log-likelihood is used.',
    predictiveFits: 'Fits: {fits}.',
    moneyRange: 'between {low} and {high}',
    rangeNote: '80 % range: the uncertainty of the estimate, not what each customer will do.',
    noDropout:
      'over this period, almost no customer seems to leave: the forecasts assume they stay',
    sufficiencyTooLittle:
      'Data: {customers, plural, one {# customer} other {# customers}}, {repeat, plural, =0 {none came back} other {# came back}}, {months} months — too little for forecasts.',
    sufficiencyTrend:
      "Data: {customers, plural, one {# customer} other {# customers}}, {repeat, plural, =0 {none came back} other {# came back}}, {months} months — enough for a trend, not for one customer's value to the euro.",
    sufficiencyCustomer:
      'Data: {customers, plural, one {# customer} other {# customers}}, {repeat, plural, =0 {none came back} other {# came back}}, {months} months — enough to read each customer, within their range.',
    predictiveNone: 'No prediction: {reason}.',
    tooFewCustomers:
      'too little history to fit a model ({customers, plural, =0 {no customers yet} one {# customer} other {# customers}}, {repeat, plural, =0 {none came back} other {# came back}}; the models need {minCustomers}, {minRepeat} of them back)',
    revenue: 'Revenue per month',
    revenueExplain:
      "Sum of each month's purchases (refunds deducted from the purchase's month), over the last 24 months of the period, in the shop's time zone.",
    revenueSeries: 'Revenue',
    purchasesSeries: 'Purchases',
    segments: 'RFM segments',
    segmentsExplain:
      'Each customer gets a 1–5 score for Recency (last purchase), Frequency (purchase days) and Monetary (total spent), by quintiles among all customers. The segment depends on R and on the mean of F and M. Click a segment to see its customers.',
    segmentCustomers: '{count} of customers · {share} of revenue',
    pareto: 'Revenue concentration',
    paretoSentence: '{x} of your customers make {y} of your revenue.',
    paretoCaption: 'Gini index: {gini} (0 = all equal, 1 = one customer makes everything)',
    paretoExplain:
      'Customers of the period ranked by revenue. The (Lorenz) curve shows the share of revenue from the x % of customers who buy least; the top 20 % share = 1 − the curve at 80 %.',
    paretoCustomerShare: 'Share of customers',
    paretoValueShare: 'Share of revenue',
    paretoEquality: 'Equality',
    slipping: 'Customers slipping away',
    slippingExplainModel:
      'Customers who came at least twice whose probability of still being a customer (P(alive), {model} model) is below {threshold}, highest revenue first. A call or a gesture now is worth a customer kept later.',
    slippingExplainRfm:
      'No model fitted: customers in the "Can\'t lose them" and "At risk" segments, highest revenue first.',
    slippingExplainNoDropout:
      'The model sees nobody leave over this period (it assumes everyone stays): the list follows the "Can\'t lose them" and "At risk" segments, highest revenue first.',
    slippingExplainNobodyLeaving:
      'No customer who came at least twice is below {threshold} chance of still being a customer according to the model: the list follows the "Can\'t lose them" and "At risk" segments, highest revenue first.',
    slippingNone: 'No valuable customer seems to be slipping away.',
    slippingMore: '{count, plural, one {# customer} other {# customers}} in all',
    slippingSeeAll: 'See the list',
    colCustomer: 'Customer',
    colLastVisit: 'Last visit',
    colTotal: 'Total spent',
    colAlive: 'P(alive)',
    daysAgo: '{days} d ago',
    fitEmpty: 'no purchase to analyse',
    fitInvalid: 'inconsistent data',
    fitNoRepeat: 'no customer came back',
    fitNotConverged: 'the fit did not converge',
    fitDiverged: 'the parameters diverged',
    fitSkipped: 'not fitted: too many distinct histories for this model',
    fitTooFew: 'too few customers',
    monthPartial: '{month} (1–{day})',
    revenuePartial:
      'The last month counts only its first {day, plural, one {# day} other {# days}} (pale bar): not a fall.',
    unnamed: 'Unnamed customer',
    error: 'The figures could not be computed.',
    startTitle: 'Welcome! Three steps to get started',
    startIntro:
      'Figures show up here from the first recorded purchase: what your customers are worth, who stays, who is slipping away.',
    stepPoster: 'Print the poster',
    stepPosterHint: 'Customers scan its QR code at the counter to get their card.',
    stepPosterAction: 'See the poster',
    stepTeam: 'Add your team',
    stepTeamHint: 'Each employee gets their own counter access, without seeing your figures.',
    stepTeamAction: 'Add an employee',
    stepPurchase: 'Record a first purchase',
    stepPurchaseHint: 'At the counter: find or sign up the customer, type the amount.',
    stepPurchaseAction: 'Open the counter',
  },
});

/** The forecast put to the test (backtest) and the shop's seasons. */
export const forecastMessages = defineMessages({
  fr: {
    backtest: 'La prévision mise à l’épreuve',
    backtestValue:
      '{predicted, plural, one {# achat prévu} other {# achats prévus}}, {actual, plural, one {# réalisé} other {# réalisés}}',
    backtestMiss: 'écart : {miss}',
    backtestCaption:
      'Prévision faite comme au {from}, avec l’historique d’avant seulement, comparée à ce qui s’est passé jusqu’au {to} · achats prévus dans un intervalle à 80 % : de {low} à {high}',
    backtestRanking:
      'Classement des clients : indice de Gini normalisé {gini} (1 : les clients dans l’ordre exact où ils sont revenus).',
    backtestTooShort:
      'Pour vérifier la prévision, il faut au moins {needed, plural, one {# jour} other {# jours}} d’historique (deux fois l’horizon) ; il y en a {history, plural, one {# jour} other {# jours}}.',
    backtestNoModel: 'Pas de modèle ajusté sur la période d’avant : pas de vérification possible.',
    backtestMonths: 'Achats par mois : prévus et réalisés',
    backtestDeciles: 'Par dixième de clients, du plus au moins prometteur : achats moyens',
    backtestPredicted: 'Prévus',
    backtestActual: 'Réalisés',
    backtestDecile: '{decile}ᵉ dixième',
    backtestExplain:
      'On met de côté la dernière période (aussi longue que l’horizon des prévisions), on réajuste les modèles sur ce qui précède, puis on compare leur prévision à ce qui s’est réellement passé : au total, mois par mois, et par dixième de clients classés selon la prévision. Si les barres « prévus » et « réalisés » se suivent, on peut se fier aux prévisions du tableau de bord. Les achats comptent les jours d’achat de chaque client déjà connu avant la période.',
    seasonsPattern:
      'Saisons de la boutique : {peakMonth} le mois le plus fort ({peak}), {troughMonth} le plus calme ({trough}) ; les prévisions en tiennent compte.',
    seasonsFlat: 'Pas de saison marquée sur l’année : les prévisions la supposent régulière.',
    seasonsUnseen:
      'Moins d’un an d’historique : {share} de la période prévue tombe dans des mois encore jamais vus. Un pic (Noël, l’été, la rentrée) n’a peut-être pas encore été observé ; l’intervalle y est élargi.',
  },
  en: {
    backtest: 'The forecast put to the test',
    backtestValue:
      '{predicted, plural, one {# purchase} other {# purchases}} forecast, {actual} happened',
    backtestMiss: 'difference: {miss}',
    backtestCaption:
      'Forecast made as on {from}, with the history before it only, compared with what happened up to {to} · purchases forecast within an 80% interval: {low} to {high}',
    backtestRanking:
      'Ranking of customers: normalised Gini {gini} (1: customers in the exact order in which they came back).',
    backtestTooShort:
      'Checking the forecast needs at least {needed, plural, one {# day} other {# days}} of history (twice the horizon); there {history, plural, one {is # day} other {are # days}}.',
    backtestNoModel: 'No model could be fitted on the earlier period: nothing to check.',
    backtestMonths: 'Purchases per month: forecast and actual',
    backtestDeciles: 'By tenth of customers, most to least promising: average purchases',
    backtestPredicted: 'Forecast',
    backtestActual: 'Actual',
    backtestDecile: 'tenth {decile}',
    backtestExplain:
      'The last period (as long as the forecast horizon) is set aside, the models are refitted on what came before, and their forecast is compared with what really happened: in total, month by month, and by tenth of customers ranked by the forecast. When the “forecast” and “actual” bars follow each other, the dashboard’s forecasts can be trusted. Purchases count the purchase days of each customer already known before the period.',
    seasonsPattern:
      'The shop’s seasons: {peakMonth} is the busiest month ({peak}), {troughMonth} the quietest ({trough}); the forecasts follow them.',
    seasonsFlat: 'No marked season over the year: the forecasts assume a steady rhythm.',
    seasonsUnseen:
      'Less than a year of history: {share} of the forecast period falls in months not seen yet. A peak (Christmas, summer, back to school) may not have been observed; the interval is widened there.',
  },
});

/** Does the program pay: members against non-members, and the messages' control groups. */
export const programReturnsMessages = defineMessages({
  fr: {
    title: 'Le programme rapporte-t-il ?',
    period: 'Du {from} au {to}',
    membersValue: 'Marge en plus grâce aux membres : entre {low} et {high}',
    membersNone:
      'Pas encore de comparaison : il faut des membres inscrits depuis plus d’un an et des non-membres comparables.',
    membersCaption:
      '{members, plural, one {# membre comparé} other {# membres comparés}} à des non-membres qui dépensaient autant l’année d’avant · récompenses utilisées : {cost} au prix de revient',
    roi: 'Rendement du programme : {roi} (marge en plus moins le coût des récompenses, rapporté à ce coût)',
    roiNone: 'Aucune récompense utilisée sur l’année : pas de rendement à calculer.',
    actionsValue:
      'Campagnes et automatisations : entre {low} et {high} de chiffre d’affaires en plus',
    actionsCaption:
      '{measured, plural, one {# envoi mesuré} other {# envois mesurés}} contre {measured, plural, one {son groupe témoin} other {leurs groupes témoins}}, {customers, plural, one {# client} other {# clients}} au total · marge correspondante : {margin}',
    actionsNone:
      'Aucune campagne ni automatisation avec groupe témoin sur l’année : leur effet ne peut pas être mesuré.',
    explain:
      'Les membres inscrits depuis plus d’un an sont comparés aux non-membres qui dépensaient autant l’année d’avant et sont clients depuis aussi longtemps ; l’écart de marge par membre, multiplié par le nombre de membres, est la marge que le programme semble apporter (fourchette à 80 %). Les clients choisissent d’adhérer : les plus motivés adhèrent, ce qui gonfle l’estimation. À côté, chaque campagne et automatisation avec groupe témoin compare ceux qui ont reçu le message à ceux qui ne l’ont pas reçu ; les écarts sont additionnés sur l’année.',
  },
  en: {
    title: 'Does the program pay?',
    period: 'From {from} to {to}',
    membersValue: 'Extra margin from members: between {low} and {high}',
    membersNone:
      'No comparison yet: it needs members who joined more than a year ago and comparable non-members.',
    membersCaption:
      '{members, plural, one {# member compared} other {# members compared}} with non-members who spent as much the year before · rewards used: {cost} at cost price',
    roi: 'Program return: {roi} (extra margin minus the cost of rewards, over that cost)',
    roiNone: 'No reward used over the year: no return to compute.',
    actionsValue: 'Campaigns and automations: between {low} and {high} of extra revenue',
    actionsCaption:
      '{measured, plural, one {# send measured} other {# sends measured}} against {measured, plural, one {its control group} other {their control groups}}, {customers, plural, one {# customer} other {# customers}} in all · corresponding margin: {margin}',
    actionsNone:
      'No campaign or automation with a control group over the year: their effect cannot be measured.',
    explain:
      'Members who joined more than a year ago are compared with non-members who spent as much the year before and have been customers as long; the margin difference per member, times the members, is the margin the program seems to bring (80% range). Customers choose to join: the keenest join, which inflates the estimate. Next to it, each campaign and automation with a control group compares those who got the message with those who did not; the differences are added up over the year.',
  },
});
