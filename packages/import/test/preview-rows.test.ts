import { describe, expect, it } from 'vitest';
import { previewRows } from '../src/fields/preview-rows.ts';
import { readImportFile } from '../src/fields/read-import-file.ts';
import { readTable } from '../src/read-table.ts';
import { csv } from './read-file.ts';

const SALES = csv(
  'Ventes de mars',
  'N° client;Nom client;Date;Qté;Prix unitaire;Remarque',
  'C1;Martin;05/03/2024;2;1,20;fidèle',
  'C2;Durand;32/03/2024;1;8,00;',
  'C3;Petit;07/03/2024;3;0,90;',
);

describe('previewRows', () => {
  it('types the first rows below the header as the import stores them, with their problems', async () => {
    const table = await readTable(SALES);
    const file = readImportFile(table, { maps: [], headerLine: null });
    const rows = previewRows(table, file, 2);
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
    expect(rows[0]).toMatchObject({
      cells: ['C1', 'Martin', '05/03/2024', '2', '1,20', 'fidèle'],
      row: {
        customerRef: 'C1',
        lastName: 'Martin',
        quantity: 2,
        unitPriceCents: 120,
        amountCents: 240,
      },
      problems: [],
    });
    expect(rows[1]!.problems).toEqual([{ field: 'date', problem: 'unreadable-date' }]);
  });
});

describe('readImportFile with columns left out', () => {
  it('never guesses a column the owner left out', async () => {
    const table = await readTable(SALES);
    const guessed = readImportFile(table, { maps: [], headerLine: null });
    expect(guessed.mapping.lastName).toBe(1);
    const left = readImportFile(table, { maps: [], headerLine: null, ignoredColumns: [1] });
    expect(left.mapping.lastName).toBeUndefined();
    expect(left.customers.map((c) => c.lastName)).toEqual([null, null]);
  });
});
