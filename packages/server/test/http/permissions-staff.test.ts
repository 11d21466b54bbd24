import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { signInMember } from './team-members.ts';

describeEachBackend('the staff role is the counter only', (database) => {
  it('a cashier sees no value figures: customer values and CLV are 403', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const cashier = await signInMember(client, owner, 'staff');
    const customer = await buildCustomer(client, owner);
    const asCashier = [
      await client.request('GET', '/api/v1/analytics/customers', cashier),
      await client.request('GET', `/api/v1/analytics/customers/${customer.id}`, cashier),
    ];
    expect(asCashier.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'forbidden'],
      [403, 'forbidden'],
    ]);
    const manager = await signInMember(client, owner, 'manager');
    const asManager = await client.request('GET', '/api/v1/analytics/customers', manager);
    expect(asManager.status).toBe(200);
    // The counter itself still works for the cashier.
    expect(
      (await client.request('GET', `/api/v1/customers/${customer.id}/card`, cashier)).status,
    ).toBe(200);
  });

  it('a cashier refunds purchases of the last 24 hours only; a manager any', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    await buildStampCard(client, owner);
    const cashier = await signInMember(client, owner, 'staff');
    const manager = await signInMember(client, owner, 'manager');
    const customer = await buildCustomer(client, owner);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const old = await purchase(client, owner, {
      customerId: customer.id,
      amountCents: 1200,
      occurredAt: daysAgo(2),
    });
    const today = await purchase(client, owner, { customerId: customer.id, amountCents: 800 });
    expect([old.status, today.status]).toEqual([201, 201]);
    const refund = (id: string, who: { cookie: string }) =>
      client.request('POST', `/api/v1/purchases/${id}/refund`, { ...who, body: {} });

    const refused = await refund(old.body.purchaseId, cashier);
    expect([refused.status, refused.body.code, refused.body.windowHours]).toEqual([
      403,
      'refund_window_closed',
      24,
    ]);
    expect((await refund(today.body.purchaseId, cashier)).status).toBe(201);
    expect((await refund(old.body.purchaseId, manager)).status).toBe(201);
    // The refusal wrote nothing: the manager's refund was the first.
    const history = await client.request(
      'GET',
      `/api/v1/customers/${customer.id}/purchases`,
      owner,
    );
    const oldRow = history.body.items.find((p: { id: string }) => p.id === old.body.purchaseId);
    expect(oldRow.refunds).toHaveLength(1);
  });
});
