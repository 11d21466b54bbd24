/**
 * What a column of an imported file can hold (the names of `habitue import --map COLUMN=FIELD`
 * and of the web import's column choices). `openingBalance:<programId>` is a customer's balance
 * of points or stamps in one program, carried over from another system. `consentDate` and
 * `consentSource` are the proof of the consents (when and where they were given): without them
 * an imported consent is not assumed.
 */
export const IMPORT_FIELDS = [
  'customerRef',
  'firstName',
  'lastName',
  'email',
  'phone',
  'birthday',
  'emailConsent',
  'smsConsent',
  'consentDate',
  'consentSource',
  'tags',
  'date',
  'amount',
  'quantity',
  'unitPrice',
  'invoice',
  'item',
] as const;

export type PlainImportField = (typeof IMPORT_FIELDS)[number];
export type OpeningBalanceField = `openingBalance:${string}`;
export type ImportField = PlainImportField | OpeningBalanceField;

const OPENING_BALANCE = 'openingBalance:';

/**
 * A field name as the owner typed it → the field, or null when there is no such field.
 * Names are case-sensitive, as documented; a program id cannot be empty or contain spaces.
 *
 * @example parseImportField('openingBalance:0193a0c4-…') // 'openingBalance:0193a0c4-…'
 */
export function parseImportField(text: string): ImportField | null {
  if ((IMPORT_FIELDS as readonly string[]).includes(text)) return text as PlainImportField;
  if (text.startsWith(OPENING_BALANCE)) {
    const programId = text.slice(OPENING_BALANCE.length);
    return /^[\w-]+$/.test(programId) ? (text as OpeningBalanceField) : null;
  }
  return null;
}

/** The program of an opening-balance field, or null for any other field. */
export function openingBalanceProgram(field: ImportField): string | null {
  return field.startsWith(OPENING_BALANCE) ? field.slice(OPENING_BALANCE.length) : null;
}
