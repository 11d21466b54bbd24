import type { DayOrder } from './parse-date.ts';
import type { Cell } from './table.ts';

/**
 * How a file writes its dates, for the owner to check: year first (`2024-03-05`, `20240305`),
 * day first (`05/03/2024`), month first (`03/05/2024`) or the spreadsheet's own dates.
 */
export type DateStyle = 'year-first' | DayOrder | 'spreadsheet';

const YEAR_FIRST = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\d{4})(?=$|[T\s])/;
const DAY_MONTH = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;

/**
 * The style most of the sample's dates are written in; `dayOrder` decides between day and
 * month first, as the reader does. Day/month order only matters when the dates are written so.
 *
 * @example inferDateStyle(['2024-03-05', '2024-03-06'], 'dmy') // 'year-first'
 */
export function inferDateStyle(sample: readonly Cell[], dayOrder: DayOrder): DateStyle {
  let yearFirst = 0;
  let dayMonth = 0;
  let spreadsheet = 0;
  for (const cell of sample) {
    if (cell instanceof Date || typeof cell === 'number') spreadsheet++;
    else if (typeof cell !== 'string') continue;
    else if (YEAR_FIRST.test(cell.trim())) yearFirst++;
    else if (DAY_MONTH.test(cell.trim())) dayMonth++;
    else if (/^\d{5}(?:[.,]\d+)?$/.test(cell.trim())) spreadsheet++;
  }
  if (dayMonth >= yearFirst && dayMonth >= spreadsheet && dayMonth > 0) return dayOrder;
  return yearFirst >= spreadsheet && yearFirst > 0
    ? 'year-first'
    : spreadsheet > 0
      ? 'spreadsheet'
      : dayOrder;
}
