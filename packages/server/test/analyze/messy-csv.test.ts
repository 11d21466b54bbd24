import { describe, expect, it } from 'vitest';
import {
  analyzeJson,
  customer,
  skippedByReason,
  windows1252,
  writeFixture,
} from './run-analyze.ts';

/**
 * One messy French export, written in every text flavour the command must understand. Lines:
 *  2–3  C1 buys twice on 05/03 (one purchase day, 20,00)
 *  4    exact duplicate of line 3                       → skipped
 *  5    C1, ISO date, "1 234,50 €"
 *  6    C1 refund −34,50 (YYYYMMDD): not a purchase day, taken off the 19/03 visit
 *  7    no customer                                     → counted apart
 *  8    31/02/2024                                      → skipped (invalid date)
 *  9    amount "abc"                                    → skipped (invalid amount)
 *  10   C2, DD-MM-YYYY with a time
 *  11   too few cells, 12 an extra non-empty cell       → skipped (broken)
 *  13   blank line (ignored, not counted)
 *  14   C3, 0,99
 */
function messyRows(q: (amount: string) => string): string[][] {
  return [
    ['N° Client', "Date d'achat", 'Montant TTC (€)'],
    ['C1', '05/03/2024', q('12,50')],
    ['C1', '05/03/2024', q('7,50')],
    ['C1', '05/03/2024', q('7,50')],
    ['C1', '2024-03-19', q('1 234,50 €')],
    ['C1', '20240402', q('-34,50')],
    ['', '06/03/2024', q('10,00')],
    ['C2', '31/02/2024', q('10,00')],
    ['C2', '06/03/2024', 'abc'],
    ['C2', '06-03-2024 14:30', '15'],
    ['C2', '07/03/2024'],
    ['C2', '08/03/2024', '5', 'extra'],
    [],
    ['C3', '10/03/2024', q('0,99')],
  ];
}

const asIs = (amount: string) => amount;
const quoted = (amount: string) => `"${amount}"`;
const join = (rows: string[][], delimiter: string, eol = '\n') =>
  rows.map((r) => r.join(delimiter)).join(eol) + eol;

const FLAVOURS: { name: string; file: string; bytes: () => string | Uint8Array }[] = [
  { name: 'UTF-8, semicolons', file: 'a.csv', bytes: () => join(messyRows(asIs), ';') },
  {
    name: 'UTF-8 with BOM, CRLF, semicolons',
    file: 'b.csv',
    bytes: () => `\uFEFF${join(messyRows(asIs), ';', '\r\n')}`,
  },
  {
    name: 'Windows-1252, commas',
    file: 'c.csv',
    bytes: () => windows1252(join(messyRows(quoted), ',')),
  },
  { name: 'UTF-8, tabs', file: 'd.tsv', bytes: () => join(messyRows(asIs), '\t') },
];

describe.each(FLAVOURS)('a messy CSV export ($name)', ({ file, bytes }) => {
  it('skips what it cannot use, per reason with line numbers', async () => {
    const report = await analyzeJson([writeFixture(file, bytes())]);
    expect(report.summary.rows.read).toBe(12);
    expect(report.summary.rows.used).toBe(6);
    expect(skippedByReason(report)).toEqual({
      duplicate: [1, [4]],
      'invalid-date': [1, [8]],
      'invalid-amount': [1, [9]],
      'broken-row': [2, [11, 12]],
    });
    expect(report.summary.rows.refunds).toEqual({ rows: 1, amount: 34.5 });
    expect(report.summary.rows.withoutCustomer).toEqual({ rows: 1, amount: 10 });
    expect(report.summary.file.columns).toEqual({
      customer: 'N° Client',
      date: "Date d'achat",
      amount: 'Montant TTC (€)',
    });
  });

  it('computes each customer’s figures as worked out by hand', async () => {
    const report = await analyzeJson([writeFixture(file, bytes()), '--unit', 'week']);
    expect(report.summary.period).toEqual({
      first: '2024-03-05',
      last: '2024-04-02',
      asOf: '2024-04-02',
      calibrationEnd: null,
    });
    // Visits 05/03 (20,00) and 19/03 (1 234,50 − 34,50 refunded on 02/04 = 1 200,00).
    expect(customer(report, 'C1')).toMatchObject({
      frequency: 1,
      recency: 2,
      T: 4,
      monetary: 1200,
      averageBasket: 610,
      revenue: 1220,
      firstPurchase: '2024-03-05',
      lastPurchase: '2024-03-19',
    });
    expect(customer(report, 'C2')).toMatchObject({ frequency: 0, revenue: 15, T: 27 / 7 });
    expect(customer(report, 'C3')).toMatchObject({ frequency: 0, revenue: 0.99 });
    expect(report.summary).toMatchObject({ customers: 3, purchaseDays: 4, revenue: 1235.99 });
  });
});

describe('line items priced as price × quantity', () => {
  const csv = [
    'Client,Date,Produit,Prix unitaire,Quantité',
    'A,2024-01-05,Café,2.50,2',
    'A,2024-01-05,Croissant,1.20,3',
    'A,2024-01-20,Café,2.50,1',
    'A,2024-01-21,Café,2.50,-1',
    'B,2024-01-06,Thé,3.00,',
  ].join('\n');

  it('multiplies, treats a negative quantity as a cancellation, and a missing one as 1', async () => {
    const report = await analyzeJson([writeFixture('items.csv', csv), '--unit', 'day']);
    expect(report.summary.file.columns.amount).toBe('Prix unitaire × Quantité');
    expect(report.summary.rows.refunds).toEqual({ rows: 1, amount: 2.5 });
    // A: 05/01 = 5,00 + 3,60; 20/01 = 2,50, cancelled the next day.
    expect(customer(report, 'A')).toMatchObject({
      frequency: 1,
      recency: 15,
      revenue: 8.6,
      monetary: 0,
      averageBasket: 4.3,
    });
    expect(customer(report, 'B')).toMatchObject({ frequency: 0, revenue: 3 });
  });
});

describe('exact duplicates', () => {
  const csv = 'client;date;montant\nA;01/02/2024;10\nA;01/02/2024;10\nA;02/02/2024;5\n';

  it('are dropped by default and kept with --keep-duplicates', async () => {
    const path = writeFixture('dups.csv', csv);
    const dropped = await analyzeJson([path]);
    expect(customer(dropped, 'A').revenue).toBe(15);
    expect(skippedByReason(dropped)).toEqual({ duplicate: [1, [3]] });
    const kept = await analyzeJson([path, '--keep-duplicates']);
    expect(customer(kept, 'A').revenue).toBe(25);
    expect(kept.summary.rows.skipped).toEqual([]);
  });
});

describe('--as-of', () => {
  it('leaves out and counts the rows after the analysis date', async () => {
    const csv = 'client;date;montant\nA;01/02/2024;10\nA;15/02/2024;5\nB;01/03/2024;7\n';
    const report = await analyzeJson([writeFixture('asof.csv', csv), '--as-of', '2024-02-20']);
    expect(skippedByReason(report)).toEqual({ 'after-as-of': [1, [4]] });
    expect(report.summary.period.asOf).toBe('2024-02-20');
    expect(customer(report, 'A')).toMatchObject({ frequency: 1, T: 19 / 7 });
  });
});
