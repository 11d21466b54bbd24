import { lineAmount, type ReadValue } from '../line-amount.ts';
import { type DayOrder, epochDay, memoDateParser, parseDateCell } from '../parse-date.ts';
import { type DecimalSeparator, parseLocaleNumber } from '../parse-number.ts';
import type { Cell } from '../table.ts';
import { type ImportField, openingBalanceProgram } from './import-fields.ts';
import type { FieldMapping } from './map-columns.ts';

/** A birthday as written: day and month, and the year when the file gives it. */
export interface Birthday {
  month: number;
  day: number;
  year: number | null;
}

/**
 * One row of an imported file, typed. Contact texts (names, email, phone) are trimmed but not
 * checked here: the server checks them with the same rules as a customer typed in. Absent or
 * empty cells are null; a consent is true, false, or null when the file does not say.
 */
export interface ImportRow {
  customerRef: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  birthday: Birthday | null;
  emailConsent: boolean | null;
  smsConsent: boolean | null;
  /** When the consents were given (days since 1970-01-01), and where: their proof. */
  consentDay: number | null;
  consentSource: string | null;
  tags: string[];
  /** Purchase day, days since 1970-01-01. */
  day: number | null;
  amountCents: number | null;
  quantity: number | null;
  unitPriceCents: number | null;
  invoice: string | null;
  item: string | null;
  /** Points or stamps carried over, per program id. */
  openingBalances: Record<string, number>;
}

/** A cell that could not be read, named by its field, for the row-level report. */
export interface FieldProblem {
  field: ImportField;
  problem: 'unreadable-date' | 'unreadable-number' | 'unreadable-consent' | 'not-a-whole-number';
}

export interface ImportRowFormats {
  dayOrder: DayOrder;
  decimalSeparator: DecimalSeparator;
  /** Receipt numbers that mark a cancellation or credit note, or null. */
  cancellation: RegExp | null;
}

const YES = new Set(['oui', 'o', 'yes', 'y', '1', 'true', 'vrai', 'x', 'ok', 'opt in', 'optin']);
const NO = new Set(['non', 'n', 'no', '0', 'false', 'faux', 'opt out', 'optout']);
const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})$/;

/**
 * The cells of one row (by 0-based column) → its typed values and the cells that could not be
 * read. Amounts follow the reader's one refund policy ({@link lineAmount}).
 *
 * @example readImportRow((i) => ['C1', '05/03/2024', '12,50'][i] ?? null, { customerRef: 0, date: 1, amount: 2 }, formats)
 */
export function readImportRow(
  cell: (column: number) => Cell,
  mapping: FieldMapping,
  formats: ImportRowFormats,
): { row: ImportRow; problems: FieldProblem[] } {
  return importRowReader(mapping, formats)(cell);
}

/**
 * {@link readImportRow} for every row of one file: what depends on the mapping is worked out
 * once, and the dates of the file (a few hundred distinct texts over a million rows) are
 * parsed once each.
 *
 * @example const read = importRowReader(mapping, formats); const { row } = read(cell);
 */
export function importRowReader(
  mapping: FieldMapping,
  formats: ImportRowFormats,
): (cell: (column: number) => Cell) => { row: ImportRow; problems: FieldProblem[] } {
  const column = (field: ImportField) => mapping[field] ?? -1;
  const [customerRef, firstName, lastName, email, phone] = [
    column('customerRef'),
    column('firstName'),
    column('lastName'),
    column('email'),
    column('phone'),
  ];
  const [emailConsent, smsConsent, consentSource, tags, invoice, item] = [
    column('emailConsent'),
    column('smsConsent'),
    column('consentSource'),
    column('tags'),
    column('invoice'),
    column('item'),
  ];
  const [date, quantity, amount, unitPrice, birthday, consentDate] = [
    column('date'),
    column('quantity'),
    column('amount'),
    column('unitPrice'),
    column('birthday'),
    column('consentDate'),
  ];
  const balances = (Object.keys(mapping) as ImportField[]).flatMap((field) => {
    const program = openingBalanceProgram(field);
    return program === null ? [] : [{ field, program, column: mapping[field]! }];
  });
  const parseDate = memoDateParser(formats.dayOrder);
  const { decimalSeparator, cancellation } = formats;
  let cell: (column: number) => Cell = () => null;
  let problems: FieldProblem[] = [];
  const raw = (index: number): Cell => {
    if (index < 0) return null;
    const value = cell(index);
    return typeof value === 'string' && isBlank(value) ? null : value;
  };
  const text = (index: number) => {
    const value = raw(index);
    return value === null
      ? null
      : value instanceof Date
        ? value.toISOString()
        : String(value).trim();
  };
  const number = (index: number, field: ImportField): ReadValue => {
    const value = raw(index);
    if (value === null) return undefined;
    const parsed = parseLocaleNumber(value, decimalSeparator);
    if (parsed === null) problems.push({ field, problem: 'unreadable-number' });
    return parsed;
  };
  const consent = (index: number, field: ImportField) => {
    const value = raw(index);
    if (value === null) return null;
    if (typeof value === 'boolean') return value;
    const word = String(value).trim().toLowerCase().replace(/[-_]/g, ' ');
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
    problems.push({ field, problem: 'unreadable-consent' });
    return null;
  };
  return (cellOf) => {
    cell = cellOf;
    problems = [];
    const dateCell = raw(date);
    const day = dateCell === null ? null : parseDate(dateCell);
    if (dateCell !== null && day === null)
      problems.push({ field: 'date', problem: 'unreadable-date' });
    const invoiceText = text(invoice);
    const quantityValue = number(quantity, 'quantity');
    const amountValue = amount < 0 ? undefined : number(amount, 'amount');
    const price = unitPrice < 0 ? undefined : number(unitPrice, 'unitPrice');
    const purchase = amountValue !== undefined || price !== undefined;
    const lineTotal = purchase
      ? lineAmount({
          amount: amountValue,
          price,
          quantity: quantityValue,
          cancelled: invoiceText !== null && cancellation?.test(invoiceText) === true,
        })
      : null;
    const openingBalances: Record<string, number> = {};
    for (const { field, program, column } of balances) {
      const balance = number(column, field);
      if (typeof balance !== 'number') continue;
      if (Number.isInteger(balance) && balance >= 0) openingBalances[program] = balance;
      else problems.push({ field, problem: 'not-a-whole-number' });
    }
    const birthdayCell = raw(birthday);
    const born = birthdayCell === null ? null : readBirthday(birthdayCell, formats.dayOrder);
    if (birthdayCell !== null && born === null) {
      problems.push({ field: 'birthday', problem: 'unreadable-date' });
    }
    const consentCell = raw(consentDate);
    const consentDay = consentCell === null ? null : parseDate(consentCell);
    if (consentCell !== null && consentDay === null) {
      problems.push({ field: 'consentDate', problem: 'unreadable-date' });
    }
    const tagText = text(tags);
    return {
      row: {
        customerRef: text(customerRef),
        firstName: text(firstName),
        lastName: text(lastName),
        email: text(email),
        phone: text(phone),
        birthday: born,
        emailConsent: consent(emailConsent, 'emailConsent'),
        smsConsent: consent(smsConsent, 'smsConsent'),
        consentDay,
        consentSource: text(consentSource),
        tags: tagText === null ? [] : splitTags(tagText),
        day,
        amountCents: lineTotal === null ? null : Math.round(lineTotal * 100),
        quantity: typeof quantityValue === 'number' ? quantityValue : null,
        unitPriceCents: typeof price === 'number' ? Math.round(price * 100) : null,
        invoice: invoiceText,
        item: text(item),
        openingBalances,
      },
      problems,
    };
  };
}

/** Same as `text.trim() === ''`, without trimming a cell that starts with a printable character. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127 ? false : text.trim() === '';
}

function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;|]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** A full date, or a day and month alone ("14/03", as loyalty files often keep birthdays). */
function readBirthday(cell: Cell, order: DayOrder): Birthday | null {
  const dayMonth = typeof cell === 'string' ? DAY_MONTH.exec(cell.trim()) : null;
  if (dayMonth) {
    const [first, second] = [Number(dayMonth[1]), Number(dayMonth[2])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    // 2000 is a leap year: 29/02 is a valid birthday.
    return epochDay(2000, month, day) === null ? null : { month, day, year: null };
  }
  const epoch = parseDateCell(cell, order);
  if (epoch === null) return null;
  const date = new Date(epoch * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
