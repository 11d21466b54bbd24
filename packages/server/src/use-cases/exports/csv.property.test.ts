import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportColumn, ExportLocale } from './columns.ts';
import { csvHeader, csvLine, formatCell } from './csv.ts';

/** A minimal RFC 4180 reader, written apart from the writer so that it can disagree with it. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const DELIMITER = { fr: ';', en: ',' } as const;
const columns: ExportColumn[] = [
  { key: 'note', label: { fr: 'Note', en: 'Note' }, kind: 'text' },
  { key: 'amount', label: { fr: 'Montant', en: 'Amount' }, kind: 'cents' },
  { key: 'points', label: { fr: 'Points', en: 'Points' }, kind: 'integer' },
];
const locale = fc.constantFrom<ExportLocale>('fr', 'en');
const hostileText = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ';', ','), fc.string())
    .map(([a, b]) => a + b),
  fc.constant('=HYPERLINK("http://evil.example","clic")'),
);
const cents = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });

describe('CSV export cells', () => {
  it('never lets a text cell start like a formula, and reads back to the same fields', () => {
    fc.assert(
      fc.property(locale, hostileText, cents, fc.integer(), (loc, note, amount, points) => {
        const line = csvLine(columns, { note, amount, points }, loc, 'Europe/Paris');
        const [fields] = readCsv(line, DELIMITER[loc]);
        expect(fields).toHaveLength(3);
        expect(fields![0]).not.toMatch(/^[=+\-@\t\r]/);
        // Only the apostrophe was added: the text itself is intact.
        expect(fields![0]!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(note);
      }),
    );
  });

  it('keeps numbers, negative ones included, as numbers in the locale', () => {
    fc.assert(
      fc.property(locale, cents, fc.integer(), (loc, amount, points) => {
        const [fields] = readCsv(
          csvLine(columns, { note: '', amount, points }, loc, 'UTC'),
          DELIMITER[loc],
        );
        const decimal = loc === 'fr' ? ',' : '.';
        expect(fields![1]).toMatch(new RegExp(`^-?\\d+\\${decimal}\\d{2}$`));
        expect(Math.round(Number(fields![1]!.replace(decimal, '.')) * 100)).toBe(amount);
        expect(Number(fields![2])).toBe(points);
      }),
    );
  });

  it('writes the French Excel dialect by default and the English one on request', () => {
    const at = new Date('2026-03-01T23:30:00Z'); // already 2 March in Paris
    expect(formatCell(at, 'date', 'fr', 'Europe/Paris')).toBe('02/03/2026');
    expect(formatCell(at, 'date', 'en', 'Europe/Paris')).toBe('2026-03-02');
    expect(formatCell(at, 'datetime', 'fr', 'Europe/Paris')).toBe('02/03/2026 00:30');
    expect(formatCell(-5, 'cents', 'fr', 'UTC')).toBe('-0,05');
    expect(formatCell(123456, 'cents', 'en', 'UTC')).toBe('1234.56');
    expect(csvHeader(columns, 'fr')).toBe('Note;Montant;Points\r\n');
    expect(csvHeader(columns, 'en')).toBe('Note,Amount,Points\r\n');
    expect(formatCell(null, 'text', 'fr', 'UTC')).toBe('');
  });
});
