import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/**
 * What the counter's queue relies on: a sale resent with the exact bytes and key it was first
 * sent with is one purchase, within the 24 h replay window (the stored answer) and after it (the
 * externalId in the body).
 */
describeEachBackend('a queued counter sale resent later', (database) => {
  it('counts once: replayed within 24 h, recognised by its externalId after', async () => {
    let clock = new Date('2026-12-06T09:00:00Z');
    const services = testServices(database(), { now: () => clock });
    // A till stays signed in across the two days (the session outlives the replay window).
    const client = testClient({ ...services, config: { ...services.config, sessionTtlHours: 72 } });
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const key = 'c0ffee00-0000-4000-8000-000000000001';
    const rawBody = JSON.stringify({
      customerId: customer.id,
      amountCents: 450,
      occurredAt: '2026-12-06T08:59:58.000Z',
      externalId: `counter:${key}`,
    });
    const send = () =>
      client.request('POST', '/api/v1/purchases', {
        ...auth,
        rawBody,
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
      });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.body.occurredAt).toBe('2026-12-06T08:59:58.000Z');
    const lostAnswerResent = await send();
    expect(lostAnswerResent.status).toBe(201);
    expect(lostAnswerResent.headers.get('idempotent-replayed')).toBe('true');
    expect(lostAnswerResent.body.purchaseId).toBe(first.body.purchaseId);

    clock = new Date(clock.getTime() + 25 * 3_600_000);
    const dayLater = await send();
    expect(dayLater.status).toBe(201);
    expect(dayLater.body).toMatchObject({ purchaseId: first.body.purchaseId, replayed: true });
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(card.body.programs[0].balance).toBe(1);
    const history = await client.request('GET', `/api/v1/customers/${customer.id}/purchases`, auth);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
  });
});
