import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Tx } from '../../src/db/tenant.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { countRows, importCsv, newMerchant } from './import-file.ts';

const HEADER = 'N° client;E-mail;N° ticket;Date;Article;Montant';
const day = (i: number) => `${String((i % 28) + 1).padStart(2, '0')}/03/2024`;

/**
 * More rows than one statement takes (5,000), so that sales are stored while the rest is read:
 * C1's email, which finds a customer the shop already has, comes on the last lines, and so does
 * C2's unreadable email (C2 is left out with `validRowsOnly`); a receipt of two lines far apart,
 * and a cancellation.
 */
function bigFile(article: (i: number) => string): string {
  const lines = Array.from(
    { length: 12_000 },
    (_, i) => `C${i % 3_000};;;${day(i)};${article(i)};${(i % 40) + 1},50`,
  );
  lines.splice(10, 0, 'C5;;T1;02/03/2024;Tarte;18,00');
  lines.push(
    'C5;;T1;02/03/2024;Pain;1,00',
    'C7;;;20/03/2024;;-2,00',
    'C1;lea@example.fr;;21/03/2024;Pain;2,00',
    'C2;pas-un-email;;22/03/2024;Pain;3,00',
  );
  return `${HEADER}\n${lines.join('\n')}\n`;
}

/** Everything an import wrote for a merchant, without the ids and times it chose. */
async function stored(tx: Tx, merchantId: string) {
  const { rows: purchases } = await sql<{
    external_id: string;
    amount_cents: number;
    occurred_at: Date;
    items: unknown;
    external_ref: string | null;
    email: string | null;
  }>`
    select p.external_id, p.amount_cents::int, p.occurred_at, p.items, c.external_ref, c.email
      from purchases p join customers c on c.merchant_id = p.merchant_id and c.id = p.customer_id
     where p.merchant_id = ${merchantId} order by p.external_id`.execute(tx);
  const { rows: customers } = await sql<{
    external_ref: string | null;
    email: string | null;
    first_name: string | null;
  }>`
    select external_ref, email, first_name, customer_since, member_since, imported from customers
     where merchant_id = ${merchantId} order by external_ref nulls first`.execute(tx);
  const { rows: refunds } = await sql`
    select r.external_id, r.amount_cents::int, p.external_id as sale from refunds r
      join purchases p on p.merchant_id = r.merchant_id and p.id = r.purchase_id
     where r.merchant_id = ${merchantId} order by r.external_id`.execute(tx);
  return { purchases, customers, refunds };
}

describeEachBackend('habitue import: storing sales while the file is read', (database) => {
  /** The same file imported read whole first, and stored while read: results and rows. */
  async function bothWays(name: string, csv: string, validRowsOnly: boolean) {
    const { db } = database();
    const whole = await newMerchant(db, `${name}-whole`);
    const streamed = await newMerchant(db, `${name}-streamed`);
    for (const merchant of [whole, streamed]) {
      await importCsv(db, merchant, 'Email;Prénom\nlea@example.fr;Léa\n');
    }
    const results = {
      whole: await importCsv(db, whole, csv, { validRowsOnly, readWhole: true }),
      streamed: await importCsv(db, streamed, csv, { validRowsOnly }),
    };
    const rows = await asSystem(db, async (tx) => ({
      whole: await stored(tx, whole),
      streamed: await stored(tx, streamed),
    }));
    return { results, rows, db, whole, streamed };
  }

  it('stores what reading the file whole first stores: customers found late, left out, receipts, refunds', async () => {
    const { results, rows } = await bothWays(
      'while-reading',
      bigFile(() => 'Pain'),
      true,
    );
    expect(results.streamed).toEqual(results.whole);
    expect(results.streamed).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 2_998, customersKnown: 1, refundsAdded: 1 },
      rowProblems: [{ field: 'email', problem: 'invalid-email' }],
    });
    expect(rows.streamed).toEqual(rows.whole);
    // C1's sales, stored before its email was read, belong to the customer the shop had.
    const lea = rows.streamed.customers.filter((c) => c.email === 'lea@example.fr');
    expect(lea).toEqual([expect.objectContaining({ external_ref: 'C1', first_name: 'Léa' })]);
    expect(rows.streamed.purchases.filter((p) => p.external_ref === 'C1')).toHaveLength(5);
    expect(rows.streamed.purchases.some((p) => p.external_ref === 'C2')).toBe(false);
    expect(
      rows.streamed.purchases.find((p) => p.external_id === 'import:invoice:T1'),
    ).toMatchObject({
      amount_cents: 1900,
    });
  });

  it('stores no items when the only purchases that had some were left out', async () => {
    const { results, rows } = await bothWays(
      'while-reading-items',
      bigFile((i) => (i % 3_000 === 2 ? 'Tarte' : ''))
        .replace(';T1;02/03/2024;Tarte;', ';T1;02/03/2024;;')
        .replace(';T1;02/03/2024;Pain;', ';T1;02/03/2024;;')
        .replaceAll(';;21/03/2024;Pain;', ';;21/03/2024;;'),
      true,
    );
    expect(results.streamed).toEqual(results.whole);
    expect(rows.streamed).toEqual(rows.whole);
    expect(rows.streamed.purchases.every((p) => p.items === null)).toBe(true);
  });

  it('writes nothing when a row problem is found after sales were stored', async () => {
    const { results, db, streamed } = await bothWays(
      'while-reading-refused',
      bigFile(() => 'Pain'),
      false,
    );
    expect(results.streamed).toEqual(results.whole);
    expect(results.streamed).toMatchObject({ status: 'row-problems' });
    expect(await countRows(db, streamed)).toMatchObject({ customers: 1, purchases: 0, refunds: 0 });
  });

  it('adds nothing when the same file is stored while read a second time', async () => {
    const { db } = database();
    const merchant = await newMerchant(db, 'while-reading-twice');
    const csv = bigFile(() => 'Pain');
    await importCsv(db, merchant, csv, { validRowsOnly: true });
    const before = await asSystem(db, (tx) => stored(tx, merchant));
    const again = await importCsv(db, merchant, csv, { validRowsOnly: true });
    expect(again).toMatchObject({
      status: 'imported',
      counts: { customersAdded: 0, purchasesAdded: 0, refundsAdded: 0 },
    });
    expect(await asSystem(db, (tx) => stored(tx, merchant))).toEqual(before);
  });
});
