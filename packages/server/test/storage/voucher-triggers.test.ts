import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { asSystem, type Tx, withMerchant } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { onCitus } from '../support/citus.ts';
import {
  buildCustomer,
  buildStampCard,
  expectLedgerInvariants,
  purchase,
} from '../support/loyalty-factories.ts';
import { installShardTriggers } from '../support/shard-triggers.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

type Client = ReturnType<typeof testClient>;

/** A shop whose card gives one voucher per croissant bought. */
async function shopWithVoucherCard(client: Client) {
  const owner = await signUpOwner(client);
  const auth = { cookie: owner.cookie };
  const card = await buildStampCard(client, auth, {
    rule: { per: 'item', category: 'viennoiserie' },
    stampsPerCard: 1,
  });
  return { owner, auth, card };
}

async function buyCroissants(
  client: Client,
  auth: { cookie: string },
  customerId: string,
  n: number,
) {
  const bought = await purchase(client, auth, {
    customerId,
    amountCents: 120 * n,
    items: [
      { sku: 'CR', name: 'Croissant', category: 'viennoiserie', quantity: n, unitPriceCents: 120 },
    ],
  });
  expect(bought.status, JSON.stringify(bought.body)).toBe(201);
  expect(bought.body.unlocked).toHaveLength(n);
}

const voucherIds = async (tx: Tx, customerId: string) =>
  (
    await tx
      .selectFrom('vouchers')
      .select('id')
      .where('customer_id', '=', customerId)
      .orderBy('id')
      .execute()
  ).map((v) => v.id);

/**
 * The events of used vouchers, in one statement (the triggers see them together). Computed
 * rows return what they wrote: a Citus cluster would otherwise send them as a COPY, which
 * row-level security refuses (docs/scale.md).
 */
const useVouchers = (tx: Tx, merchantId: string, ids: string[]) =>
  sql`insert into voucher_events (merchant_id, voucher_id, kind, at)
    select ${merchantId}, id, 'used', now() from unnest(${ids}::text[]) as id
    returning 1`.execute(tx);

/**
 * Rows of `vouchers` this transaction has read so far, by scanning the table or through any of
 * its indexes (the backend's own counters: `pg_stat_xact_user_tables` has no twin for indexes).
 */
async function voucherRowsRead(tx: Tx): Promise<number> {
  const { rows } = await sql<{ read: number }>`
    select sum(pg_stat_get_xact_tuples_returned(r))::int as read
    from (select 'vouchers'::regclass::oid as r
          union all select indexrelid from pg_index where indrelid = 'vouchers'::regclass) rels`.execute(
    tx,
  );
  return rows[0]!.read;
}

/**
 * Vouchers of three customers, two of Léa's and one of Hugo's used in one statement, then one
 * of Inès' redeemed at the counter: the open flags and counts, and the Wallet passes.
 */
async function usedVouchersOfSeveralCustomers(database: () => DatabaseHandle) {
  const client = testClient(testServices(database()));
  const { owner, auth, card } = await shopWithVoucherCard(client);
  const merchantId = owner.merchant.id;
  const [lea, hugo, ines] = [
    await buildCustomer(client, auth),
    await buildCustomer(client, auth, { firstName: 'Hugo' }),
    await buildCustomer(client, auth, { firstName: 'Inès' }),
  ];
  for (const customer of [lea, hugo, ines]) await buyCroissants(client, auth, customer.id, 3);
  await asSystem(client.services.db, (tx) =>
    sql`insert into wallet_passes (merchant_id, customer_id, created_at)
      select ${merchantId}, id, now() from unnest(${[lea.id, hugo.id, ines.id]}::uuid[]) as id`.execute(
      tx,
    ),
  );
  const passes = () =>
    asSystem(client.services.db, async (tx) =>
      Object.fromEntries(
        (
          await sql<{ customer_id: string; version: string }>`
            select customer_id, version::text as version from wallet_passes
            where merchant_id = ${merchantId}`.execute(tx)
        ).rows.map((p) => [p.customer_id, Number(p.version)]),
      ),
    );
  const before = await passes();

  const used = await withMerchant(client.services.db, merchantId, async (tx) => {
    const ids = [
      ...(await voucherIds(tx, lea.id)).slice(0, 2),
      (await voucherIds(tx, hugo.id))[0]!,
    ];
    await useVouchers(tx, merchantId, ids);
    return ids;
  });

  const after = await passes();
  // Léa's two vouchers closed in one statement: her pass moves once, like Hugo's.
  expect(after).toEqual({
    [lea.id]: before[lea.id]! + 1,
    [hugo.id]: before[hugo.id]! + 1,
    [ines.id]: before[ines.id],
  });
  const state = await asSystem(client.services.db, async (tx) => ({
    open: Object.fromEntries(
      (
        await tx
          .selectFrom('loyalty_balances')
          .select(['customer_id', 'open_vouchers'])
          .where('merchant_id', '=', merchantId)
          .where('program_id', '=', card.id)
          .execute()
      ).map((b) => [b.customer_id, b.open_vouchers]),
    ),
    closed: (
      await tx
        .selectFrom('vouchers')
        .select('id')
        .where('merchant_id', '=', merchantId)
        .where('is_open', '=', false)
        .orderBy('id')
        .execute()
    ).map((v) => v.id),
  }));
  expect(state.open).toEqual({ [lea.id]: 1, [hugo.id]: 2, [ines.id]: 3 });
  expect(state.closed).toEqual([...used].sort());

  // A redemption at the counter goes through the same triggers.
  const card3 = await client.request('GET', `/api/v1/customers/${ines.id}/card`, auth);
  const code = card3.body.programs[0].vouchers[0].code;
  const redeemed = await client.request('POST', '/api/v1/redemptions', {
    ...auth,
    body: { customerId: ines.id, voucherCode: code },
  });
  expect(redeemed.status, JSON.stringify(redeemed.body)).toBe(201);
  expect((await passes())[ines.id]).toBe(before[ines.id]! + 1);
  await expectLedgerInvariants(client.services.db, merchantId);
}

describeEachBackend('the triggers of a used voucher', (database, kind) => {
  it("close the used vouchers, count them out of their balances and mark each owner's Wallet pass once, for vouchers of several customers in one statement", () =>
    usedVouchersOfSeveralCustomers(database));

  // The counters read here are the connection's own: on a Citus cluster the triggers run on a
  // worker (their copies there build each statement with its values, planned every time).
  if (!(onCitus && kind === 'postgres')) {
    it("find the voucher by its key: a regular's voucher used on a connection that planned the triggers while the shop was new reads it by key, not the shop's vouchers", async () => {
      const client = testClient(testServices(database()));
      const { owner, auth, card } = await shopWithVoucherCard(client);
      const merchantId = owner.merchant.id;
      const regular = await buildCustomer(client, auth);
      await buyCroissants(client, auth, regular.id, 2);
      await asSystem(client.services.db, (tx) =>
        sql`insert into wallet_passes (merchant_id, customer_id, created_at)
          values (${merchantId}, ${regular.id}, now())`.execute(tx),
      );
      const read = await withMerchant(client.services.db, merchantId, async (tx) => {
        // The shop's first voucher used: this connection plans the triggers now, on a table
        // never analysed and a few rows long.
        const [first, second] = await voucherIds(tx, regular.id);
        await useVouchers(tx, merchantId, [first!]);
        // Years of visits later (no ANALYZE in between): 3,000 vouchers, all of the regular's.
        const reward = await tx
          .selectFrom('rewards')
          .select('id')
          .where('program_id', '=', card.id)
          .executeTakeFirstOrThrow();
        await sql`insert into vouchers (merchant_id, id, customer_id, program_id, reward_id, code,
            cost, unit, source, issued_at)
          select ${merchantId}, ${card.id} || ':history:' || g, ${regular.id}, ${card.id},
            ${reward.id}, 'HIST-' || g, 1, 'stamps', '{}', now() - g * interval '1 hour'
          from generate_series(1, 3000) g`.execute(tx);
        const start = await voucherRowsRead(tx);
        await useVouchers(tx, merchantId, [second!]);
        return (await voucherRowsRead(tx)) - start;
      });
      // By key: the event's foreign key, the open flag, then the Wallet pass's owner, which
      // meets the voucher's two versions (its open flag was just cleared, a new index entry).
      expect(read).toBeLessThanOrEqual(4);
      await expectLedgerInvariants(client.services.db, merchantId);
    });
  }
});

/** The same on the bodies a Citus cluster runs on its shards (src/db/citus/shard-triggers.sql). */
describeEachBackend('the Citus copies of the triggers of a used voucher', (database) => {
  beforeAll(() => installShardTriggers(database().db));

  it("close the used vouchers, count them out of their balances and mark each owner's Wallet pass once, for vouchers of several customers in one statement", () =>
    usedVouchersOfSeveralCustomers(database));
});
