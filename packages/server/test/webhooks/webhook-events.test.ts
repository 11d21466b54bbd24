import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { DEMO } from '../../src/demo/seed-demo-shop.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { deliverWebhookJob } from '../../src/webhooks/deliver-webhook.ts';
import { WEBHOOK_EVENTS } from '../../src/webhooks/events.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { startReceiver } from './receiver.ts';

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

describeEachBackend('webhook events', (database) => {
  async function shopWithWebhook() {
    const client = testClient(testServices(database()));
    const receiver = await startReceiver();
    receivers.push(receiver);
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const hook = await client.request('POST', '/api/v1/webhooks', {
      ...auth,
      body: { url: receiver.url, events: [...WEBHOOK_EVENTS] },
    });
    expect(hook.status).toBe(201);
    const deliver = () =>
      createJobRunner({
        db: database().db,
        logger: pino({ level: 'silent' }),
        jobs: [deliverWebhookJob({ allowPrivate: true })],
      }).runDue();
    const events = () => receiver.received.map((m) => JSON.parse(m.body));
    return { client, owner, auth, deliver, events };
  }

  it('announces sign-ups, consents, purchases, unlocked rewards, redemptions and refunds', async () => {
    const { client, auth, deliver, events } = await shopWithWebhook();
    const card = await buildStampCard(client, auth, { stampsPerCard: 2 });
    const consent = { channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' };
    const customer = await buildCustomer(client, auth, { consents: [consent] });
    await purchase(client, auth, { customerId: customer.id, amountCents: 300 });
    const second = await purchase(client, auth, { customerId: customer.id, amountCents: 500 });
    const code: string = second.body.unlocked[0].code;
    const redeemed = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode: code },
    });
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${second.body.purchaseId}/refund`,
      {
        ...auth,
        body: { amountCents: 200 },
      },
    );
    await client.request('PATCH', `/api/v1/customers/${customer.id}`, {
      ...auth,
      body: { consents: [{ ...consent, granted: false }] },
    });
    // Changing a name records no consent: nothing to announce.
    await client.request('PATCH', `/api/v1/customers/${customer.id}`, {
      ...auth,
      body: { firstName: 'Léane' },
    });
    await deliver();

    const byType = (type: string) => events().filter((e) => e.type === type);
    expect(byType('customer.created').map((e) => e.data.customer.id)).toEqual([customer.id]);
    expect(byType('consent.changed').map((e) => e.data)).toEqual([
      { customerId: customer.id, consents: [consent] },
      { customerId: customer.id, consents: [{ ...consent, granted: false }] },
    ]);
    expect(
      byType('purchase.recorded')
        .map((e) => e.data.amountCents)
        .sort(),
    ).toEqual([300, 500]);
    expect(byType('reward.unlocked').map((e) => e.data)).toEqual([
      expect.objectContaining({
        customerId: customer.id,
        purchaseId: second.body.purchaseId,
        voucherCode: code,
        rewardId: card.rewards[0].id,
        programId: card.id,
      }),
    ]);
    expect(byType('redemption.created').map((e) => e.data)).toEqual([
      expect.objectContaining({ redemptionId: redeemed.body.redemptionId, voucherCode: code }),
    ]);
    expect(byType('purchase.refunded').map((e) => e.data)).toEqual([
      expect.objectContaining({
        refundId: refund.body.refundId,
        purchaseId: second.body.purchaseId,
        amountCents: 200,
        remainingCents: 300,
      }),
    ]);
    expect(events()).toHaveLength(8);
  });

  it('sends only the events a webhook chose, nothing once paused, and nothing from the demo shop', async () => {
    const { client, owner, auth, deliver, events } = await shopWithWebhook();
    const [hook] = (await client.request('GET', '/api/v1/webhooks', auth)).body.items;
    await client.request('PATCH', `/api/v1/webhooks/${hook.id}`, {
      ...auth,
      body: { events: ['purchase.recorded'] },
    });
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 300 });
    await deliver();
    expect(events().map((e) => e.type)).toEqual(['purchase.recorded']);

    await client.request('PATCH', `/api/v1/webhooks/${hook.id}`, {
      ...auth,
      body: { active: false },
    });
    await purchase(client, auth, { customerId: customer.id, amountCents: 400 });
    await client.request('PATCH', `/api/v1/webhooks/${hook.id}`, {
      ...auth,
      body: { active: true },
    });
    await asSystem(database().db, (tx) =>
      tx
        .updateTable('merchants')
        .set({ slug: DEMO.slug })
        .where('id', '=', owner.merchant.id)
        .execute(),
    );
    await purchase(client, auth, { customerId: customer.id, amountCents: 500 });
    await deliver();
    expect(events().map((e) => e.data.amountCents)).toEqual([300]);
  });
});
