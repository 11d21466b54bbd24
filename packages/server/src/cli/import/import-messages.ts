import {
  IMPORT_FIELDS,
  type ImportField,
  type MapOptionProblem,
  type MappingProblem,
} from '@habitue/import';
import {
  type ImportRowProblemCode,
  rowProblemReason,
} from '../../use-cases/imports/row-problem-texts.ts';
import type { Lang } from '../analyze/analyze-options.ts';
import type { ImportUsageProblem } from './import-options.ts';

/** Every sentence `habitue import` prints, in French and English. */
export function rowProblemText(
  lang: Lang,
  p: { line: number; field: string | null; problem: ImportRowProblemCode },
): string {
  const where = lang === 'fr' ? `ligne ${p.line}` : `line ${p.line}`;
  const field = p.field === null ? '' : ` (${p.field})`;
  return `${where}${field}${lang === 'fr' ? ' : ' : ': '}${rowProblemReason(lang, p.problem)}`;
}

export function mappingProblemText(lang: Lang, p: MappingProblem): string {
  const fr = lang === 'fr';
  switch (p.code) {
    case 'column-not-in-file':
      return fr
        ? `la colonne « ${p.column} » n’est pas dans le fichier`
        : `column "${p.column}" is not in the file`;
    case 'field-mapped-twice':
      return fr ? `le champ ${p.field} est donné deux fois` : `field ${p.field} is given twice`;
    case 'column-mapped-twice':
      return fr
        ? `la colonne « ${p.column} » est donnée pour deux champs`
        : `column "${p.column}" is given for two fields`;
    case 'no-customer-column':
      return fr
        ? 'aucune colonne pour reconnaître le client (customerRef, email ou phone : --map COLONNE=CHAMP)'
        : 'no column to tell the customer (customerRef, email or phone: --map COLUMN=FIELD)';
    case 'purchase-needs-date':
      return fr
        ? 'des achats sans colonne de date (--map COLONNE=date)'
        : 'purchases without a date column (--map COLUMN=date)';
    case 'purchase-needs-amount':
      return fr
        ? 'des achats sans colonne de montant (amount, ou quantity et unitPrice)'
        : 'purchases without an amount column (amount, or quantity and unitPrice)';
  }
}

const MAP_PROBLEM: Record<Lang, Record<MapOptionProblem, string>> = {
  fr: {
    'missing-equals': 'COLONNE=CHAMP attendu',
    'missing-column': 'le nom de la colonne manque avant =',
    'unknown-field': 'champ inconnu',
  },
  en: {
    'missing-equals': 'COLUMN=FIELD expected',
    'missing-column': 'the column name is missing before =',
    'unknown-field': 'unknown field',
  },
};

export function usageProblemText(lang: Lang, p: ImportUsageProblem): string {
  const fr = lang === 'fr';
  switch (p.code) {
    case 'usage':
      return fr ? `ligne de commande invalide : ${p.detail}` : `invalid command line: ${p.detail}`;
    case 'bad-map':
      return `--map ${p.value} : ${MAP_PROBLEM[lang][p.problem]}`;
    case 'bad-header-row':
      return fr
        ? `--header-row ${p.value} : un numéro de ligne à partir de 1 est attendu`
        : `--header-row ${p.value}: a line number from 1 is expected`;
  }
}

/** Every field `--map` accepts: the reader's own list, and a program's opening balance. */
export const FIELD_LIST: readonly (ImportField | string)[] = [
  ...IMPORT_FIELDS,
  'openingBalance:<programId>',
];

export const IMPORT_USAGE: Record<Lang, string> = {
  fr: `Utilisation : habitue import FICHIER --merchant SLUG [options]

Importe les clients et l'historique d'achats d'un fichier (CSV, TXT ou XLSX) dans une boutique.
Les achats importés sont de l'historique : ils comptent dans les analyses et sur la fiche client
mais ne rapportent ni points ni tampons. Importer deux fois le même fichier n'ajoute rien.

  --merchant SLUG       la boutique
  --map COLONNE=CHAMP   colonne choisie pour un champ (répétable ; nom ou numéro de colonne)
  --header-row N        ligne de l'en-tête (défaut : trouvée sous les lignes de titre)
  --dry-run             tout vérifier et compter, sans rien écrire
  --valid-rows-only     importer les lignes valides quand d'autres ont des problèmes
  --lang fr|en          langue du rapport (défaut : fr)

Champs : ${FIELD_LIST.join(', ')}
Un consentement n'est importé qu'avec sa preuve (consentDate et consentSource).

Code de sortie : 0 import terminé (y compris quand rien n'est nouveau), 1 rien n'a été écrit,
2 ligne de commande invalide.
`,
  en: `Usage: habitue import FILE --merchant SLUG [options]

Imports the customers and purchase history of a file (CSV, TXT or XLSX) into a shop. Imported
purchases are history: they count in the analytics and on the customer's page but earn no points
or stamps. Importing the same file twice adds nothing.

  --merchant SLUG       the shop
  --map COLUMN=FIELD    the column to use for a field (repeatable; name or column number)
  --header-row N        the header's line (default: found below title lines)
  --dry-run             check and count everything, write nothing
  --valid-rows-only     import the valid rows when others have problems
  --lang fr|en          report language (default: fr)

Fields: ${FIELD_LIST.join(', ')}
A consent is imported only with its proof (consentDate and consentSource).

Exit code: 0 import done (also when nothing is new), 1 nothing written, 2 invalid command line.
`,
};
