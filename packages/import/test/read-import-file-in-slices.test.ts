import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFileReader, readImportFile } from '../src/fields/read-import-file.ts';
import { readTable } from '../src/read-table.ts';
import { csv } from './read-file.ts';

/**
 * A till export with title lines, receipts of several lines (one of them continued further down
 * the file), single sales without a receipt, a credit note, a blank line, rows with problems
 * and a customer whose email only comes on a later row.
 */
const LINES = [
  'Export caisse',
  '',
  'N° client;E-mail;N° ticket;Date;Article;Montant',
  'C1;;T1;05/03/2024;Baguette;1,20',
  'C2;;;05/03/2024;;4,50',
  'C1;;T1;05/03/2024;Croissant;2,20',
  'C3;;;06/03/2024;;12,00',
  '',
  'C2;;;06/03/2024;;4,50',
  'C2;;;06/03/2024;;4,50',
  'C4;;;pas une date;;3,00',
  'C3;c3@example.fr;T2;07/03/2024;Tarte;18,00',
  'C1;;T1;08/03/2024;Pain;2,50',
  'C3;;AV2;09/03/2024;Tarte;-18,00',
  'C5;;;09/03/2024;;-1,00',
  'C2;;;10/03/2024;;7,00',
];

async function xlsx(lines: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Ventes');
  for (const line of lines) sheet.addRow(line === '' ? [] : line.split(';'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each([
  ['CSV', async () => csv(...LINES)],
  ['XLSX', () => xlsx(LINES)],
])('an import file read a slice at a time (%s)', (_, bytes) => {
  const options = { maps: [], headerLine: null };

  it.each([1, 2, 3, 5, 100])(
    'gives what reading it whole gives, in slices of %i rows',
    async (rows) => {
      const whole = readImportFile(await readTable(await bytes()), options);
      const reader = importFileReader(await readTable(await bytes()), options);
      const handedOut = [];
      for (let slice = reader.readSome(rows); slice !== null; slice = reader.readSome(rows)) {
        handedOut.push(...slice);
      }
      const file = reader.finish();
      expect(file).toEqual(whole);
      expect(whole.rowsRead).toBe(12);
      expect(whole.rowProblems).toEqual([
        expect.objectContaining({ problem: 'unreadable-date', field: 'date' }),
      ]);
      // Every purchase without a receipt number, once, in the order of the file, as the same
      // objects as in the whole file's list; receipts only at the end (T1 gets a line late).
      expect(handedOut.map((p) => p.amountCents)).toEqual([450, 1200, 450, 450, -100, 700]);
      expect(handedOut.every((p) => p.invoice === null && file.purchases.includes(p))).toBe(true);
      expect(file.purchases.find((p) => p.invoice === 'T1')?.amountCents).toBe(590);
    },
  );

  it('hands out nothing past the header when the columns cannot be mapped', async () => {
    const reader = importFileReader(await readTable(await bytes()), {
      maps: [{ column: 'Colonne absente', field: 'amount' }],
      headerLine: null,
    });
    expect(reader.head.mappingProblems).not.toEqual([]);
    expect(reader.readSome(2)).toEqual([]);
    expect(reader.readSome(2)).toBeNull();
    expect(reader.finish()).toEqual(
      readImportFile(await readTable(await bytes()), {
        maps: [{ column: 'Colonne absente', field: 'amount' }],
        headerLine: null,
      }),
    );
  });
});
