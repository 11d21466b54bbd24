import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { countRows, importCsv, newMerchant, newProgram } from './import-file.ts';

const SALES = `N° client;Prénom;Nom;Email;Date;Montant
C1;Léa;Martin;lea@example.fr;05/03/2024;12,50
C2;Paul;Durand;paul@example.fr;06/03/2024;8,00
C1;Léa;Martin;lea@example.fr;07/03/2024;20,00
`;

describeEachBackend('habitue import: writing a file', (database) => {
  it('adds nothing when the same file is imported again', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-twice');
    const first = await importCsv(db, merchant, SALES);
    expect(first.status).toBe('imported');
    const after = await countRows(db, merchant);
    expect(after).toMatchObject({ customers: 2, purchases: 3 });
    const second = await importCsv(db, merchant, SALES);
    expect(second).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 0, customersKnown: 2, purchasesAdded: 0, purchasesKnown: 3 },
    });
    expect(await countRows(db, merchant)).toEqual(after);
  });

  it('adds only the sales a later export has that an earlier import stored not', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-later-export');
    const other = await newMerchant(db, 'import-later-export-other');
    // The other shop has the same file: its sales are not this shop's.
    await importCsv(db, other, SALES);
    await importCsv(db, merchant, SALES);
    const [header, ...rows] = SALES.trim().split('\n');
    const later = [header, 'C3;Zoé;Petit;zoe@example.fr;04/03/2024;3,00', rows[0], rows[1]]
      .concat(['C2;Paul;Durand;paul@example.fr;08/03/2024;9,00', rows[2]])
      .join('\n');
    const result = await importCsv(db, merchant, `${later}\n`);
    expect(result).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 1, purchasesAdded: 2, purchasesKnown: 3 },
    });
    expect(await countRows(db, merchant)).toMatchObject({ customers: 3, purchases: 5 });
    expect(await countRows(db, other)).toMatchObject({ customers: 2, purchases: 3 });
  });

  it('writes files larger than one statement takes, every batch once', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-batches');
    // More than IMPORT_BATCH (5,000) customers and purchases: several statements each.
    const lines = Array.from(
      { length: 12_001 },
      (_, i) => `C${i % 6_001};${String((i % 28) + 1).padStart(2, '0')}/03/2024;${i % 90},50`,
    );
    const csv = `N° client;Date;Montant\n${lines.join('\n')}\n`;
    const first = await importCsv(db, merchant, csv);
    expect(first).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 6_001, purchasesAdded: 12_001 },
    });
    const second = await importCsv(db, merchant, csv);
    expect(second).toMatchObject({ counts: { customersAdded: 0, purchasesAdded: 0 } });
    expect(await countRows(db, merchant)).toMatchObject({ customers: 6_001, purchases: 12_001 });
    const { rows } = await sql<{ cents: string }>`
      select sum(amount_cents)::text as cents from purchases where merchant_id = ${merchant}`.execute(
      db,
    );
    const expected = lines.reduce((sum, _, i) => sum + (i % 90) * 100 + 50, 0);
    expect(Number(rows[0]!.cents)).toBe(expected);
  });

  it('stores texts as written: quotes, backslashes, commas, braces and the word NULL', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-texts');
    const csv = `N° client;Prénom;Nom;Tags;Date;Montant
"C\\1";"O""Brien";NULL;"{a,b}";05/03/2024;1,00
`;
    const result = await importCsv(db, merchant, csv);
    expect(result.status).toBe('imported');
    const customers = await asSystem(db, (tx) =>
      tx
        .selectFrom('customers')
        .select(['external_ref', 'first_name', 'last_name'])
        .where('merchant_id', '=', merchant)
        .execute(),
    );
    expect(customers).toEqual([{ external_ref: 'C\\1', first_name: 'O"Brien', last_name: 'NULL' }]);
    const tags = await asSystem(db, (tx) =>
      tx.selectFrom('customer_tags').select('tag').where('merchant_id', '=', merchant).execute(),
    );
    expect(tags.map((t) => t.tag).sort()).toEqual(['b}', '{a']);
  });

  it('keeps two identical rows as two purchases, and still adds nothing the second time', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-same-rows');
    const csv = `N° client;Date;Montant\nC1;05/03/2024;4,20\nC1;05/03/2024;4,20\n`;
    await importCsv(db, merchant, csv);
    await importCsv(db, merchant, csv);
    const rows = await asSystem(db, (tx) =>
      tx
        .selectFrom('purchases')
        .select(['amount_cents', 'source'])
        .where('merchant_id', '=', merchant)
        .execute(),
    );
    expect(rows).toEqual([
      { amount_cents: 420, source: 'import' },
      { amount_cents: 420, source: 'import' },
    ]);
  });

  it('stores the lines of one receipt as one purchase with its items, identical lines included', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-receipt');
    const csv = `N° client;N° ticket;Date;Article;Quantité;Prix unitaire
C1;T100;05/03/2024;Baguette;2;1,10
C1;T100;05/03/2024;Croissant;1;1,30
C1;T100;05/03/2024;Croissant;1;1,30
C1;T101;06/03/2024;Baguette;1;1,10
`;
    const result = await importCsv(db, merchant, csv);
    expect(result).toMatchObject({ status: 'imported', counts: { purchasesAdded: 2 } });
    const rows = await asSystem(db, (tx) =>
      tx
        .selectFrom('purchases')
        .select(['external_id', 'amount_cents', 'items'])
        .where('merchant_id', '=', merchant)
        .orderBy('occurred_at')
        .execute(),
    );
    expect(rows.map((r) => [r.external_id, r.amount_cents])).toEqual([
      ['import:invoice:T100', 480],
      ['import:invoice:T101', 110],
    ]);
    expect(rows[0]!.items).toEqual([
      { sku: '', name: 'Baguette', category: '', quantity: 2, unitPriceCents: 110 },
      { sku: '', name: 'Croissant', category: '', quantity: 1, unitPriceCents: 130 },
      { sku: '', name: 'Croissant', category: '', quantity: 1, unitPriceCents: 130 },
    ]);
  });

  it('dates an imported purchase on its day in the merchant’s time zone', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-day');
    await importCsv(db, merchant, `N° client;Date;Montant\nC1;31/12/2024;5,00\n`);
    const { rows } = await asSystem(db, (tx) =>
      sql<{ day: string }>`select (occurred_at at time zone 'Europe/Paris')::date::text as day
                             from purchases where merchant_id = ${merchant}`.execute(tx),
    );
    expect(rows).toEqual([{ day: '2024-12-31' }]);
  });

  it('carries opening balances into the ledger once, and earns nothing on imported purchases', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-balances');
    const program = await newProgram(db, merchant);
    const csv = `N° client;Date;Montant;Solde\nC1;05/03/2024;50,00;120\nC2;06/03/2024;30,00;0\n`;
    const maps = [{ column: 'Solde', field: `openingBalance:${program}` as const }];
    const first = await importCsv(db, merchant, csv, { maps });
    expect(first).toMatchObject({ status: 'imported', counts: { openingBalancesAdded: 1 } });
    const second = await importCsv(db, merchant, csv, { maps });
    expect(second).toMatchObject({
      status: 'imported',
      counts: { openingBalancesAdded: 0, openingBalancesKnown: 1 },
    });
    const entries = await asSystem(db, (tx) =>
      tx
        .selectFrom('ledger_entries')
        .select(['kind', 'delta', 'cause_type', 'program_id'])
        .where('merchant_id', '=', merchant)
        .execute(),
    );
    expect(entries).toEqual([
      { kind: 'adjust', delta: 120, cause_type: 'import', program_id: program },
    ]);
  });

  it('refuses opening balances for a program the shop does not have, writing nothing', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-no-program');
    const csv = `N° client;Date;Montant;Solde\nC1;05/03/2024;50,00;120\n`;
    const missing = '0190a0a0-0000-7000-8000-000000000000';
    const result = await importCsv(db, merchant, csv, {
      maps: [{ column: 'Solde', field: `openingBalance:${missing}` }],
    });
    expect(result).toEqual({ status: 'unknown-programs', programs: [missing] });
    expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0, ledger: 0 });
  });

  it('stores a consent only with its proof, dated and sourced from the file', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-consents');
    const csv = `N° client;Email;Consentement email;Date consentement;Source consentement
C1;a@example.fr;oui;01/02/2023;formulaire papier
C2;b@example.fr;oui;;
`;
    const maps = [
      { column: 'Consentement email', field: 'emailConsent' as const },
      { column: 'Date consentement', field: 'consentDate' as const },
      { column: 'Source consentement', field: 'consentSource' as const },
    ];
    await importCsv(db, merchant, csv, { maps });
    await importCsv(db, merchant, csv, { maps });
    const { rows } = await asSystem(db, (tx) =>
      sql<{ email: string; channel: string; granted: boolean; day: string; source: string }>`
        select c.email, k.channel, k.granted, k.recorded_at::date::text as day, k.source
          from consents k join customers c on c.merchant_id = k.merchant_id and c.id = k.customer_id
         where k.merchant_id = ${merchant}`.execute(tx),
    );
    expect(rows).toEqual([
      {
        email: 'a@example.fr',
        channel: 'email',
        granted: true,
        day: '2023-02-01',
        source: 'formulaire papier',
      },
    ]);
  });

  it('writes nothing in a dry run, yet counts what it would add', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-dry-run');
    const result = await importCsv(db, merchant, SALES, { dryRun: true });
    expect(result).toMatchObject({
      status: 'dry-run',
      counts: { customersAdded: 2, purchasesAdded: 3 },
    });
    expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0 });
  });

  it('writes nothing when rows have problems, unless told to import the valid ones', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-row-problems');
    const csv = `N° client;Téléphone;Date;Montant
C1;06 12 34 56 78;05/03/2024;12,50
C2;12;06/03/2024;8,00
C3;06 11 11 11 11;pas une date;9,00
`;
    const refused = await importCsv(db, merchant, csv);
    expect(refused).toEqual({
      status: 'row-problems',
      rowProblems: [{ line: 3, field: 'phone', problem: 'invalid-phone' }],
    });
    expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0 });
    const valid = await importCsv(db, merchant, csv, { validRowsOnly: true });
    expect(valid).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 1, purchasesAdded: 1 },
    });
    const customers = await asSystem(db, (tx) =>
      tx
        .selectFrom('customers')
        .select(['external_ref', 'phone'])
        .where('merchant_id', '=', merchant)
        .execute(),
    );
    expect(customers).toEqual([{ external_ref: 'C1', phone: '+33612345678' }]);
  });

  it('nets a cancellation against the customer’s sale as a refund, once', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-cancellation');
    const csv = `N° client;N° facture;Date;Quantité;Prix unitaire
C1;536365;05/03/2024;4;2,50
C1;C536366;06/03/2024;-1;2,50
`;
    const first = await importCsv(db, merchant, csv);
    expect(first).toMatchObject({
      status: 'imported',
      counts: { purchasesAdded: 1, refundsAdded: 1 },
    });
    const second = await importCsv(db, merchant, csv);
    expect(second).toMatchObject({ counts: { purchasesAdded: 0, refundsAdded: 0 } });
    const { rows } = await asSystem(db, (tx) =>
      sql<{ amount: number; refunded: number }>`
        select p.amount_cents as amount, r.amount_cents as refunded
          from purchases p join refunds r on r.merchant_id = p.merchant_id and r.purchase_id = p.id
         where p.merchant_id = ${merchant}`.execute(tx),
    );
    expect(rows).toEqual([{ amount: 1000, refunded: 250 }]);
  });

  it('finds a customer known at the counter by email instead of creating a second one', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-known-email');
    await importCsv(db, merchant, `Email;Prénom\nLEA@example.fr;Léa\n`);
    const result = await importCsv(
      db,
      merchant,
      `Email;Date;Montant\nlea@example.fr;05/03/2024;3,00\n`,
    );
    expect(result).toMatchObject({
      counts: { customersAdded: 0, customersKnown: 1, purchasesAdded: 1 },
    });
  });

  it('gives a customer found by email the file’s number, so later imports find them by it', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'import-link-ref');
    await importCsv(db, merchant, `Email;Prénom\nlea@example.fr;Léa\n`);
    const csv = `N° client;Email;Date;Montant\nC7;lea@example.fr;05/03/2024;3,00\nC8;lea@example.fr;06/03/2024;4,00\n`;
    const first = await importCsv(db, merchant, csv);
    expect(first).toMatchObject({ counts: { customersAdded: 1, customersKnown: 1 } });
    const second = await importCsv(db, merchant, csv);
    expect(second).toMatchObject({
      counts: { customersAdded: 0, customersKnown: 2, purchasesAdded: 0 },
    });
    const customers = await asSystem(db, (tx) =>
      tx
        .selectFrom('customers')
        .select(['external_ref', 'first_name'])
        .where('merchant_id', '=', merchant)
        .orderBy('external_ref')
        .execute(),
    );
    expect(customers).toEqual([
      { external_ref: 'C7', first_name: 'Léa' },
      { external_ref: 'C8', first_name: null },
    ]);
  });
});
