import type { ColumnNotice } from '../choose-columns.ts';
import { isUnitPrice } from '../choose-columns.ts';
import {
  type ColumnRole,
  CUSTOMER_REF_HEADERS,
  headerRank,
  KNOWN_HEADERS,
  normalizeHeader,
} from '../header-names.ts';
import type { ImportField, PlainImportField } from './import-fields.ts';
import type { ColumnMapOption } from './parse-map-option.ts';

/** Column index (0-based) per field; a field absent from the file has no entry. */
export type FieldMapping = Partial<Record<ImportField, number>>;

/** Why a mapping cannot be used; the import reports these before reading any row. */
export type MappingProblem =
  | { code: 'column-not-in-file'; column: string }
  | { code: 'field-mapped-twice'; field: ImportField }
  | { code: 'column-mapped-twice'; column: string }
  | { code: 'no-customer-column' }
  | { code: 'purchase-needs-date' }
  | { code: 'purchase-needs-amount' };

export interface ColumnMapping {
  mapping: FieldMapping;
  /** Set when the mapping can be used: the problems otherwise. */
  problems: MappingProblem[];
  notices: ColumnNotice[];
}

/** Headers of fields only the import knows (normalized, best first). */
// biome-ignore format: word lists read better packed
const IMPORT_ONLY_HEADERS: Record<'firstName' | 'lastName' | 'email' | 'phone' | 'birthday' | 'emailConsent' | 'smsConsent' | 'consentDate' | 'consentSource' | 'tags', readonly string[]> = {
  firstName: ['prenom', 'first name', 'firstname', 'given name', 'prenom client'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom client', 'customer name'],
  email: ['email', 'e mail', 'courriel', 'adresse email', 'adresse e mail', 'adresse mail', 'mail', 'email address'],
  phone: ['telephone', 'tel', 'portable', 'mobile', 'phone', 'phone number', 'numero de telephone', 'n telephone', 'gsm'],
  birthday: ['date de naissance', 'naissance', 'anniversaire', 'birthday', 'birth date', 'date of birth', 'dob', 'birthdate'],
  emailConsent: ['consentement email', 'consentement e mail', 'optin email', 'opt in email', 'accepte email', 'newsletter', 'email consent', 'email opt in', 'consent email', 'email marketing'],
  smsConsent: ['consentement sms', 'optin sms', 'opt in sms', 'accepte sms', 'sms consent', 'sms opt in', 'consent sms', 'sms marketing'],
  consentDate: ['date consentement', 'date de consentement', 'date du consentement', 'date optin', 'date opt in', 'consent date', 'opt in date', 'optin date'],
  consentSource: ['source consentement', 'source du consentement', 'origine consentement', 'source', 'origine', 'canal', 'consent source', 'opt in source', 'optin source'],
  tags: ['tags', 'tag', 'etiquettes', 'etiquette', 'labels', 'segments', 'groupe', 'groupes', 'groups'],
};

/** Fields read with the analysis reader's rules (VAT never an amount, TTC before HT…). */
const SHARED_ROLES: Partial<Record<PlainImportField, ColumnRole>> = {
  date: 'date',
  amount: 'amount',
  unitPrice: 'price',
  quantity: 'quantity',
  invoice: 'invoice',
  item: 'item',
};

/** Guessing order: when two fields want one column, the earlier one gets it. */
const GUESS_ORDER: readonly PlainImportField[] = [
  'customerRef',
  'email',
  'phone',
  'birthday',
  'date',
  'amount',
  'unitPrice',
  'quantity',
  'invoice',
  'item',
  'firstName',
  'lastName',
  'emailConsent',
  'smsConsent',
  'consentDate',
  'consentSource',
  'tags',
];

/**
 * The columns of an imported file → the field each one holds: the owner's `--map` choices
 * first, then a guess from the headers (exact names before "starts with", then the order of
 * {@link GUESS_ORDER}). An amount mapped to a unit-price column next to a quantity becomes the
 * unit price (price × quantity), with a notice. `ignored` (0-based) are columns the owner left
 * out: never guessed. Opening balances are only ever mapped by hand:
 * the program they belong to cannot be read from a header.
 *
 * @example mapColumns(['N° client', 'Prénom', 'Date', 'Montant TTC'], []).mapping
 * // { customerRef: 0, firstName: 1, date: 2, amount: 3 }
 */
export function mapColumns(
  headers: readonly string[],
  choices: readonly ColumnMapOption[],
  ignored: readonly number[] = [],
): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping: FieldMapping = {};
  const problems: MappingProblem[] = [];
  // Columns the owner said to leave out are never guessed.
  const usedColumns = new Set<number>(ignored);
  for (const { column, field } of choices) {
    const index = columnIndex(column, normalized);
    if (index === null) problems.push({ code: 'column-not-in-file', column });
    else if (mapping[field] !== undefined) problems.push({ code: 'field-mapped-twice', field });
    else if (usedColumns.has(index)) problems.push({ code: 'column-mapped-twice', column });
    else {
      mapping[field] = index;
      usedColumns.add(index);
    }
  }
  const candidates: { field: PlainImportField; column: number; prefix: boolean; rank: number }[] =
    [];
  GUESS_ORDER.forEach((field) => {
    if (mapping[field] !== undefined) return;
    normalized.forEach((name, column) => {
      const fit = fieldFit(name, field);
      if (fit !== null && !usedColumns.has(column)) candidates.push({ field, column, ...fit });
    });
  });
  // Exact names first; among them the guessing order, then how good a name it is.
  candidates.sort(
    (a, b) =>
      Number(a.prefix) - Number(b.prefix) ||
      GUESS_ORDER.indexOf(a.field) - GUESS_ORDER.indexOf(b.field) ||
      a.rank - b.rank,
  );
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  const notices: ColumnNotice[] = [];
  if (
    mapping.amount !== undefined &&
    mapping.quantity !== undefined &&
    mapping.unitPrice === undefined &&
    isUnitPrice(normalized[mapping.amount] ?? '')
  ) {
    mapping.unitPrice = mapping.amount;
    delete mapping.amount;
    notices.push('amount-is-unit-price');
  }
  problems.push(...missingFields(mapping));
  return { mapping, problems, notices };
}

/** A file needs a way to tell customers apart; a purchase needs a date and an amount. */
function missingFields(mapping: FieldMapping): MappingProblem[] {
  const has = (field: PlainImportField) => mapping[field] !== undefined;
  const problems: MappingProblem[] = [];
  if (!has('customerRef') && !has('email') && !has('phone'))
    problems.push({ code: 'no-customer-column' });
  const purchase = has('amount') || has('unitPrice') || has('invoice') || has('item');
  if (purchase && !has('date')) problems.push({ code: 'purchase-needs-date' });
  if (has('date') && !has('amount') && !has('unitPrice'))
    problems.push({ code: 'purchase-needs-amount' });
  return problems;
}

/** How a normalized header fits a field: exact or "starts with", and its rank; null if not. */
function fieldFit(name: string, field: PlainImportField): { prefix: boolean; rank: number } | null {
  const role = SHARED_ROLES[field];
  if (role !== undefined) {
    const rank = headerRank(name, role);
    return rank === Number.POSITIVE_INFINITY
      ? null
      : { prefix: !KNOWN_HEADERS[role].includes(name), rank };
  }
  const names =
    field === 'customerRef'
      ? CUSTOMER_REF_HEADERS
      : IMPORT_ONLY_HEADERS[field as keyof typeof IMPORT_ONLY_HEADERS];
  const exact = names.indexOf(name);
  if (exact >= 0) return { prefix: false, rank: exact };
  const prefix = names.findIndex((known) => name.startsWith(`${known} `));
  return prefix >= 0 ? { prefix: true, rank: prefix } : null;
}

/** A header name (any case, accents optional) or a 1-based column number → its index. */
function columnIndex(column: string, normalized: readonly string[]): number | null {
  const byName = normalized.indexOf(normalizeHeader(column));
  if (byName >= 0) return byName;
  const number = Number(column);
  return Number.isInteger(number) && number >= 1 && number <= normalized.length ? number - 1 : null;
}
