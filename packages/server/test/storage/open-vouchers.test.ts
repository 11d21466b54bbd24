import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import {
  customerStandingStatement,
  findBalanceDiscrepancies,
} from '../../src/repositories/loyalty-balances.ts';
import { checkBalances } from '../../src/use-cases/balances/check-balances.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

type Client = ReturnType<typeof testClient>;
type Auth = { cookie: string };

/**
 * A shop whose card gives a voucher per item bought, and a regular who was given 8 vouchers
 * and used 6 of them: 2 stay open.
 */
async function regularWithUsedVouchers(client: Client) {
  const owner = await signUpOwner(client);
  const auth: Auth = { cookie: owner.cookie };
  const card = await buildStampCard(client, auth, {
    rule: { per: 'item', category: 'pain' },
    stampsPerCard: 1,
  });
  const customer = await buildCustomer(client, auth);
  const bought = await purchase(client, auth, {
    customerId: customer.id,
    amountCents: 2000,
    items: [{ sku: 'P1', name: 'Pain', category: 'pain', quantity: 8, unitPriceCents: 250 }],
  });
  expect(bought.status, JSON.stringify(bought.body)).toBe(201);
  const codes: string[] = bought.body.unlocked.map((u: { code: string }) => u.code);
  expect(codes).toHaveLength(8);
  for (const voucherCode of codes.slice(0, 6)) {
    const used = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode },
    });
    expect(used.status, JSON.stringify(used.body)).toBe(201);
  }
  return { owner, auth, card, customer, open: codes.slice(6) };
}

async function cardCodes(client: Client, auth: Auth, customerId: string) {
  const view = await client.request('GET', `/api/v1/customers/${customerId}/card`, auth);
  expect(view.status).toBe(200);
  return view.body.programs
    .flatMap((p: { vouchers: { code: string }[] }) => p.vouchers)
    .map((v: { code: string }) => v.code)
    .sort();
}

type PlanNode = {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
  /** Citus' custom scan on a cluster's coordinator: the plans its workers ran, task by task. */
  'Distributed Query'?: { Job: { Tasks: { 'Remote Plan': { Plan: PlanNode }[][] }[] } };
};

/**
 * Every node PostgreSQL executed for the statement. On a Citus cluster the coordinator's plan
 * is Citus' custom scan, and what read the tables is the plan each task ran on a worker (its
 * "Remote Plan", in the scan's "Distributed Query"), over the shards of the tables:
 * `vouchers_102107` is a shard of `vouchers`. Only there is a name read as its shard's table;
 * on one PostgreSQL the plan is taken as it is.
 */
const nodesOf = (node: PlanNode): PlanNode[] => [
  node,
  ...(node['Distributed Query']?.Job.Tasks ?? [])
    .flatMap((task) => task['Remote Plan'].flat())
    .flatMap((remote) => nodesOf(remote.Plan).map(asShardTable)),
  ...(node.Plans ?? []).flatMap(nodesOf),
];

const asShardTable = (node: PlanNode): PlanNode =>
  node['Relation Name'] === undefined
    ? node
    : { ...node, 'Relation Name': node['Relation Name'].replace(/_\d+$/, '') };

describeEachBackend('open vouchers', (database) => {
  it('a regular with many used vouchers and a few open ones is shown exactly the open ones, at the counter and on the card, and redeems them', async () => {
    const client = testClient(testServices(database()));
    const { auth, card, customer, open } = await regularWithUsedVouchers(client);
    expect(await cardCodes(client, auth, customer.id)).toEqual([...open].sort());
    const next = await purchase(client, auth, { customerId: customer.id, amountCents: 300 });
    expect(next.status).toBe(201);
    const onCounter = next.body.card.find((p: { programId: string }) => p.programId === card.id);
    expect(onCounter.vouchers.map((v: { code: string }) => v.code).sort()).toEqual(
      [...open].sort(),
    );
    const byReward = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, rewardId: card.rewards[0].id },
    });
    expect(byReward.status, JSON.stringify(byReward.body)).toBe(201);
    expect(await cardCodes(client, auth, customer.id)).toHaveLength(1);
    const last = (await cardCodes(client, auth, customer.id))[0];
    const again = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode: last },
    });
    expect(again.status).toBe(201);
    expect(await cardCodes(client, auth, customer.id)).toEqual([]);
  });

  it('the standing read visits only the open vouchers: not the used ones, not their events', async () => {
    const client = testClient(testServices(database()));
    const { owner, customer } = await regularWithUsedVouchers(client);
    const plan = await withMerchant(client.services.db, owner.merchant.id, async (tx) => {
      // A test database is small enough for a sequential scan to look cheapest; a shop's is not.
      await sql`set local enable_seqscan = off`.execute(tx);
      const { rows } = await sql<{ 'QUERY PLAN': { Plan: PlanNode }[] }>`
        explain (analyze, format json)
        ${customerStandingStatement(owner.merchant.id, customer.id)}`.execute(tx);
      return rows[0]!['QUERY PLAN'][0]!.Plan;
    });
    const nodes = nodesOf(plan);
    expect(nodes.filter((n) => n['Relation Name'] === 'voucher_events')).toEqual([]);
    const voucherScans = nodes.filter((n) => n['Relation Name'] === 'vouchers');
    expect(voucherScans.length).toBeGreaterThan(0);
    const rowsVisited = voucherScans.reduce(
      (sum, n) =>
        sum +
        n['Actual Loops'] *
          (n['Actual Rows'] +
            (n['Rows Removed by Filter'] ?? 0) +
            (n['Rows Removed by Index Recheck'] ?? 0)),
      0,
    );
    expect(rowsVisited).toBe(2);
  });

  it('a voucher flag that contradicts its events is found by the check, and the repair rewrites it', async () => {
    const client = testClient(testServices(database()));
    const { owner, auth, customer, open } = await regularWithUsedVouchers(client);
    const merchantId = owner.merchant.id;
    await asSystem(client.services.db, async (tx) => {
      // One used voucher shown as open again, one open voucher hidden.
      await sql`update vouchers set is_open = true where merchant_id = ${merchantId}
        and id = (select v.id from vouchers v where v.merchant_id = ${merchantId}
                  and not v.is_open limit 1)`.execute(tx);
      await sql`update vouchers set is_open = false
        where merchant_id = ${merchantId} and code = ${open[0]}`.execute(tx);
    });
    const found = (await asSystem(client.services.db, findBalanceDiscrepancies)).filter(
      (d) => d.merchantId === merchantId,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ customerId: customer.id, misflaggedVouchers: 2 });
    expect(await cardCodes(client, auth, customer.id)).not.toEqual([...open].sort());

    await checkBalances(client.services.db, { repair: true });
    const after = (await asSystem(client.services.db, findBalanceDiscrepancies)).filter(
      (d) => d.merchantId === merchantId,
    );
    expect(after).toEqual([]);
    expect(await cardCodes(client, auth, customer.id)).toEqual([...open].sort());
  });
});
