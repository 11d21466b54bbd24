import { sql } from 'kysely';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem, type Tx } from '../../packages/server/src/db/tenant.ts';
import { DEMO } from '../../packages/server/src/demo/seed-demo-shop.ts';
import { findMerchantBySlug } from '../../packages/server/src/repositories/merchants.ts';

/** The demo shop's id, for the benches that grow it and measure it. */
export async function demoMerchantId(tx: Tx): Promise<string> {
  const merchant = await findMerchantBySlug(tx, DEMO.slug);
  if (!merchant) throw new Error('the demo shop is not in this data directory');
  return merchant.id;
}

/**
 * Grows the demo shop in a server's embedded data directory (running or not) to `total` customers with
 * set-based SQL: each added customer arrived at a random time in the last two years and made
 * one to five purchases of 3 to 25 € since. They are not loyalty members (no ledger), which is
 * what most of a shop's customers are. Seconds instead of the simulator's hours at this size.
 */
export async function growDemoShop(dataDir: string, total: number) {
  // Through openStorage, as every `habitue` command does: the running server's PostgreSQL, or its own.
  const { db, close } = await openStorage(
    { kind: 'embedded', dataDir },
    { command: 'bench:web grow' },
  );
  try {
    return await asSystem(db, async (tx) => {
      const merchant = { id: await demoMerchantId(tx) };
      const { count } = await tx
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('merchant_id', '=', merchant.id)
        .executeTakeFirstOrThrow();
      const adding = Math.max(0, total - Number(count));
      await sql`
        insert into customers (merchant_id, id, first_name, last_name, email, card_token,
                               customer_since, created_at, updated_at)
        select ${merchant.id}::uuid, gen_random_uuid(), 'Client', 'Bench ' || g,
               'bench' || g || '@example.fr', 'bench' || md5(g::text || random()::text), ts, ts, ts
        from (select g, now() - random() * interval '730 days' as ts
              from generate_series(1, ${adding}::int) g) s`.execute(tx);
      const purchases = await sql`
        insert into purchases (merchant_id, id, customer_id, amount_cents, occurred_at,
                               actor_type, actor_id, created_at)
        select c.merchant_id, gen_random_uuid(), c.id, 300 + floor(random() * 2200)::int,
               p.at, 'system', 'bench', p.at
        from customers c
        cross join lateral (
          select c.customer_since + random() * (now() - c.customer_since) as at
          from generate_series(1, 1 + floor(random() * 5 + 0 * extract(epoch from c.customer_since))::int)
        ) p
        where c.merchant_id = ${merchant.id}::uuid and c.last_name like 'Bench %'`.execute(tx);
      return { added: adding, purchases: Number(purchases.numAffectedRows ?? 0) };
    });
  } finally {
    await close();
  }
}
