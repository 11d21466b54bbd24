import { describe, expect, it } from 'vitest';
import { readImportFile } from '../src/fields/read-import-file.ts';
import { readTable } from '../src/read-table.ts';
import { csv } from './read-file.ts';

/**
 * A loyalty app's export with its sales, as a shop brings it. Lines:
 *  1–2 title, 3 header
 *  4–6  ticket 1001 of C1: a baguette twice (two items) and a croissant
 *  7    C1 again, on ticket 1002, with her tags and consent
 *  8    ticket AV1001: a credit note for 1001
 *  9    a sale without a customer
 *  10   C2 with an unreadable SMS consent                       → row problem
 *  11   C2, a customer row without a purchase
 *  12   C1 with another email than on line 4                     → row problem
 *  13   C3 known by email only, no purchase
 *  14   ticket 1001 for C2 while it belongs to C1                → row problem
 */
const EXPORT = csv(
  'Export fidélité',
  'Boulangerie du Port — 01/03/2024 au 31/03/2024',
  'N° client;Prénom;E-mail;Consentement SMS;Date consentement;Source;Étiquettes;N° ticket;Date;Article;Qté;Prix unitaire;Solde points',
  'C1;Léa;lea@example.fr;oui;01/02/2024;comptoir;;1001;05/03/2024;Baguette;1;1,20;120',
  'C1;Léa;lea@example.fr;oui;01/02/2024;comptoir;;1001;05/03/2024;Baguette;1;1,20;120',
  'C1;Léa;lea@example.fr;oui;01/02/2024;comptoir;;1001;05/03/2024;Croissant;2;1,10;120',
  'C1;;;;;;VIP, voisine;1002;12/03/2024;Tarte;1;18,00;',
  'C1;;;;;;;AV1001;13/03/2024;Croissant;2;1,10;',
  ';;;;;;;1003;13/03/2024;Pain;1;2,50;',
  'C2;Marc;;peut-être;;;;;;;;;',
  'C2;Marc;;non;;;;;;;;;40',
  'C1;;autre@example.fr;;;;;;;;;;',
  ';;zoe@example.fr;oui;;;;;;;;;',
  'C2;;;;;;;1001;14/03/2024;Pain;1;2,50;',
);

const read = async () =>
  readImportFile(await readTable(EXPORT), {
    maps: [{ column: 'Solde points', field: 'openingBalance:p1' }],
    headerLine: null,
  });

describe('readImportFile', () => {
  it('finds the header and maps the columns', async () => {
    const file = await read();
    expect(file.headerLine).toBe(3);
    expect(file.mappingProblems).toEqual([]);
    expect(file.mapping).toEqual({
      customerRef: 0,
      firstName: 1,
      email: 2,
      smsConsent: 3,
      consentDate: 4,
      consentSource: 5,
      tags: 6,
      invoice: 7,
      date: 8,
      item: 9,
      quantity: 10,
      unitPrice: 11,
      'openingBalance:p1': 12,
    });
    expect(file.rowsRead).toBe(11);
  });

  it('merges each customer’s rows', async () => {
    const file = await read();
    expect(
      file.customers.map(
        ({ key, firstName, smsConsent, consentSource, tags, openingBalances }) => ({
          key,
          firstName,
          smsConsent,
          consentSource,
          tags,
          openingBalances,
        }),
      ),
    ).toEqual([
      {
        key: 'ref:C1',
        firstName: 'Léa',
        smsConsent: true,
        consentSource: 'comptoir',
        tags: ['VIP', 'voisine'],
        openingBalances: { p1: 120 },
      },
      {
        key: 'ref:C2',
        firstName: 'Marc',
        smsConsent: false,
        consentSource: null,
        tags: [],
        openingBalances: { p1: 40 },
      },
      {
        key: 'email:zoe@example.fr',
        firstName: null,
        smsConsent: null,
        consentSource: null,
        tags: [],
        openingBalances: {},
      },
    ]);
    expect(file.consentsWithoutProof).toBe(1);
  });

  it('makes one purchase per ticket, identical lines as items, a credit note negative', async () => {
    const file = await read();
    expect(
      file.purchases.map((p) => [
        p.identity,
        p.customerKey,
        p.amountCents,
        p.items.map((i) => i.identity),
      ]),
    ).toEqual([
      [
        'invoice:1001',
        'ref:C1',
        120 + 120 + 220,
        ['invoice:1001:1', 'invoice:1001:2', 'invoice:1001:3'],
      ],
      ['invoice:1002', 'ref:C1', 1800, ['invoice:1002:1']],
      ['invoice:AV1001', 'ref:C1', -220, ['invoice:AV1001:1']],
    ]);
    expect(file.withoutCustomer).toEqual({ rows: 1, amountCents: 250 });
  });

  it('reports each row it cannot import, with its line and field', async () => {
    expect((await read()).rowProblems).toEqual([
      { line: 10, field: 'smsConsent', problem: 'unreadable-consent' },
      { line: 12, field: 'email', problem: 'conflicting-value' },
      { line: 14, field: 'invoice', problem: 'invoice-of-another-customer' },
    ]);
  });

  it('gives the same identities on a second reading', async () => {
    const ids = (file: Awaited<ReturnType<typeof read>>) =>
      file.purchases.flatMap((p) => p.items.map((i) => i.identity));
    expect(ids(await read())).toEqual(ids(await read()));
  });

  it('reads nothing past the header when the mapping cannot be used', async () => {
    const file = readImportFile(await readTable(csv('Ville;Montant', 'Lyon;12,00')), {
      maps: [],
      headerLine: null,
    });
    expect(file.mappingProblems).toEqual([
      { code: 'no-customer-column' },
      { code: 'purchase-needs-date' },
    ]);
    expect(file.rowsRead).toBe(0);
  });
});
