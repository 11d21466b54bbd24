import type { Cell } from './table.ts';

/** Which of `,` and `.` is the decimal separator when a value alone cannot tell ("1,234"). */
export type DecimalSeparator = ',' | '.';

const PLAIN = /^-?\d+(?:[.,]\d+)?$/;
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
  if (PLAIN.test(cell)) return fromDigits(cell, ambiguous);
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
