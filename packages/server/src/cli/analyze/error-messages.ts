import type { SkipReason } from '@habitue/import';
import type { AnalyzeError } from './analyze-error.ts';
import type { Lang } from './analyze-options.ts';

const ROLE = {
  fr: { customer: 'client', date: 'date', amount: 'montant' },
  en: { customer: 'customer', date: 'date', amount: 'amount' },
} as const;

const EXPECTED = {
  fr: {
    date: 'une date (AAAA-MM-JJ ou JJ/MM/AAAA)',
    rate: 'un nombre entre 0 et 1 (ex. 0.3 ou 30%)',
    unit: 'day ou week',
    lang: 'fr ou en',
    horizon: 'une durée comme 12m, 52w, 365d ou 1y',
    count: 'un entier positif',
    line: 'un numéro de ligne à partir de 1',
    models: 'bgnbd, paretonbd ou bgnbd,paretonbd',
    'before-as-of': 'une date antérieure à --as-of',
    'one-output': 'soit --json, soit --csv, pas les deux',
  },
  en: {
    date: 'a date (YYYY-MM-DD or DD/MM/YYYY)',
    rate: 'a number between 0 and 1 (e.g. 0.3 or 30%)',
    unit: 'day or week',
    lang: 'fr or en',
    horizon: 'a duration such as 12m, 52w, 365d or 1y',
    count: 'a positive integer',
    line: 'a line number from 1',
    models: 'bgnbd, paretonbd or bgnbd,paretonbd',
    'before-as-of': 'a date before --as-of',
    'one-output': 'either --json or --csv, not both',
  },
} as const;

/** The one place where an AnalyzeError becomes a sentence for the owner. */
export function errorMessage(error: AnalyzeError, lang: Lang): string {
  const p = error.params;
  const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
  const roles = (value: unknown) =>
    (value as (keyof (typeof ROLE)['fr'])[]).map((r) => ROLE[lang][r]).join(', ');
  const expected = EXPECTED[lang][p.expected as keyof (typeof EXPECTED)['fr']] ?? p.expected;
  const fr = lang === 'fr';
  switch (error.code) {
    case 'usage':
      return fr
        ? `Utilisation : habitue analyze FICHIER [options] (${p.detail}). Voir habitue analyze --help.`
        : `Usage: habitue analyze FILE [options] (${p.detail}). See habitue analyze --help.`;
    case 'bad-option':
      return fr
        ? `Option --${p.option} invalide : « ${p.value} ». Attendu : ${expected}.`
        : `Invalid --${p.option}: "${p.value}". Expected ${expected}.`;
    case 'file-not-found':
      return fr ? `Fichier introuvable : ${p.path}` : `File not found: ${p.path}`;
    case 'not-a-file':
      return fr
        ? `${p.path} est un dossier, pas un fichier.`
        : `${p.path} is a folder, not a file.`;
    case 'file-empty':
      return fr ? `Le fichier ${p.path} est vide.` : `The file ${p.path} is empty.`;
    case 'unreadable-xlsx':
      return fr
        ? `Impossible de lire le classeur Excel ${p.path} (fichier abîmé ou protégé par mot de passe ?).`
        : `Cannot read the Excel workbook ${p.path} (damaged or password-protected?).`;
    case 'unreadable-file':
      return fr
        ? `${p.path} n'est ni un fichier CSV/texte ni un classeur XLSX (un ancien .xls ? enregistrez-le en .xlsx ou .csv).`
        : `${p.path} is neither a CSV/text file nor an XLSX workbook (an old .xls? save it as .xlsx or .csv).`;
    case 'columns-not-found':
      return fr
        ? `Colonne(s) introuvable(s) : ${roles(p.missing)}. Colonnes du fichier : ${list(p.headers)}. Indiquez-les avec --customer, --date, --amount (nom ou numéro de colonne).`
        : `Column(s) not found: ${roles(p.missing)}. Columns in the file: ${list(p.headers)}. Name them with --customer, --date, --amount (header or column number).`;
    case 'column-not-in-file':
      return fr
        ? `La colonne « ${p.value} » (--${p.option}) n'existe pas. Colonnes du fichier : ${list(p.headers)}.`
        : `Column "${p.value}" (--${p.option}) does not exist. Columns in the file: ${list(p.headers)}.`;
    case 'headerless-needs-indices':
      return fr
        ? `Le fichier n'a pas de ligne d'en-tête (${p.columns} colonnes) : indiquez les colonnes par leur numéro, par ex. --customer 1 --date 3 --amount 5.`
        : `The file has no header line (${p.columns} columns): give the column numbers, e.g. --customer 1 --date 3 --amount 5.`;
    case 'header-row-not-in-file':
      return fr
        ? `La ligne ${p.row} (--header-row) est vide ou au-delà de la fin du fichier.`
        : `Line ${p.row} (--header-row) is empty or past the end of the file.`;
    case 'no-valid-rows':
      return fr
        ? `Aucune ligne utilisable dans ${p.path} (${p.read} lignes lues). ${p.reasons}`
        : `No usable row in ${p.path} (${p.read} rows read). ${p.reasons}`;
  }
}

/** Why rows were skipped, in the owner's words. */
export const SKIP_REASON_LABELS: Record<Lang, Record<SkipReason, string>> = {
  fr: {
    'broken-row': 'ligne mal formée (nombre de colonnes)',
    'invalid-date': 'date illisible',
    'invalid-amount': 'montant illisible',
    duplicate: 'doublon exact d’une ligne précédente',
    'after-as-of': 'après la date d’analyse (--as-of)',
  },
  en: {
    'broken-row': 'malformed line (number of columns)',
    'invalid-date': 'unreadable date',
    'invalid-amount': 'unreadable amount',
    duplicate: 'exact duplicate of an earlier line',
    'after-as-of': 'after the analysis date (--as-of)',
  },
};
