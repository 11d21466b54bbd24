import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../src/read-error.ts';
import { collect, columnName, csv, revenueByCustomer } from './read-file.ts';

describe('the customer column', () => {
  it.each(['N° client', 'Code client', 'CustomerID', 'customer_id'])(
    'is the identifier %j rather than the name "Client"',
    async (idHeader) => {
      const file = csv(
        `Client;${idHeader};Date;Montant TTC`,
        'Dupont;C1;05/03/2024;10,00',
        'Dupont;C2;05/03/2024;20,00',
        ';C3;06/03/2024;5,00', // a customer without a name still counts
      );
      const collected = await collect(file);
      expect(columnName(collected, collected.columns.customer)).toBe(idHeader);
      expect(revenueByCustomer(collected)).toEqual({ C1: 1000, C2: 2000, C3: 500 });
    },
  );
});

describe('a header below title lines', () => {
  const titled = (header: string) =>
    csv(
      'Export des ventes',
      'Du 01/03/2024 au 31/03/2024',
      header,
      'C1;05/03/2024;12,50',
      'C2;06/03/2024;7,50',
    );

  it('is found in a text export', async () => {
    const collected = await collect(titled('N° client;Date;Montant TTC'));
    expect(collected.headerLine).toBe(3);
    expect(collected.rowsRead).toBe(2);
    expect(revenueByCustomer(collected)).toEqual({ C1: 1250, C2: 750 });
  });

  it('is found in an Excel workbook with two title rows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ventes');
    sheet.addRow(['Ventes du magasin de Lyon']);
    sheet.addRow(['Édité le 01/04/2024']);
    sheet.addRow(['Code client', 'Date de vente', 'Total TTC']);
    sheet.addRow(['C1', new Date(Date.UTC(2024, 2, 5)), 12.5]);
    sheet.addRow(['C2', new Date(Date.UTC(2024, 2, 6)), 7.5]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const collected = await collect(bytes);
    expect(collected.headerLine).toBe(3);
    expect(revenueByCustomer(collected)).toEqual({ C1: 1250, C2: 750 });
  });

  it('is taken from the line given, when its names are not known ones', async () => {
    const collected = await collect(titled('Carte;Le;Réglé'), {
      headerLine: 3,
      overrides: { customer: 'Carte', date: 'Le', amount: 'Réglé' },
    });
    expect(revenueByCustomer(collected)).toEqual({ C1: 1250, C2: 750 });
  });

  it('given on a line that does not exist, is a clear error', async () => {
    await expect(collect(titled('N° client;Date;Montant TTC'), { headerLine: 40 })).rejects.toThrow(
      new ReadError('header-row-not-in-file', { row: 40 }),
    );
  });
});

describe('the date column', () => {
  it('is the day of the sale, never a birthday, a sign-up or a consent date', async () => {
    const file = csv(
      'Code client;Date de naissance;Date inscription;Date consentement;Date de la vente;Montant TTC',
      'C1;14/03/1980;01/01/2020;01/01/2020;05/03/2024;12,00',
    );
    const collected = await collect(file);
    expect(columnName(collected, collected.columns.date)).toBe('Date de la vente');
  });
});

describe('the amount column', () => {
  it('is never a VAT column', async () => {
    const file = csv(
      'Code client;Date;Montant TVA;Net à payer',
      'C1;05/03/2024;2,00;12,00',
      'C2;05/03/2024;1,00;6,00',
    );
    const collected = await collect(file);
    expect(columnName(collected, collected.columns.amount)).toBe('Net à payer');
    expect(revenueByCustomer(collected)).toEqual({ C1: 1200, C2: 600 });
  });

  it('is missing rather than taken from VAT alone', async () => {
    const file = csv('Code client;Date;Montant TVA', 'C1;05/03/2024;2,00');
    await expect(collect(file)).rejects.toMatchObject({
      code: 'columns-not-found',
      params: { missing: ['amount'] },
    });
  });

  it('prefers TTC over HT and says which it used', async () => {
    const file = csv('Code client;Date;Total HT;TVA;TTC', 'C1;05/03/2024;10,00;2,00;12,00');
    const collected = await collect(file);
    expect(columnName(collected, collected.columns.amount)).toBe('TTC');
    expect(collected.columns.taxBasis).toBe('ttc');
    expect(revenueByCustomer(collected)).toEqual({ C1: 1200 });
  });

  it('says when only a before-tax amount exists', async () => {
    const collected = await collect(csv('Code client;Date;Montant HT', 'C1;05/03/2024;10,00'));
    expect(collected.columns.taxBasis).toBe('ht');
    expect(collected.columns.notices).toEqual(['before-tax-amount']);
  });
});

/** The first lines of the UCI Online Retail export, as its columns are written. */
const ONLINE_RETAIL = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom',
  '536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom',
  '536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17850,United Kingdom',
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom',
  'C536379,D,Discount,1,12/1/2010 9:41,27.50,14527,United Kingdom',
  '536380,22961,JAM MAKING SET PRINTED,24,12/1/2010 9:41,1.45,14527,United Kingdom',
  '536381,22139,RETROSPOT TEA SET CERAMIC 11 PC,1,12/1/2010 9:41,4.95,,United Kingdom',
  'C536391,21980,PACK OF 12 RED RETROSPOT TISSUES,-24,12/1/2010 10:24,0.29,17850,United Kingdom',
];

describe('header names as exports write them', () => {
  it.each([
    ['camelCase', ONLINE_RETAIL[0]!],
    [
      'snake_case',
      'invoice_no,stock_code,description,quantity,invoice_date,unit_price,customer_id,country',
    ],
  ])('are understood in %s', async (_, header) => {
    const collected = await collect(csv(header, ...ONLINE_RETAIL.slice(1)));
    const { columns } = collected;
    const named = (index: number | null) =>
      columnName(collected, index)?.toLowerCase().replace(/_/g, '');
    expect({
      customer: named(columns.customer),
      date: named(columns.date),
      price: named(columns.price),
      quantity: named(columns.quantity),
      invoice: named(columns.invoice),
      item: named(columns.item),
    }).toEqual({
      customer: 'customerid',
      date: 'invoicedate',
      price: 'unitprice',
      quantity: 'quantity',
      invoice: 'invoiceno',
      item: 'description',
    });
  });
});

describe('lines of a receipt', () => {
  it('are read as quantity × unit price, cancellations netted against the sales', async () => {
    const collected = await collect(csv(...ONLINE_RETAIL));
    expect(revenueByCustomer(collected)).toEqual({
      // 6 × 2,55 + 6 × 3,39 + 6 × 1,85, then 24 tissues at 0,29 cancelled (C536391).
      '17850': 1530 + 2034 + 1110 - 696,
      '13047': 5408,
      // A discount on a cancellation invoice (C536379, positive quantity) is taken off.
      '14527': -2750 + 3480,
    });
  });

  it('with the amount given as the unit price, multiply it by the quantity and say so', async () => {
    const collected = await collect(csv(...ONLINE_RETAIL.slice(0, 5)), {
      overrides: { amount: 'UnitPrice' },
    });
    expect(collected.columns.notices).toEqual(['amount-is-unit-price']);
    expect(revenueByCustomer(collected)).toEqual({ '17850': 1530 + 2034 + 1110, '13047': 5408 });
  });

  it('without a customer are counted apart', async () => {
    const collected = await collect(csv(...ONLINE_RETAIL));
    expect(collected.withoutCustomer).toEqual({ rows: 1, amountCents: 495 });
    expect(collected.skipped.total).toBe(0);
  });

  it('netted when a French credit note ("AV") cancels a receipt', async () => {
    const file = csv(
      'N° ticket;N° client;Date;Montant TTC',
      '1001;C1;05/03/2024;30,00',
      '1002;C1;05/03/2024;12,00',
      'AV1001;C1;06/03/2024;30,00',
    );
    expect(revenueByCustomer(await collect(file))).toEqual({ C1: 1200 });
  });

  it('that are identical on one receipt are separate items, not duplicates', async () => {
    const file = csv(
      'N° facture;N° client;Date;Article;Qté;Prix unitaire',
      'F1;C1;05/03/2024;Baguette;1;1,20',
      'F1;C1;05/03/2024;Baguette;1;1,20',
      'F1;C1;05/03/2024;Croissant;2;1,10',
    );
    const collected = await collect(file);
    expect(collected.skipped.list()).toEqual([]);
    expect(collected.receipts).toBe(1);
    expect(revenueByCustomer(collected)).toEqual({ C1: 120 + 120 + 220 });
  });
});
