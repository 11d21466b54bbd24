import { createHmac } from 'node:crypto';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { deliverWebhookJob } from '../../src/webhooks/deliver-webhook.ts';
import { WEBHOOK_EVENTS } from '../../src/webhooks/events.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { type Received, startReceiver } from './receiver.ts';

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver() {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

/** The Standard Webhooks check, written here from the convention, not with the server's code. */
function expectSigned(message: Received, secret: string) {
  const id = String(message.headers['webhook-id']);
  const timestamp = String(message.headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${id}.${timestamp}.${message.body}`)
    .digest('base64');
  expect(message.headers['webhook-signature']).toBe(`v1,${expected}`);
}

describeEachBackend('webhooks', (database) => {
  function setUp(allowPrivate = true) {
    const clock = testClock('2026-12-06T09:00:00Z');
    const services = testServices(database(), { now: clock.now });
    services.config = { ...services.config, webhooks: { allowPrivate } };
    const client = testClient(services);
    const runner = (policy = { allowPrivate: true }) =>
      createJobRunner({
        db: database().db,
        logger: pino({ level: 'silent' }),
        now: clock.now,
        jobs: [deliverWebhookJob(policy)],
      });
    return { clock, client, runner };
  }

  it('sends signed Standard Webhooks deliveries for what happened, and shows each try', async () => {
    const { clock, client, runner } = setUp();
    const shop = await receiver();
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const created = await client.request('POST', '/api/v1/webhooks', {
      ...auth,
      body: { url: shop.url, events: ['customer.created', 'purchase.recorded', 'consent.changed'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: shop.url, active: true });
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);

    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const bought = await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
    // A refused write announces nothing.
    const refused = await purchase(client, auth, { customerId: customer.id, amountCents: -1 });
    expect(refused.status).toBe(422);
    expect(shop.received).toEqual([]); // nothing leaves before the runner runs

    clock.advance(1_000);
    await runner().runDue();
    const types = shop.received.map((m) => JSON.parse(m.body).type);
    expect(types.sort()).toEqual(['customer.created', 'purchase.recorded']);
    for (const message of shop.received) {
      expectSigned(message, secret);
      expect(message.headers['content-type']).toBe('application/json');
      expect(message.headers['webhook-timestamp']).toBe(
        String(Date.parse('2026-12-06T09:00:01Z') / 1000),
      );
    }
    const sale = JSON.parse(shop.received.find((m) => m.body.includes('purchase.recorded'))!.body);
    expect(sale).toEqual({
      type: 'purchase.recorded',
      timestamp: '2026-12-06T09:00:00.000Z',
      data: expect.objectContaining({
        purchaseId: bought.body.purchaseId,
        customerId: customer.id,
        amountCents: 450,
      }),
    });
    const signUp = JSON.parse(shop.received.find((m) => m.body.includes('customer.created'))!.body);
    expect(signUp.data.customer.id).toBe(customer.id);
    expect(JSON.stringify(signUp)).not.toContain(customer.cardToken);

    const deliveries = await client.request(
      'GET',
      `/api/v1/webhooks/${created.body.id}/deliveries`,
      auth,
    );
    expect(deliveries.status).toBe(200);
    expect(deliveries.body.items).toHaveLength(2);
    for (const delivery of deliveries.body.items) {
      expect(delivery).toMatchObject({ status: 'succeeded', nextAttemptAt: null });
      expect(delivery.attempts).toEqual([
        expect.objectContaining({
          succeeded: true,
          responseStatus: 200,
          error: null,
          attemptedAt: '2026-12-06T09:00:01.000Z',
        }),
      ]);
    }
    await runner().runDue();
    expect(shop.received).toHaveLength(2); // sent once
  });

  it('retries a failing receiver with back-off for 24 hours, then redelivers by hand', async () => {
    const { clock, client, runner } = setUp();
    const shop = await receiver();
    shop.answer(500);
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const hook = await client.request('POST', '/api/v1/webhooks', {
      ...auth,
      body: { url: shop.url, events: ['customer.created'] },
    });
    await buildCustomer(client, auth);
    // The session would expire during the day this test spans; a key does not.
    const key = await client.request('POST', '/api/v1/api-keys', {
      ...auth,
      body: { name: 'CRM', scopes: ['webhooks:manage'] },
    });
    const reader = { apiKey: key.body.key as string };
    const worker = runner();
    await worker.runDue();
    expect(shop.received).toHaveLength(1);
    clock.advance(4_000);
    await worker.runDue();
    expect(shop.received).toHaveLength(1); // not before 5 s
    clock.advance(1_000);
    await worker.runDue();
    expect(shop.received).toHaveLength(2);
    clock.advance(60_000);
    await worker.runDue();
    expect(shop.received).toHaveLength(2); // the next is at 5 min
    const path = `/api/v1/webhooks/${hook.body.id}/deliveries`;
    const pending = (await client.request('GET', path, auth)).body.items[0];
    expect(pending).toMatchObject({ status: 'pending', nextAttemptAt: '2026-12-06T09:05:00.000Z' });
    expect(pending.attempts[0]).toMatchObject({
      succeeded: false,
      responseStatus: 500,
      error: 'The receiver answered 500',
    });

    for (let hour = 0; hour < 25; hour += 1) {
      clock.advance(3_600_000);
      await worker.runDue();
    }
    expect(shop.received).toHaveLength(8);
    expect(new Set(shop.received.map((m) => m.headers['webhook-id'])).size).toBe(1);
    expect(new Set(shop.received.map((m) => m.body)).size).toBe(1);
    const given = (await client.request('GET', path, reader)).body.items[0];
    expect(given).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(given.attempts).toHaveLength(8);
    clock.advance(7 * 86_400_000);
    await worker.runDue();
    expect(shop.received).toHaveLength(8);

    shop.answer(204);
    const again = await client.request('POST', `${path}/${given.id}/redeliver`, reader);
    expect(again.status).toBe(202);
    await worker.runDue();
    expect(shop.received).toHaveLength(9);
    expect(shop.received[8]!.headers['webhook-id']).toBe(shop.received[0]!.headers['webhook-id']);
    const fixed = (await client.request('GET', path, reader)).body.items[0];
    expect(fixed.status).toBe('succeeded');
    expect(fixed.attempts.at(-1)).toMatchObject({ succeeded: true, responseStatus: 204 });
  });

  it('refuses private addresses at registration and at delivery unless the operator allows them', async () => {
    const strict = setUp(false);
    const owner = await signUpOwner(strict.client);
    for (const url of [
      'http://127.0.0.1:8080/hooks',
      'http://localhost/hooks',
      'http://[::1]/hooks',
      'http://[::ffff:127.0.0.1]/hooks',
      'http://169.254.169.254/latest',
      'http://10.0.0.7/',
      'ftp://example.com/',
    ]) {
      const answer = await strict.client.request('POST', '/api/v1/webhooks', {
        cookie: owner.cookie,
        body: { url, events: ['customer.created'] },
      });
      expect([url, answer.status, answer.body.code]).toEqual([url, 422, 'webhook_url_not_allowed']);
    }

    // Registered while allowed; the operator then turns it off: the delivery is refused too.
    const { client, runner } = setUp(true);
    const shop = await receiver();
    const other = await signUpOwner(client);
    const hook = await client.request('POST', '/api/v1/webhooks', {
      cookie: other.cookie,
      body: { url: shop.url.replace('127.0.0.1', 'localhost'), events: ['customer.created'] },
    });
    expect(hook.status).toBe(201);
    await buildCustomer(client, { cookie: other.cookie });
    await runner({ allowPrivate: false }).runDue();
    expect(shop.received).toEqual([]);
    const items = (
      await client.request('GET', `/api/v1/webhooks/${hook.body.id}/deliveries`, {
        cookie: other.cookie,
      })
    ).body.items;
    expect(items[0].attempts[0]).toMatchObject({ succeeded: false, responseStatus: null });
    expect(items[0].attempts[0].error).toMatch(
      /^Refused: localhost resolves to (127\.0\.0\.1|::1)/,
    );
  });

  it('shows the secret once, and lets owners and keys with the scope manage webhooks', async () => {
    const { client } = setUp();
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const created = await client.request('POST', '/api/v1/webhooks', {
      ...auth,
      body: { url: 'https://93.184.215.14/h', events: [...WEBHOOK_EVENTS] },
    });
    const { id, secret } = created.body;
    const changed = await client.request('PATCH', `/api/v1/webhooks/${id}`, {
      ...auth,
      body: { events: ['purchase.refunded'], active: false },
    });
    expect(changed.body).toMatchObject({ events: ['purchase.refunded'], active: false });
    const answers = await Promise.all([
      client.request('GET', '/api/v1/webhooks', auth),
      client.request('GET', `/api/v1/webhooks/${id}`, auth),
      client.request('GET', `/api/v1/webhooks/${id}/deliveries`, auth),
      client.request('GET', '/api/v1/audit-log', auth),
    ]);
    for (const answer of [changed, ...answers]) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(secret.slice(6));
    }

    await client.request('POST', '/api/v1/staff', {
      ...auth,
      body: { email: `gerant-${id}@example.fr`, role: 'manager', initialPassword: 'flan-2026-abc' },
    });
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email: `gerant-${id}@example.fr`, password: 'flan-2026-abc' },
    });
    const manager = await client.request('GET', '/api/v1/webhooks', {
      cookie: sessionCookie(login.headers),
    });
    expect([manager.status, manager.body.code]).toEqual([403, 'forbidden']);
    const counterKey = await client.request('POST', '/api/v1/api-keys', {
      ...auth,
      body: { name: 'Caisse' },
    });
    const refused = await client.request('GET', '/api/v1/webhooks', {
      apiKey: counterKey.body.key,
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'missing_scope']);
    const integrator = await client.request('POST', '/api/v1/api-keys', {
      ...auth,
      body: { name: 'CRM', scopes: ['webhooks:manage'] },
    });
    const listed = await client.request('GET', '/api/v1/webhooks', { apiKey: integrator.body.key });
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([id]);

    const stranger = await signUpOwner(client);
    const elsewhere = await client.request('GET', `/api/v1/webhooks/${id}`, {
      cookie: stranger.cookie,
    });
    expect(elsewhere.status).toBe(404);
    const removed = await client.request('DELETE', `/api/v1/webhooks/${id}`, auth);
    expect(removed.status).toBe(204);
    expect((await client.request('GET', `/api/v1/webhooks/${id}`, auth)).status).toBe(404);
  });
});
