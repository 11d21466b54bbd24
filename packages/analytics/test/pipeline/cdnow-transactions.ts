import { readFileSync } from 'node:fs';
import type { Transactions } from '../../src/summary/transactions.ts';
import { CDNOW_DIR } from '../models/cdnow.ts';

/** 1997-09-30, the end of the published 39-week calibration period, in days since 1970-01-01. */
export const CDNOW_CALIBRATION_END = Date.UTC(1997, 8, 30) / 86_400_000;
/** 1998-06-30, the end of the 39-week holdout. */
export const CDNOW_END = Date.UTC(1998, 5, 30) / 86_400_000;

/** CDNOW_sample.txt as transactions (every line kept, as the publications do), and the ids. */
export function cdnowSampleTransactions(): { transactions: Transactions; ids: string[] } {
  const lines = readFileSync(`${CDNOW_DIR}CDNOW_sample.txt`, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const index = new Map<string, number>();
  const customer = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amountCents = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const [, id, date, , dollars] = line.trim().split(/\s+/);
    if (!index.has(id!)) index.set(id!, index.size);
    customer[i] = index.get(id!)!;
    day[i] = Date.UTC(+date!.slice(0, 4), +date!.slice(4, 6) - 1, +date!.slice(6, 8)) / 86_400_000;
    amountCents[i] = Math.round(Number(dollars) * 100);
  });
  return {
    transactions: { customer, day, amountCents, customerCount: index.size },
    ids: [...index.keys()],
  };
}
