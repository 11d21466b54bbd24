import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import {
  deleteTierLadder,
  findCustomerTier,
  findTierLadder,
  loadTierActivities,
  saveCustomerTier,
  saveTierLadder,
} from '../../src/repositories/tiers.ts';
import { tierLadderFor } from '../http/robustness/merchant-fixture.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('tier storage', (database) => {
  it('versions a shop’s ladder, and no other shop can read or remove it', async () => {
    const { db } = database();
    const client = testClient(testServices(database()));
    const a = (await signUpOwner(client)).merchant.id as string;
    const b = (await signUpOwner(client)).merchant.id as string;
    const at = new Date('2026-12-06T10:00:00Z');
    await withMerchant(db, a, (tx) => saveTierLadder(tx, a, tierLadderFor('A') as never, at));
    const second = await withMerchant(db, a, (tx) =>
      saveTierLadder(tx, a, tierLadderFor('A2') as never, at),
    );
    expect(second.version).toBe(2);
    const saved = await withMerchant(db, a, (tx) => findTierLadder(tx, a));
    expect(saved?.ladder.levels[1]?.name).toBe('Top A2');
    // Row-level security: under B, A's ladder does not exist, even asked for by A's id.
    expect(await withMerchant(db, b, (tx) => findTierLadder(tx, a))).toBeUndefined();
    expect(await withMerchant(db, b, (tx) => deleteTierLadder(tx, a))).toBe(false);
    expect(await withMerchant(db, a, (tx) => deleteTierLadder(tx, a))).toBe(true);
    expect(await withMerchant(db, a, (tx) => findTierLadder(tx, a))).toBeUndefined();
  });

  it('reads each member’s purchases and refunds, and their last known level', async () => {
    const { db } = database();
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const merchantId: string = owner.merchant.id;
    await buildPointsProgram(client, auth);
    const lea = await buildCustomer(client, auth, { firstName: 'Léa' });
    const hugo = await buildCustomer(client, auth, { firstName: 'Hugo' });
    const bought = await purchase(client, auth, { customerId: lea.id, amountCents: 4000 });
    await purchase(client, auth, { customerId: lea.id, amountCents: 1500 });
    await purchase(client, auth, { customerId: hugo.id, amountCents: 900 });
    await client.request('POST', `/api/v1/purchases/${bought.body.purchaseId}/refund`, {
      ...auth,
      body: { amountCents: 1000 },
    });
    const since = new Date('2026-01-01T00:00:00Z');
    const activities = await withMerchant(db, merchantId, (tx) =>
      loadTierActivities(tx, merchantId, [
        { id: lea.id, memberSince: since },
        { id: hugo.id, memberSince: since },
      ]),
    );
    const leaActivity = activities.get(lea.id);
    expect(leaActivity?.purchases.map((p) => p.amountCents).sort()).toEqual([1500, 4000]);
    expect(leaActivity?.refunds).toEqual([
      expect.objectContaining({ purchaseId: bought.body.purchaseId, amountCents: 1000 }),
    ]);
    expect(activities.get(hugo.id)?.purchases.map((p) => p.amountCents)).toEqual([900]);
    expect(activities.get(hugo.id)?.refunds).toEqual([]);

    const at = new Date('2026-12-06T10:00:00Z');
    await withMerchant(db, merchantId, async (tx) => {
      await saveCustomerTier(tx, merchantId, lea.id, { levelId: 'base', since: '2026-12-06' }, at);
      await saveCustomerTier(tx, merchantId, lea.id, { levelId: 'top', since: '2026-12-07' }, at);
    });
    expect(
      await withMerchant(db, merchantId, (tx) => findCustomerTier(tx, merchantId, lea.id)),
    ).toEqual({ level_id: 'top', since: '2026-12-07' });
  });
});
