import type { Lang } from './analyze-options.ts';

/** `habitue analyze --help`. Details in docs/analyze.md. */
export const USAGE: Record<Lang, string> = {
  fr: `Utilisation : habitue analyze FICHIER [options]

Analyse un fichier de ventes (CSV, TXT ou XLSX, une ligne par achat ou par article) et affiche
la valeur de vos clients : chiffres clés, segments RFM, modèles BG/NBD, Pareto/NBD et
Gamma-Gamma, clients à contacter.

Colonnes (devinées d'après les en-têtes sinon ; nom ou numéro de colonne à partir de 1) :
  --customer COL     colonne du client
  --date COL         colonne de la date d'achat
  --amount COL       colonne du montant (sinon prix × quantité)
  --header-row N     ligne de l'en-tête (défaut : trouvée sous les lignes de titre)
Analyse :
  --as-of DATE       date d'analyse (défaut : dernière date du fichier)
  --calibration-end DATE  ajuste les modèles jusqu'à cette date et mesure l'erreur après
  --unit day|week    unité de temps des modèles (défaut : week)
  --horizon DURÉE    horizon de la CLV : 12m, 52w, 365d, 1y (défaut : 12m)
  --discount-rate R  taux d'actualisation mensuel (défaut : 0.01)
  --margin M         taux de marge, ex. 0.3 (défaut : CLV en chiffre d'affaires)
  --models LISTE     modèles d'achats : bgnbd,paretonbd (défaut) ; Pareto/NBD est lent
                     sur plus de ~50 000 clients
  --keep-duplicates  garder les lignes en double exact
  --no-seasons       sans les saisons (prévision sans variation dans l'année)
  --no-backtest      sans vérifier la prévision sur la dernière période
  --no-intervals     sans les fourchettes à 80 %
  --quick            les trois à la fois : ajustements, prévisions et RFM seulement
Sortie :
  --json             document JSON sur la sortie standard
  --csv              une ligne CSV par client sur la sortie standard
  --lang fr|en       langue du rapport (défaut : fr)
  --top N            nombre de clients listés (défaut : 10)
  --progress         progression sur la sortie d'erreur
`,
  en: `Usage: habitue analyze FILE [options]

Analyses a sales file (CSV, TXT or XLSX, one row per purchase or per line item) and prints the
value of your customers: key figures, RFM segments, BG/NBD, Pareto/NBD and Gamma-Gamma models,
customers to contact.

Columns (otherwise guessed from the headers; header name or 1-based column number):
  --customer COL     customer column
  --date COL         purchase date column
  --amount COL       amount column (otherwise price × quantity)
  --header-row N     line of the header (default: found below any title lines)
Analysis:
  --as-of DATE       analysis date (default: last date in the file)
  --calibration-end DATE  fit the models up to this date and measure the error after it
  --unit day|week    time unit of the models (default: week)
  --horizon SPAN     CLV horizon: 12m, 52w, 365d, 1y (default: 12m)
  --discount-rate R  monthly discount rate (default: 0.01)
  --margin M         margin rate, e.g. 0.3 (default: CLV in revenue)
  --models LIST      purchase models: bgnbd,paretonbd (default); Pareto/NBD is slow
                     beyond ~50,000 customers
  --keep-duplicates  keep exact duplicate rows
  --no-seasons       leave out the seasons (a forecast without a yearly pattern)
  --no-backtest      leave out the check of the forecast on the last period
  --no-intervals     leave out the 80 % intervals
  --quick            all three: the fits, predictions and RFM alone
Output:
  --json             JSON document on standard output
  --csv              one CSV line per customer on standard output
  --lang fr|en       report language (default: fr)
  --top N            how many customers to list (default: 10)
  --progress         progress on standard error
`,
};
