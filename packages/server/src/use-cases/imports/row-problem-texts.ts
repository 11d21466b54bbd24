import type { RowProblem } from '@habitue/import';
import type { CustomerProblem } from './check-imported-customer.ts';

/** Why a row of an imported file is left out: the reader's codes and the counter's checks. */
export type ImportRowProblemCode = RowProblem['problem'] | CustomerProblem;

/**
 * The reasons in the words of the command line's report and the report's CSV download (the
 * web page words them from its own catalogue, by code).
 */
const ROW_PROBLEM: Record<'fr' | 'en', Record<ImportRowProblemCode, string>> = {
  fr: {
    'broken-row': 'ligne incomplète (colonnes manquantes)',
    'no-customer': 'aucun moyen de reconnaître le client (numéro, email ou téléphone)',
    'unreadable-date': 'date illisible',
    'unreadable-number': 'nombre illisible',
    'unreadable-consent': 'consentement illisible (oui/non attendu)',
    'not-a-whole-number': 'un nombre entier positif est attendu',
    'unreadable-amount': 'montant illisible',
    'conflicting-value': 'valeur différente de celle d’une ligne précédente du même client',
    'invoice-of-another-customer': 'numéro de ticket déjà utilisé pour un autre client',
    'invalid-email': 'email invalide',
    'invalid-phone': 'numéro de téléphone invalide',
    'invalid-birthday': 'date d’anniversaire impossible',
    'text-too-long': 'texte trop long',
    'negative-balance': 'un solde d’ouverture ne peut pas être négatif',
  },
  en: {
    'broken-row': 'incomplete row (missing columns)',
    'no-customer': 'no way to tell the customer (number, email or phone)',
    'unreadable-date': 'unreadable date',
    'unreadable-number': 'unreadable number',
    'unreadable-consent': 'unreadable consent (yes/no expected)',
    'not-a-whole-number': 'a whole number of 0 or more is expected',
    'unreadable-amount': 'unreadable amount',
    'conflicting-value': 'differs from an earlier row of the same customer',
    'invoice-of-another-customer': 'receipt number already used for another customer',
    'invalid-email': 'invalid email',
    'invalid-phone': 'invalid phone number',
    'invalid-birthday': 'impossible birthday',
    'text-too-long': 'text too long',
    'negative-balance': 'an opening balance cannot be negative',
  },
};

export function rowProblemReason(lang: 'fr' | 'en', problem: ImportRowProblemCode): string {
  return ROW_PROBLEM[lang][problem];
}
