import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  expectLedgerInvariants,
  purchase,
} from '../support/loyalty-factories.ts';
import { installShardTriggers } from '../support/shard-triggers.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/**
 * The trigger bodies a Citus cluster runs on its shards (src/db/citus/shard-triggers.sql) keep
 * the same invariants as the migrations' on one PostgreSQL, where every table is its own only
 * shard: `habitue_colocated_shard` then names the table itself (its Citus version, in
 * colocated-shard.sql, needs the cluster's metadata). A change to a trigger in a migration that
 * is not carried to the Citus copy shows here, in CI, without a cluster; on a cluster, the same
 * tests run on the shards.
 */

/** The cross-table trigger functions the Citus file replaces. */
const REPLACED = [
  'loyalty_balances_add_entries',
  'loyalty_balances_add_vouchers',
  'loyalty_balances_close_vouchers',
  'merchants_bump_loyalty_version',
  'wallet_passes_touch_customers',
  'wallet_passes_touch_voucher_owners',
  'wallet_passes_touch_shop',
  'wallet_passes_touch_merchant',
];

describeEachBackend('the Citus trigger bodies on one PostgreSQL', (database) => {
  beforeAll(() => installShardTriggers(database().db));

  it('replaces every cross-table trigger function', async () => {
    const { rows } = await sql<{ name: string }>`
      select proname as name from pg_proc
      where proname = any(${REPLACED}) and prosrc like '%habitue_colocated_shard%'`.execute(
      database().db,
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...REPLACED].sort());
  });

  it('keep the balance snapshots equal to the ledger through purchases, a voucher, a redemption, a refund and an adjustment', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const card = await buildStampCard(client, auth, { stampsPerCard: 3 });
    const points = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const bought = [];
    for (let i = 0; i < 4; i++) {
      bought.push(await purchase(client, auth, { customerId: customer.id, amountCents: 1500 }));
    }
    const voucher = bought.flatMap((r) => r.body.unlocked)[0];
    expect(voucher).toBeDefined();
    const redeemed = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode: voucher.code },
    });
    expect(redeemed.status, JSON.stringify(redeemed.body)).toBe(201);
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${bought[3]!.body.purchaseId}/refund`,
      { ...auth, body: { amountCents: 1500 } },
    );
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    const adjusted = await client.request('POST', `/api/v1/customers/${customer.id}/adjustments`, {
      ...auth,
      body: { programId: card.id, delta: 1, reason: 'Tampon oublié hier' },
    });
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(201);

    const snapshots = await asSystem(client.services.db, (tx) =>
      tx
        .selectFrom('loyalty_balances')
        .select(['program_id', 'balance', 'open_vouchers'])
        .where('merchant_id', '=', owner.merchant.id)
        .execute(),
    );
    // 4 stamps, 3 of them turned into a voucher (then used), 1 refunded, 1 adjusted: 1 stamp;
    // 60 points, 15 refunded: 45.
    expect(Object.fromEntries(snapshots.map((s) => [s.program_id, s.balance]))).toEqual({
      [card.id]: 1,
      [points.id]: 45,
    });
    expect(snapshots.find((s) => s.program_id === card.id)?.open_vouchers).toBe(0);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it("bump the merchant's loyalty version on a program change, and mark the customer's Wallet pass on a purchase and on the shop's new name", async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const merchantId = owner.merchant.id;
    const version = async () =>
      (
        await asSystem(client.services.db, (tx) =>
          tx
            .selectFrom('merchants')
            .select('loyalty_version')
            .where('id', '=', merchantId)
            .executeTakeFirstOrThrow(),
        )
      ).loyalty_version;
    const before = Number(await version());
    await buildPointsProgram(client, auth);
    expect(Number(await version())).toBeGreaterThan(before);

    const customer = await buildCustomer(client, auth);
    const pass = () =>
      asSystem(
        client.services.db,
        async (tx) =>
          (
            await sql<{ version: string }>`select version::text as version from wallet_passes
            where merchant_id = ${merchantId} and customer_id = ${customer.id}`.execute(tx)
          ).rows[0]!.version,
      );
    await asSystem(client.services.db, (tx) =>
      sql`insert into wallet_passes (merchant_id, customer_id, created_at)
        values (${merchantId}, ${customer.id}, now())`.execute(tx),
    );
    const created = BigInt(await pass());
    expect(
      (await purchase(client, auth, { customerId: customer.id, amountCents: 800 })).status,
    ).toBe(201);
    const afterPurchase = BigInt(await pass());
    expect(afterPurchase).toBeGreaterThan(created);
    await asSystem(client.services.db, (tx) =>
      sql`update merchants set name = 'Boulangerie du Port' where id = ${merchantId}`.execute(tx),
    );
    expect(BigInt(await pass())).toBeGreaterThan(afterPurchase);
  });
});
