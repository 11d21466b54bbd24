import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../src/db/schema.ts';
import { asSystem } from '../../../src/db/tenant.ts';
import type { TestClient } from '../../support/test-app.ts';
import { buildMerchantFixture } from '../robustness/merchant-fixture.ts';

/**
 * A shop with one of everything (the tenant walk's fixture), whose customer also has a last
 * name, phone and company, and free text about them in a note, a refund and an adjustment.
 * `needles` are what identifies the person: none may remain anywhere after an erasure.
 */
export async function shopWithKnownCustomer(client: TestClient, label: string) {
  const f = await buildMerchantFixture(client, label);
  const auth = { cookie: f.cookie };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await client.request(method, path, { ...auth, body });
    if (r.status >= 300)
      throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  await call('PATCH', `/api/v1/customers/${f.customerId}`, {
    lastName: 'Quintal',
    phone: '06 98 76 54 32',
    company: 'Atelier Quintal',
    birthday: '03-14',
    consents: [{ channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' }],
  });
  await call('POST', `/api/v1/customers/${f.customerId}/notes`, {
    body: 'Mme Quintal préfère être appelée au 06 98 76 54 32',
  });
  await call('POST', `/api/v1/customers/${f.customerId}/interactions`, {
    kind: 'complaint',
    minutesSpent: 15,
    outcome: 'Mme Quintal se plaint du service',
  });
  const sale = await call('POST', '/api/v1/purchases', {
    customerId: f.customerId,
    amountCents: 990,
  });
  await call('POST', `/api/v1/purchases/${sale.purchaseId}/refund`, {
    amountCents: 100,
    reason: 'Mme Quintal a rendu un article',
  });
  await call('POST', `/api/v1/customers/${f.customerId}/adjustments`, {
    programId: f.programId,
    delta: 1,
    reasonCode: 'other',
    reason: 'Carte papier de Mme Quintal',
  });
  return {
    fixture: f,
    auth,
    needles: [`Client ${label}`, f.customerEmail, 'Quintal', '698765432', '98 76 54 32'],
  };
}

/** Every text, JSON and array column of every table that holds the merchant's rows. */
export async function textColumns(db: Kysely<Database>) {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
      from information_schema.columns c
     where c.table_schema = 'public'
       and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY')
       and exists (select 1 from information_schema.columns m
                    where m.table_schema = 'public' and m.table_name = c.table_name
                      and m.column_name = 'merchant_id')
     order by 1, 2`.execute(db);
  return rows;
}

/** Where any needle still appears in the merchant's rows: "table.column: needle". */
export async function findPersonalData(
  db: Kysely<Database>,
  merchantId: string,
  needles: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  const columns = await textColumns(db);
  await asSystem(db, async (tx) => {
    for (const { table_name, column_name } of columns) {
      for (const needle of needles) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(table_name)}
           where merchant_id = ${merchantId}
             and ${sql.ref(column_name)}::text ilike ${`%${needle}%`}`.execute(tx);
        if (rows[0]!.n > 0) found.push(`${table_name}.${column_name}: ${needle}`);
      }
    }
  });
  return found;
}

/** What the accounts hold: money in and out, and every balance movement, per program. */
export async function books(db: Kysely<Database>, merchantId: string) {
  return asSystem(db, async (tx) => {
    const { rows } = await sql<{ what: string; total: string }>`
      select 'purchases' as what, coalesce(sum(amount_cents), 0)::text as total
        from purchases where merchant_id = ${merchantId}
      union all
      select 'refunds', coalesce(sum(amount_cents), 0)::text from refunds where merchant_id = ${merchantId}
      union all
      select 'ledger:' || program_id || ':' || kind, sum(delta)::text
        from ledger_entries where merchant_id = ${merchantId} group by program_id, kind
      union all
      select 'entries', count(*)::text from ledger_entries where merchant_id = ${merchantId}
      union all
      select 'vouchers', count(*)::text from vouchers where merchant_id = ${merchantId}
      order by 1`.execute(tx);
    return rows;
  });
}
