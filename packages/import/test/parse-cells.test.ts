import { describe, expect, it } from 'vitest';
import { chooseColumns } from '../src/choose-columns.ts';
import { inferDayOrder, inferDecimalSeparator } from '../src/infer-formats.ts';
import { formatDay, parseDateCell } from '../src/parse-date.ts';
import { parseLocaleNumber } from '../src/parse-number.ts';

describe('parseLocaleNumber', () => {
  it.each([
    ['12,50', ',', 12.5],
    ['1 234,50 €', ',', 1234.5],
    ['1\u202f234,50\u00a0€', ',', 1234.5],
    ['1.234,50', ',', 1234.5],
    ['1,234.50', ',', 1234.5],
    ['-12,5', ',', -12.5],
    ['(12.50)', ',', -12.5],
    ['12,50-', ',', -12.5],
    ['12.50 EUR', ',', 12.5],
    ['1,234', ',', 1.234],
    ['1,234', '.', 1234],
    ['1.234.567', ',', 1234567],
    ['0', ',', 0],
  ] as const)('%j (ambiguous %j) → %d', (text, ambiguous, expected) => {
    expect(parseLocaleNumber(text, ambiguous)).toBe(expected);
  });

  it.each(['', 'abc', '-', '12.34.56', '1,2,3', '12 kg'])('%j → null', (text) => {
    expect(parseLocaleNumber(text, ',')).toBeNull();
  });
});

describe('parseDateCell', () => {
  it.each([
    ['05/03/2024', 'dmy', '2024-03-05'],
    ['05/03/2024', 'mdy', '2024-05-03'],
    ['05/03/24', 'dmy', '2024-03-05'],
    ['05-03-2024 14:30', 'dmy', '2024-03-05'],
    ['05.03.2024', 'dmy', '2024-03-05'],
    ['2024-03-05', 'dmy', '2024-03-05'],
    ['2024-03-05T23:30:00+01:00', 'dmy', '2024-03-05'],
    ['20240305', 'dmy', '2024-03-05'],
    ['45356', 'dmy', '2024-03-05'],
    [45356, 'dmy', '2024-03-05'],
    [19970101, 'dmy', '1997-01-01'],
    [new Date(Date.UTC(2024, 2, 5, 14)), 'dmy', '2024-03-05'],
  ] as const)('%j (%s) → %s', (cell, order, expected) => {
    const day = parseDateCell(cell, order);
    expect(day === null ? null : formatDay(day)).toBe(expected);
  });

  it.each(['31/02/2024', '29/02/2023', 'hier', '2024-13-01', '05/03/2024 lundi'])(
    '%j → null',
    (text) => {
      expect(parseDateCell(text, 'dmy')).toBeNull();
    },
  );
});

describe('format inference', () => {
  it('reads dates day first unless the sample proves month first', () => {
    expect(inferDayOrder(['03/04/2024', '05/06/2024'])).toBe('dmy');
    expect(inferDayOrder(['03/15/2024', '04/01/2024'])).toBe('mdy');
  });

  it('takes the decimal separator from unambiguous values, comma by default', () => {
    expect(inferDecimalSeparator(['1,234', '12'])).toBe(',');
    expect(inferDecimalSeparator(['1,234', '12.50'])).toBe('.');
  });
});

describe('chooseColumns', () => {
  it.each([
    [
      ['N° client', 'Date d’achat', 'Montant TTC'],
      [0, 1, 2],
    ],
    [
      ['Produit', 'Numéro Client', 'DATE', 'Total'],
      [1, 2, 3],
    ],
    [
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      [0, 1, 3],
    ],
    [
      ['Customer ID', 'Order date', 'Amount (USD)'],
      [0, 1, 2],
    ],
    [
      ['Nom client', 'Code client', 'Date', 'Montant HT', 'Montant TTC'],
      [1, 2, 4],
    ],
  ])('%j', (headers, [customer, date, amount]) => {
    expect(chooseColumns(headers, {})).toMatchObject({ hasHeader: true, customer, date, amount });
  });

  it('takes price × quantity when there is no amount', () => {
    expect(chooseColumns(['Client', 'Date', 'Prix unitaire', 'Qté'], {})).toMatchObject({
      amount: null,
      price: 2,
      quantity: 3,
    });
  });

  it('treats a first row holding a date as data, with numbered columns', () => {
    const choice = chooseColumns(['00004', '0001', '19970101', '2', '29.33'], {
      customer: '2',
      date: '3',
      amount: '5',
    });
    expect(choice).toMatchObject({ hasHeader: false, customer: 1, date: 2, amount: 4 });
  });
});
