import { type ColumnRole, headerRank, KNOWN_HEADERS, normalizeHeader } from './header-names.ts';
import { ReadError } from './read-error.ts';
import type { Cell } from './table.ts';

/** Title lines above a header: exports rarely have more than a handful. */
const ROWS_SEARCHED = 20;
/** A header names at least two of the columns looked for (customer, date, amount…). */
const MIN_KNOWN_HEADERS = 2;
const ROLES = Object.keys(KNOWN_HEADERS) as ColumnRole[];

/**
 * Which of the first rows is the header: the one naming the most known columns (the first of
 * equals), so that an Excel export with a title and a date range above its header is read from
 * the right row. Row 0 when no row names two known columns (a file without a header). With
 * `headerLine` (the owner's `--header-row`, as a line or row number of the file) that row is
 * taken.
 *
 * @example findHeaderRow([['Ventes 2024'], ['Client', 'Date', 'Montant']], [1, 2], null) // 1
 */
export function findHeaderRow(
  rows: readonly (readonly Cell[])[],
  lines: readonly number[],
  headerLine: number | null,
): number {
  if (headerLine !== null) {
    const index = lines.indexOf(headerLine);
    if (index < 0) throw new ReadError('header-row-not-in-file', { row: headerLine });
    return index;
  }
  let best = 0;
  let bestScore = MIN_KNOWN_HEADERS - 1;
  rows.slice(0, ROWS_SEARCHED).forEach((row, index) => {
    const score = row.filter((cell) => typeof cell === 'string' && isKnownHeader(cell)).length;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

function isKnownHeader(text: string): boolean {
  const normalized = normalizeHeader(text);
  return normalized !== '' && ROLES.some((role) => headerRank(normalized, role) < Infinity);
}
