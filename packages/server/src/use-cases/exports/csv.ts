import { wallTime } from '../../jobs/zoned-time.ts';
import type { Cell, ExportColumn, ExportLocale } from './columns.ts';

/** UTF-8 byte order mark: without it, Excel reads a UTF-8 CSV as Windows-1252 ("Ã©"). */
export const BOM = '\uFEFF';

/** French Excel reads `;` and decimal commas; an English one reads `,` and points. */
const DIALECT = {
  fr: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
} as const satisfies Record<ExportLocale, { delimiter: string; decimal: string }>;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
 * a text cell starting with one of them is prefixed with an apostrophe, which spreadsheets
 * show as text. Numbers are written by `number` cells, never as text, so they stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made harmless for a spreadsheet.
 * @example neutraliseText('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * One cell as CSV text in the locale's dialect (before quoting).
 * @example formatCell(-1250, 'cents', 'fr', 'Europe/Paris') // '-12,50'
 */
export function formatCell(
  value: Cell,
  kind: ExportColumn['kind'],
  locale: ExportLocale,
  timeZone: string,
): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'text':
      return neutraliseText(String(value));
    case 'integer':
      return String(Math.trunc(Number(value)));
    case 'cents': {
      const cents = Math.trunc(Number(value));
      const abs = Math.abs(cents);
      const text = `${Math.floor(abs / 100)}${DIALECT[locale].decimal}${pad(abs % 100)}`;
      return cents < 0 ? `-${text}` : text;
    }
    case 'date':
    case 'datetime': {
      const w = wallTime(value instanceof Date ? value : new Date(value), timeZone);
      const date =
        locale === 'fr'
          ? `${pad(w.day)}/${pad(w.month)}/${w.year}`
          : `${w.year}-${pad(w.month)}-${pad(w.day)}`;
      return kind === 'date' ? date : `${date} ${pad(w.hour)}:${pad(w.minute)}`;
    }
  }
}

/** Quotes a field when it holds the delimiter, a quote or a line break (RFC 4180). */
export function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field)
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

/** The header line, in the file's language. */
export function csvHeader(columns: readonly ExportColumn[], locale: ExportLocale): string {
  const { delimiter } = DIALECT[locale];
  return `${columns.map((c) => quote(neutraliseText(c.label[locale]), delimiter)).join(delimiter)}\r\n`;
}

/**
 * One row as a CSV line (CRLF-terminated, as Excel writes them).
 * @example csvLine([{ key: 'n', label: { fr: 'N', en: 'N' }, kind: 'integer' }], { n: -3 }, 'fr', 'UTC') // '-3\r\n'
 */
export function csvLine(
  columns: readonly ExportColumn[],
  row: Record<string, Cell>,
  locale: ExportLocale,
  timeZone: string,
): string {
  const { delimiter } = DIALECT[locale];
  const fields = columns.map((c) =>
    quote(formatCell(row[c.key], c.kind, locale, timeZone), delimiter),
  );
  return `${fields.join(delimiter)}\r\n`;
}
