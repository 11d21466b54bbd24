import type { Cell } from './table.ts';

/** Which of `,` and `.` is the decimal separator when a value alone cannot tell ("1,234"). */
export type DecimalSeparator = ',' | '.';

/** Currency signs and words, thousands spaces (also no-break and narrow no-break), apostrophes. */
const NOISE = /[\s\u00a0\u202f'’€$£]|\b(?:eur|euros?|usd|chf|gbp|ttc|ht)\b/gi;

/**
 * A number as written in a French or English spreadsheet → a JS number, or null.
 * "1 234,50 €" → 1234.5, "1,234.50" → 1234.5, "-12,5" → -12.5, "(12.50)" and "12,50-" → -12.5.
 * A lone separator followed by exactly three digits is ambiguous and read with `ambiguous`.
 *
 * @example parseLocaleNumber('1 234,50 €', ',') // 1234.5
 */
export function parseLocaleNumber(cell: Cell, ambiguous: DecimalSeparator): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const plain = parsePlain(cell, ambiguous);
  if (plain !== undefined) return plain;
  let text = cell.replace(NOISE, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  const sign = /^[-−+]|[-−]$/.exec(text);
  if (sign) {
    negative = negative || sign[0] !== '+';
    text = sign.index === 0 ? text.slice(1) : text.slice(0, -1);
  }
  if (!/^\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return null;
  const value = fromDigits(text, ambiguous);
  return value === null ? null : negative ? -value : value;
}

/** Digits with `,` and `.` only (and an optional leading minus). */
function fromDigits(text: string, ambiguous: DecimalSeparator): number | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimal: DecimalSeparator | null;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma < 0 && lastDot < 0) decimal = null;
  else {
    const sep = lastComma >= 0 ? ',' : '.';
    const last = Math.max(lastComma, lastDot);
    const repeated = text.indexOf(sep) !== last;
    const threeDigitsAfter = text.length - last - 1 === 3;
    decimal = repeated ? null : threeDigitsAfter ? (ambiguous === sep ? sep : null) : sep;
  }
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : lastComma >= 0 ? ',' : '.';
  const [whole = '', fraction, extra] = text.split(decimal ?? '\u0000');
  if (extra !== undefined) return null;
  // Thousands separators must group digits by three: "12.50" is not twelve hundred fifty.
  if (whole.includes(thousands) && !/^-?\d{1,3}(?:[.,]\d{3})*$/.test(whole)) return null;
  const value = Number(`${whole.replaceAll(thousands, '')}.${fraction ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * The common case, "-1234,56" (at most one separator, no sign at the end), without regular
 * expressions or allocations: this runs once per row. `undefined` = not that simple.
 */
function parsePlain(text: string, ambiguous: DecimalSeparator): number | null | undefined {
  return parsePlainRange(text, 0, text.length, ambiguous);
}

/**
 * {@link parseLocaleNumber}'s common case on `text[start, end)`, straight from the character
 * codes of a file: a number, or `undefined` when the cell needs the general parser.
 *
 * @example parsePlainRange('C1;12,50;x', 3, 8, ',') // 12.5
 */
export function parsePlainRange(
  text: string,
  start: number,
  end: number,
  ambiguous: DecimalSeparator,
): number | undefined {
  const length = end;
  const negative = text.charCodeAt(start) === MINUS;
  let i = negative ? start + 1 : start;
  let whole = 0;
  let wholeDigits = 0;
  let fraction = 0;
  let fractionDigits = 0;
  let separator = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      if (separator === 0) {
        whole = whole * 10 + (c - ZERO);
        wholeDigits++;
      } else {
        fraction = fraction * 10 + (c - ZERO);
        fractionDigits++;
      }
    } else if ((c === COMMA || c === DOT) && separator === 0 && wholeDigits > 0) separator = c;
    else return undefined;
  }
  if (wholeDigits === 0 || wholeDigits + fractionDigits > 15) return undefined;
  if (separator !== 0 && fractionDigits === 0) return undefined;
  const thousands = fractionDigits === 3 && separator !== ambiguous.charCodeAt(0);
  const value = thousands ? whole * 1000 + fraction : whole + fraction / 10 ** fractionDigits;
  return negative ? -value : value;
}

const MINUS = 45;
const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const DOT = 46;
