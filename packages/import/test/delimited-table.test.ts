import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimitedTable } from '../src/delimited-table.ts';
import { type Delimiter, sniffDelimiter } from '../src/sniff-delimiter.ts';

function rowsOf(text: string, delimiter: Delimiter): { line: number; cells: unknown[] }[] {
  const rows: { line: number; cells: unknown[] }[] = [];
  delimitedTable(text, delimiter, { kind: 'delimited' }).forEachRow((row) => {
    rows.push({ line: row.line, cells: Array.from({ length: row.size }, (_, i) => row.cell(i)) });
  });
  return rows;
}

/** RFC 4180 writing: quote a cell when it holds the delimiter, a quote or a line break. */
const writeCell = (cell: string, delimiter: string) =>
  /[";,\t\r\n|]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('the delimited-text reader', () => {
  it('reads what an RFC 4180 writer wrote, as csv-parse does', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '1', '€') });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (cells, delimiter, eol) => {
          // Rows of empty cells are skipped by design; keep at least one non-empty cell per row.
          const rows = cells.map((r) => (r.every((c) => c === '') ? ['x', ...r.slice(1)] : r));
          const text = rows
            .map((r) => r.map((c) => writeCell(c, delimiter)).join(delimiter))
            .join(eol);
          const expected = parse(text, { delimiter, relax_column_count: true }) as string[][];
          expect(rowsOf(text, delimiter as Delimiter).map((r) => r.cells)).toEqual(expected);
        },
      ),
    );
  });

  it('numbers rows by their first physical line, line breaks inside quotes included', () => {
    const rows = rowsOf('a;b\n"x\ny";1\n\n;;\nz;2\n', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', '1'] },
      { line: 6, cells: ['z', '2'] },
    ]);
  });

  it('splits CDNOW-style lines on runs of spaces, leading and trailing ones ignored', () => {
    const rows = rowsOf(
      ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73  \r\n',
      'whitespace',
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
    ]);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['client;date;montant\nA;01/02/2024;12,50\nB;02/02/2024;3,10\n', ';'],
    ['client,date,montant\nA,01/02/2024,"12,50"\nB,02/02/2024,"3,10"\n', ','],
    ['client\tdate\tmontant\nA\t01/02/2024\t12,50\n', '\t'],
    ['client|date|montant\nA|01/02/2024|12.50\n', '|'],
    [' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n', 'whitespace'],
    // A broken line does not outvote the header.
    ['a;b;c\n1;2;3\n1;2\n1;2;3;4\n1;2;3\n', ';'],
  ])('%j → %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});
