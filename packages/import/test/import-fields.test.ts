import { describe, expect, it } from 'vitest';
import { groupPurchases, type PurchaseLine } from '../src/fields/group-purchases.ts';
import { parseImportField } from '../src/fields/import-fields.ts';
import { mapColumns } from '../src/fields/map-columns.ts';
import { parseMapOption } from '../src/fields/parse-map-option.ts';
import { readImportRow } from '../src/fields/read-import-row.ts';
import { RowIdentities, rowContent } from '../src/fields/row-identity.ts';
import { formatDay } from '../src/parse-date.ts';

describe('--map COLUMN=FIELD', () => {
  it.each([
    ['N° client=customerRef', { column: 'N° client', field: 'customerRef' }],
    ['Total=HT+TVA=amount', { column: 'Total=HT+TVA', field: 'amount' }],
    [' Points = openingBalance:0193-ab ', { column: 'Points', field: 'openingBalance:0193-ab' }],
    ['3=email', { column: '3', field: 'email' }],
  ])('%j', (text, value) => {
    expect(parseMapOption(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['customerRef', 'missing-equals'],
    ['=email', 'missing-column'],
    ['Client=customer', 'unknown-field'],
    ['Client=Email', 'unknown-field'],
    ['Points=openingBalance:', 'unknown-field'],
    ['Points=openingBalance:a b', 'unknown-field'],
  ])('%j is refused (%s)', (text, problem) => {
    expect(parseMapOption(text)).toEqual({ ok: false, problem });
  });

  it('knows every field of the import and nothing else', () => {
    expect(parseImportField('unitPrice')).toBe('unitPrice');
    expect(parseImportField('price')).toBeNull();
  });
});

describe('mapColumns', () => {
  it('guesses a French customer file', () => {
    const headers = [
      'Code client',
      'Nom',
      'Prénom',
      'E-mail',
      'Téléphone portable',
      'Date de naissance',
      'Newsletter',
      'Consentement SMS',
      'Étiquettes',
    ];
    expect(mapColumns(headers, [])).toEqual({
      mapping: {
        customerRef: 0,
        lastName: 1,
        firstName: 2,
        email: 3,
        phone: 4,
        birthday: 5,
        emailConsent: 6,
        smsConsent: 7,
        tags: 8,
      },
      problems: [],
      notices: [],
    });
  });

  it('guesses a line-item export: date not birthday, TTC not VAT, price × quantity', () => {
    const headers = [
      'InvoiceNo',
      'CustomerID',
      'InvoiceDate',
      'Description',
      'Quantity',
      'UnitPrice',
      'Montant TVA',
    ];
    expect(mapColumns(headers, []).mapping).toEqual({
      invoice: 0,
      customerRef: 1,
      date: 2,
      item: 3,
      quantity: 4,
      unitPrice: 5,
    });
  });

  it('takes the owner’s choices first, by name or number, and guesses the rest around them', () => {
    const headers = ['Carte', 'Le', 'Réglé', 'Solde points', 'Prénom'];
    const { mapping, problems } = mapColumns(headers, [
      { column: 'carte', field: 'customerRef' },
      { column: '2', field: 'date' },
      { column: 'REGLE', field: 'amount' },
      { column: 'Solde points', field: 'openingBalance:p1' },
    ]);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      customerRef: 0,
      date: 1,
      amount: 2,
      'openingBalance:p1': 3,
      firstName: 4,
    });
  });

  it('turns an amount mapped to a unit price next to a quantity into price × quantity, and says so', () => {
    const result = mapColumns(
      ['N° client', 'Date', 'Qté', 'Prix unitaire'],
      [{ column: 'Prix unitaire', field: 'amount' }],
    );
    expect(result.mapping).toEqual({ customerRef: 0, date: 1, quantity: 2, unitPrice: 3 });
    expect(result.notices).toEqual(['amount-is-unit-price']);
  });

  it('reports choices that cannot be used and what is missing', () => {
    const { problems } = mapColumns(
      ['Nom', 'Montant'],
      [
        { column: 'Ville', field: 'tags' },
        { column: 'Nom', field: 'lastName' },
        { column: 'Nom', field: 'firstName' },
        { column: 'Montant', field: 'lastName' },
      ],
    );
    expect(problems).toEqual([
      { code: 'column-not-in-file', column: 'Ville' },
      { code: 'column-mapped-twice', column: 'Nom' },
      { code: 'field-mapped-twice', field: 'lastName' },
      { code: 'no-customer-column' },
      { code: 'purchase-needs-date' },
    ]);
  });
});

const formats = {
  dayOrder: 'dmy',
  decimalSeparator: ',',
  cancellation: /^(?:C|AV)-?\d+$/i,
} as const;
const cells = (values: (string | null)[]) => (i: number) => values[i] ?? null;

describe('readImportRow', () => {
  it('types every field', () => {
    const mapping = {
      customerRef: 0,
      firstName: 1,
      birthday: 2,
      emailConsent: 3,
      smsConsent: 4,
      tags: 5,
      date: 6,
      quantity: 7,
      unitPrice: 8,
      invoice: 9,
      item: 10,
      'openingBalance:p1': 11,
      consentDate: 12,
      consentSource: 13,
    } as const;
    const { row, problems } = readImportRow(
      cells([
        'C1',
        ' Léa ',
        '14/03',
        'oui',
        'non',
        'VIP, voisin;VIP',
        '05/03/2024',
        '3',
        '1,20',
        'F1',
        'Baguette',
        '12',
        '2023-06-01',
        'site web',
      ]),
      mapping,
      formats,
    );
    expect(problems).toEqual([]);
    expect({ ...row, day: formatDay(row.day!), consentDay: formatDay(row.consentDay!) }).toEqual({
      customerRef: 'C1',
      firstName: 'Léa',
      lastName: null,
      email: null,
      phone: null,
      birthday: { day: 14, month: 3, year: null },
      emailConsent: true,
      smsConsent: false,
      consentDay: '2023-06-01',
      consentSource: 'site web',
      tags: ['VIP', 'voisin'],
      day: '2024-03-05',
      amountCents: 360,
      quantity: 3,
      unitPriceCents: 120,
      invoice: 'F1',
      item: 'Baguette',
      openingBalances: { p1: 12 },
    });
  });

  it('assumes no consent when the file does not say', () => {
    const { row } = readImportRow(cells(['C1', '']), { customerRef: 0, emailConsent: 1 }, formats);
    expect(row.emailConsent).toBeNull();
  });

  it('makes a credit note negative and names the cells it cannot read', () => {
    const { row, problems } = readImportRow(
      cells(['AV1001', '30,00', '31/02/2024', 'peut-être', '2,5', '30/02']),
      { invoice: 0, amount: 1, date: 2, smsConsent: 3, 'openingBalance:p1': 4, birthday: 5 },
      formats,
    );
    expect(row.amountCents).toBe(-3000);
    expect(problems).toEqual([
      { field: 'date', problem: 'unreadable-date' },
      { field: 'openingBalance:p1', problem: 'not-a-whole-number' },
      { field: 'birthday', problem: 'unreadable-date' },
      { field: 'smsConsent', problem: 'unreadable-consent' },
    ]);
  });
});

describe('row identities', () => {
  it('are the invoice number and the line on it when there is one', () => {
    const ids = new RowIdentities();
    expect([ids.next('F1', 'a'), ids.next('F1', 'a'), ids.next('F2', 'a')]).toEqual([
      'invoice:F1:1',
      'invoice:F1:2',
      'invoice:F2:1',
    ]);
  });

  it('are the content and its repeat otherwise, the same on a second reading', () => {
    const read = () => {
      const ids = new RowIdentities();
      return ['C1;10', 'C1;10', 'C2;10'].map((content) => ids.next(null, content));
    };
    const first = read();
    expect(new Set(first).size).toBe(3); // two identical rows stay two purchases
    expect(first[0]!.replace(/:1$/, ':2')).toBe(first[1]);
    expect(read()).toEqual(first);
  });

  it('stay those of files imported before (they are stored as the purchases’ external ids)', () => {
    const ids = new RowIdentities();
    const content = rowContent(cells(['C1', '05/03/2024', '12,50']), {
      customerRef: 0,
      date: 1,
      amount: 2,
    });
    expect(content).toBe('amount=12,50\u001fcustomerRef=C1\u001fdate=05/03/2024');
    expect([ids.next(null, content), ids.next(null, content)]).toEqual([
      'content:T312eHA3kk_fuqEFZ21IcYbWLQyeIboK:1',
      'content:T312eHA3kk_fuqEFZ21IcYbWLQyeIboK:2',
    ]);
  });

  it('depend on the mapped cells only, whatever the column order', () => {
    const a = rowContent(cells(['C1', 'x', '10']), { customerRef: 0, amount: 2 });
    const b = rowContent(cells(['10', 'C1', 'y', 'z']), { amount: 0, customerRef: 1 });
    expect(a).toBe(b);
    expect(rowContent(cells(['C1', 'x', '11']), { customerRef: 0, amount: 2 })).not.toBe(a);
  });
});

describe('groupPurchases', () => {
  const line = (over: Partial<PurchaseLine>): PurchaseLine => ({
    line: 2,
    identity: 'x',
    customerKey: 'C1',
    day: 19787,
    amountCents: 120,
    invoice: 'F1',
    item: 'Baguette',
    quantity: 1,
    unitPriceCents: 120,
    ...over,
  });

  it('makes one purchase of the lines of a receipt, identical lines as separate items', () => {
    const { purchases, conflicts } = groupPurchases([
      line({ line: 2, identity: 'invoice:F1:1' }),
      line({ line: 3, identity: 'invoice:F1:2' }),
      line({ line: 4, identity: 'c:1', invoice: null, amountCents: 500 }),
      line({ line: 5, identity: 'invoice:F1:3', item: 'Croissant', amountCents: 220 }),
      line({ line: 6, identity: 'invoice:C9:1', invoice: 'C9', amountCents: -120 }),
    ]);
    expect(conflicts).toEqual([]);
    expect(purchases.map((p) => [p.identity, p.amountCents, p.items.map((i) => i.line)])).toEqual([
      ['invoice:F1', 460, [2, 3, 5]],
      ['c:1', 500, [4]],
      ['invoice:C9', -120, [6]],
    ]);
  });

  it('does not put another customer’s line on a receipt', () => {
    const { purchases, conflicts } = groupPurchases([
      line({ line: 2 }),
      line({ line: 3, customerKey: 'C2' }),
    ]);
    expect(purchases).toHaveLength(1);
    expect(conflicts).toEqual([{ line: 3, problem: 'invoice-of-another-customer' }]);
  });
});
