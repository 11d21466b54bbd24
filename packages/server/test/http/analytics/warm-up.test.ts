import { expect, it } from 'vitest';
import { loadCustomerMetrics } from '../../../src/use-cases/analytics/load-customer-metrics.ts';
import { warmAnalytics } from '../../../src/use-cases/analytics/warm-analytics.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('analytics warm-up at start', (database) => {
  it("computes every merchant's metrics once, so the first visit reads the cache", async () => {
    const { db } = database();
    const client = testClient(testServices(database()));
    const owners = [await signUpOwner(client), await signUpOwner(client)];
    for (const owner of owners) {
      const customer = await buildCustomer(client, { cookie: owner.cookie });
      await purchase(
        client,
        { cookie: owner.cookie },
        { customerId: customer.id, amountCents: 1200 },
      );
    }
    const now = new Date();
    const warmed = await warmAnalytics(db, { now: () => now });
    expect(warmed).toBeGreaterThanOrEqual(2);
    const later = new Date(now.getTime() + 1_000);
    for (const owner of owners) {
      const served = await loadCustomerMetrics({ db, merchantId: owner.merchant.id, now: later });
      // Served from the warm-up (computed at `now`), not recomputed at `later`.
      expect(served.computedAt.getTime()).toBe(now.getTime());
    }
  });
});
