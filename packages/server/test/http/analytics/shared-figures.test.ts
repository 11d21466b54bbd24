import type { Kysely, KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../../src/db/schema.ts';
import { loadCustomerMetrics } from '../../../src/use-cases/analytics/load-customer-metrics.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/** Another Kysely on the same database: another process's memory, the same stored figures. */
function anotherProcess(db: Kysely<Database>): Kysely<Database> {
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => args.result,
  };
  return db.withPlugin(plugin);
}

describeEachBackend('analytics: the figures computed once for every server process', (database) => {
  it('a process with nothing in memory reads what another computed for the same data', async () => {
    const { db } = database();
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    for (const cents of [1200, 800, 2500]) {
      const customer = await buildCustomer(client, { cookie: owner.cookie });
      await purchase(
        client,
        { cookie: owner.cookie },
        { customerId: customer.id, amountCents: cents },
      );
    }
    const merchantId = owner.merchant.id;
    const now = new Date();
    const first = await loadCustomerMetrics({ db, merchantId, now });

    const later = new Date(now.getTime() + 60_000);
    const second = await loadCustomerMetrics({ db: anotherProcess(db), merchantId, now: later });
    // Not recomputed (that would be dated `later`): the first process's figures, read back.
    expect(second.computedAt.getTime()).toBe(now.getTime());
    expect(second.customers.map((c) => c.id)).toEqual(first.customers.map((c) => c.id));
    expect(second.annualSpendCents).toEqual(first.annualSpendCents);
    expect(second.rfm).toEqual(first.rfm);
    expect(second.indexOf).toEqual(first.indexOf);

    // New data: the stored figures no longer answer, the next process computes its own.
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    await purchase(client, { cookie: owner.cookie }, { customerId: customer.id, amountCents: 900 });
    const third = await loadCustomerMetrics({ db: anotherProcess(db), merchantId, now: later });
    expect(third.computedAt.getTime()).toBe(later.getTime());
    expect(third.customers).toHaveLength(4);
    // And past the shop's max age, stored figures are not served either.
    const muchLater = new Date(later.getTime() + 16 * 60_000);
    const fourth = await loadCustomerMetrics({
      db: anotherProcess(db),
      merchantId,
      now: muchLater,
    });
    expect(fourth.computedAt.getTime()).toBe(muchLater.getTime());
  });
});
