import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Test-only reader of the CDNOW files (Fader, Hardie & Lee 2005; copies from the lifetimes
 * repository, see shared/data/README.md). The shared data sit beside the repository checkout.
 */
export const CDNOW_DIR = fileURLToPath(
  new URL('../../../../../shared/data/cdnow/', import.meta.url),
);

/** Calibration ends 1997-09-30 inclusive (39 weeks after 1997-01-01). */
const CALIBRATION_END_DAY = dayNumber('19970930');

function dayNumber(yyyymmdd: string): number {
  const utc = Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8));
  return utc / 86_400_000;
}

export interface CdnowCustomers {
  ids: string[];
  frequency: number[];
  recency: number[];
  T: number[];
  /** Mean dollar value of the repeat purchase days in calibration (0 when none). */
  repeatSpend: number[];
  /** Distinct purchase days after calibration end (holdout, 39 weeks to 1998-06-30). */
  holdoutPurchases: number[];
}

/**
 * Parses raw transactions into per-customer statistics in weeks (days / 7). Purchases are
 * counted as distinct days; several rows on one day add their dollar values.
 */
export function readCdnowTransactions(
  file: string,
  idColumn: number,
  hasHeader: boolean,
): CdnowCustomers {
  const lines = readFileSync(`${CDNOW_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const days = new Map<string, Map<number, number>>();
  for (const line of lines.slice(hasHeader ? 1 : 0)) {
    const fields = line.trim().split(/\s+/);
    const id = fields[idColumn]!;
    const day = dayNumber(fields[idColumn + 1]!);
    const value = Number(fields[idColumn + 3]);
    const perDay = days.get(id) ?? new Map<number, number>();
    perDay.set(day, (perDay.get(day) ?? 0) + value);
    days.set(id, perDay);
  }
  const out: CdnowCustomers = {
    ids: [],
    frequency: [],
    recency: [],
    T: [],
    repeatSpend: [],
    holdoutPurchases: [],
  };
  for (const [id, perDay] of days) {
    const sorted = [...perDay.keys()].sort((p, q) => p - q);
    const calibration = sorted.filter((d) => d <= CALIBRATION_END_DAY);
    const first = calibration[0]!;
    const repeats = calibration.slice(1);
    out.ids.push(id);
    out.frequency.push(repeats.length);
    out.recency.push(((calibration.at(-1) ?? first) - first) / 7);
    out.T.push((CALIBRATION_END_DAY - first) / 7);
    const spend = repeats.reduce((sum, d) => sum + perDay.get(d)!, 0);
    out.repeatSpend.push(repeats.length ? spend / repeats.length : 0);
    out.holdoutPurchases.push(sorted.length - calibration.length);
  }
  return out;
}

/** The sample's 2,357 customers from raw transactions, in sample-id order. */
export const readCdnowSample = () => readCdnowTransactions('CDNOW_sample.txt', 1, false);

/** The full cohort's 23,570 customers from raw transactions. */
export const readCdnowMaster = () => readCdnowTransactions('CDNOW_master.txt', 0, true);

/** A CSV with a header row, as columns of numbers keyed by header name. */
export function readCdnowCsv(file: string): Record<string, number[]> {
  const [header, ...rows] = readFileSync(`${CDNOW_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const names = header!.split(',');
  const columns: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const row of rows) {
    row.split(',').forEach((v, i) => {
      columns[names[i]!]!.push(Number(v));
    });
  }
  return columns;
}
