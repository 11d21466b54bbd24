import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyzeJson, customer, skippedByReason, writeFixture } from './run-analyze.ts';

/** An XLSX workbook written with exceljs: the first sheet is empty, as in many real exports. */
async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes');
  const sheet = book.addWorksheet('Ventes');
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe('an XLSX export', () => {
  it('reads date cells, Excel serial numbers, text dates, formulas and rich text', async () => {
    const bytes = await workbook([
      ['Code client', 'Date de vente', 'Total TTC'],
      ['A', utc(2024, 3, 5, 14), 12.5], // 2: date cell with a time
      [1001, 45363, 20], // 3: numeric id, serial 45363 = 2024-03-12
      ['A', '19/03/2024', { formula: 'B1*0+30', result: 30 }], // 4: text date, formula
      ['A', utc(2024, 3, 19), 30], // 5: same day as 4 (other cell types, not a duplicate)
      ['A', utc(2024, 3, 19), 30], // 6: exact duplicate of 5
      [null, utc(2024, 3, 20), 5], // 7: no customer
      [{ richText: [{ text: 'B' }] }, 'hier', 5], // 8: unreadable date
      ['B', utc(2024, 3, 21), '#N/A'], // 9: unreadable amount
      ['B', utc(2024, 3, 22), -3], // 10: refund before any purchase: revenue only
      ['B', utc(2024, 3, 26), '8,40'], // 11: text amount with a decimal comma
    ]);
    const report = await analyzeJson([writeFixture('ventes.xlsx', bytes), '--unit', 'day']);
    expect(report.summary.file.format).toEqual({ kind: 'xlsx', sheet: 'Ventes' });
    expect(report.summary.rows).toMatchObject({ read: 10, used: 6 });
    expect(skippedByReason(report)).toEqual({
      duplicate: [1, [6]],
      'invalid-date': [1, [8]],
      'invalid-amount': [1, [9]],
    });
    expect(report.summary.rows.withoutCustomer).toEqual({ rows: 1, amount: 5 });
    expect(customer(report, 'A')).toMatchObject({
      frequency: 1,
      recency: 14,
      revenue: 72.5,
      monetary: 60,
      firstPurchase: '2024-03-05',
    });
    expect(customer(report, '1001')).toMatchObject({ firstPurchase: '2024-03-12', revenue: 20 });
    expect(customer(report, 'B')).toMatchObject({ frequency: 0, revenue: 5.4, averageBasket: 8.4 });
  });
});
