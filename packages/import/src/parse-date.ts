import type { Cell } from './table.ts';

/** How to read an ambiguous `03/04/2024`: day first (French, the default) or month first (US). */
export type DayOrder = 'dmy' | 'mdy';

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 (1900 date system; serials after Feb 1900 are exact). */
const EXCEL_EPOCH_SERIAL = 25_569;

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?=$|[T\s,])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|[T\s])/;
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;
const TIME_TAIL =
  /^(?:[T\s,]+\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * A date cell → days since 1970-01-01, or null when it is not a date. Accepts DD/MM/YYYY (or
 * MM/DD/YYYY with `order = 'mdy'`), DD-MM-YYYY, DD.MM.YYYY, two-digit years, YYYY-MM-DD,
 * YYYYMMDD, each optionally followed by a time (ignored: the written date is the shop's day),
 * Excel serial numbers and `Date` values from XLSX.
 *
 * @example parseDateCell('05/03/2024 14:30', 'dmy') // 19787 (2024-03-05)
 */
export function parseDateCell(cell: Cell, order: DayOrder): number | null {
  if (cell instanceof Date) {
    const time = cell.getTime();
    // exceljs builds dates in UTC, so the UTC day is the day written in the sheet.
    return Number.isNaN(time) ? null : Math.floor(time / MS_PER_DAY);
  }
  if (typeof cell === 'number') return parseNumericDate(cell);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  let match = YMD.exec(text) ?? COMPACT.exec(text);
  if (match) return withTimeTail(text, match, +match[1]!, +match[2]!, +match[3]!);
  match = DMY.exec(text);
  if (match) {
    const [first, second] = [+match[1]!, +match[2]!];
    const year = match[3]!.length === 2 ? expandYear(+match[3]!) : +match[3]!;
    return order === 'dmy'
      ? withTimeTail(text, match, year, second, first)
      : withTimeTail(text, match, year, first, second);
  }
  if (SERIAL.test(text)) return parseNumericDate(Number(text.replace(',', '.')));
  return null;
}

/**
 * {@link parseDateCell} for the cells of one file: most files repeat the same few hundred
 * dates, often in runs, so each text is parsed once.
 *
 * @example const parseDate = memoDateParser('dmy'); parseDate('05/03/2024') // 19787
 */
export function memoDateParser(order: DayOrder): (cell: Cell) => number | null {
  const days = new Map<string, number | null>();
  let lastText = '';
  let lastDay: number | null = null;
  return (cell) => {
    if (typeof cell !== 'string' || cell.length > 10) return parseDateCell(cell, order);
    if (cell === lastText) return lastDay;
    let day = days.get(cell);
    if (day === undefined) {
      day = parseDateCell(cell, order);
      days.set(cell, day);
    }
    lastText = cell;
    lastDay = day;
    return day;
  };
}

/** A number in a date column: YYYYMMDD (CDNOW) or an Excel serial date. */
function parseNumericDate(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value >= 19_000_101 && value <= 21_001_231 && Number.isInteger(value)) {
    return epochDay(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  }
  if (value >= 61 && value < 80_000) return Math.floor(value) - EXCEL_EPOCH_SERIAL;
  return null;
}

function withTimeTail(
  text: string,
  match: RegExpExecArray,
  year: number,
  month: number,
  day: number,
): number | null {
  return TIME_TAIL.test(text.slice(match[0].length)) ? epochDay(year, month, day) : null;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (the usual spreadsheet pivot). */
function expandYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** Days since 1970-01-01 of a calendar date, or null if the date does not exist. */
export function epochDay(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null; // 31/02, 29/02 outside leap years
  return time / MS_PER_DAY;
}

const formatted = new Map<number, string>();

/** Days since 1970-01-01 → `YYYY-MM-DD` (memoised: a report formats the same days many times). */
export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}
