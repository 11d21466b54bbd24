import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from './portrait-support.ts';

describeEachBackend('customer purchase history', (database) => {
  it('lists purchases most recent first, with refunds, what remains and what each earned', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const card = await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const other = await buildCustomer(client, auth, { firstName: 'Marc' });
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00+01:00`;
    const ids: string[] = [];
    for (const [day, cents] of [
      [3, 450],
      [5, 1200],
      [9, 800],
    ] as const) {
      const r = await purchase(client, auth, {
        customerId: customer.id,
        amountCents: cents,
        occurredAt: at(day),
      });
      expect(r.status).toBe(201);
      ids.push(r.body.purchaseId);
    }
    await purchase(client, auth, { customerId: other.id, amountCents: 999 });
    const partial = await client.request('POST', `/api/v1/purchases/${ids[1]}/refund`, {
      ...auth,
      body: { amountCents: 200, reason: 'Gâteau abîmé' },
    });
    expect(partial.status).toBe(201);
    const full = await client.request('POST', `/api/v1/purchases/${ids[0]}/refund`, {
      ...auth,
      body: {},
    });
    expect(full.status).toBe(201);

    const staff = await signInStaff(client, owner);
    const path = `/api/v1/customers/${customer.id}/purchases`;
    const page1 = await client.request('GET', `${path}?limit=2`, { cookie: staff.cookie });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.items[0]).toMatchObject({
      amountCents: 800,
      refundedCents: 0,
      remainingCents: 800,
      refunds: [],
      earned: [{ programId: card.id, amount: 1, unit: 'stamps' }],
    });
    expect(page1.body.items[1]).toMatchObject({
      amountCents: 1200,
      refundedCents: 200,
      remainingCents: 1000,
      refunds: [{ amountCents: 200, reason: 'Gâteau abîmé' }],
    });
    expect(page1.body.nextCursor).toBe(ids[1]);
    const page2 = await client.request('GET', `${path}?limit=2&before=${ids[1]}`, auth);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0]).toMatchObject({
      id: ids[0],
      amountCents: 450,
      refundedCents: 450,
      remainingCents: 0,
      occurredAt: new Date(at(3)).toISOString(),
    });
    expect(page2.body.nextCursor).toBeNull();
  });

  it("refuses a cursor that is not one of this customer's purchases", async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const lea = await buildCustomer(client, auth);
    const marc = await buildCustomer(client, auth, { firstName: 'Marc' });
    const r = await purchase(client, auth, { customerId: marc.id, amountCents: 500 });
    const bad = await client.request(
      'GET',
      `/api/v1/customers/${lea.id}/purchases?before=${r.body.purchaseId}`,
      auth,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('before');
  });
});
