import { expect, it } from 'vitest';
import { RateLimiter } from '../../../src/auth/rate-limiter.ts';
import { asSystem } from '../../../src/db/tenant.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';

async function signupPath(client: TestClient, cookie: string) {
  const me = await client.request('GET', '/api/v1/auth/me', { cookie });
  return new URL(me.body.merchant.signupUrl).pathname.replace('/join/', '/api/v1/public/join/');
}

const joinBody = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille@example.fr',
  phone: '06 12 34 56 78',
  consents: { email: true, sms: true },
  consentWordingVersion: 'fr-2026-11',
  ...overrides,
});

describeEachBackend('joining again from the poster', (database) => {
  const setUp = async () => {
    const client = testClient(
      testServices(database(), {
        // Many joins from few addresses: the guessing limit is not what is tested here.
        cardLimiter: new RateLimiter(1_000_000, 60_000),
        config: {
          publicUrl: 'http://habitue.test',
          sessionTtlHours: 24,
          cookieSecure: false,
          trustProxy: 1,
        },
      }),
    );
    const owner = await signUpOwner(client);
    const path = await signupPath(client, owner.cookie);
    const join = (body: Record<string, unknown>, from: string, key?: string) =>
      client.request('POST', path, {
        body,
        headers: { 'x-forwarded-for': from, ...(key ? { 'idempotency-key': key } : {}) },
      });
    const customers = async () =>
      (await client.request('GET', '/api/v1/customers', { cookie: owner.cookie })).body.items;
    const merchantId: string = owner.merchant.id;
    const rows = () =>
      asSystem(database().db, async (tx) => ({
        consents: await tx
          .selectFrom('consents')
          .select('customer_id')
          .where('merchant_id', '=', merchantId)
          .execute(),
        mails: await tx
          .selectFrom('outbox')
          .select(['to_address', 'category', 'text_body', 'channel'])
          .where('merchant_id', '=', merchantId)
          .execute(),
      }));
    return { client, join, customers, rows };
  };

  it('the same email joining again and again, from many addresses, keeps one card and its two consent rows; the link goes to that email', async () => {
    const { join, customers, rows } = await setUp();
    const first = await join(joinBody(), '203.0.113.1');
    expect(first.status).toBe(201);
    for (let i = 0; i < 12; i++) {
      const again = await join(
        joinBody({
          email: i % 2 ? 'CAMILLE@Example.fr' : 'camille@example.fr',
          phone: '',
          consents: { email: true, sms: false },
        }),
        `198.51.100.${i}`,
      );
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ status: 'existing' });
    }
    expect(await customers()).toHaveLength(1);
    const { consents, mails } = await rows();
    expect(consents).toHaveLength(2);
    // One message per hour, however often the form is sent.
    expect(mails).toEqual([
      expect.objectContaining({ to_address: 'camille@example.fr', category: 'card_link' }),
    ]);
    expect(mails[0]?.text_body).toContain(`/c/${first.body.cardToken}`);
  });

  it('a known phone, written another way, makes no second (empty) card', async () => {
    const { join, customers, rows } = await setUp();
    expect((await join(joinBody(), '203.0.113.2')).status).toBe(201);
    const again = await join(
      joinBody({ email: '', phone: '+33 6 12 34 56 78', consents: { email: false, sms: true } }),
      '203.0.113.2',
    );
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'existing' });
    expect(await customers()).toHaveLength(1);
    // The link goes to the phone that was typed, as a text message, not to the mailbox.
    const { mails } = await rows();
    expect(mails).toEqual([
      expect.objectContaining({
        to_address: '+33612345678',
        channel: 'sms',
        category: 'card_link',
      }),
    ]);
  });

  it('a card known only by phone gets its link by text message, once an hour', async () => {
    const { join, customers, rows } = await setUp();
    const phoneOnly = {
      email: '',
      phone: '06 39 98 00 12',
      consents: { email: false, sms: false },
    };
    const first = await join(joinBody(phoneOnly), '203.0.113.3');
    expect(first.status).toBe(201);
    for (const phone of ['0639980012', '+33 6 39 98 00 12']) {
      const again = await join(joinBody({ ...phoneOnly, phone }), '203.0.113.3');
      expect(again.body).toEqual({ status: 'existing' });
    }
    expect(await customers()).toHaveLength(1);
    const { mails } = await rows();
    expect(mails).toEqual([
      expect.objectContaining({
        to_address: '+33639980012',
        channel: 'sms',
        category: 'card_link',
      }),
    ]);
    expect(mails[0]?.text_body).toContain(`/c/${first.body.cardToken}`);
  });

  it('simultaneous joins with one email make one card', async () => {
    const { join, customers, rows } = await setUp();
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        join(joinBody({ phone: '', consents: { email: true, sms: false } }), `192.0.2.${i}`),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await customers()).toHaveLength(1);
    expect((await rows()).consents).toHaveLength(2);
  });

  it('an anonymous Idempotency-Key is kept per caller: another caller never gets the first answer', async () => {
    const { join } = await setUp();
    const mine = await join(joinBody(), '203.0.113.50', 'shared-key');
    expect(mine.status).toBe(201);
    expect(mine.body.cardToken).toBeTruthy();
    const someoneElse = await join(joinBody(), '203.0.113.99', 'shared-key');
    expect(someoneElse.status).toBe(200);
    expect(someoneElse.body).toEqual({ status: 'existing' });
    expect(someoneElse.headers.get('idempotent-replayed')).toBeNull();
    const myRetry = await join(joinBody(), '203.0.113.50', 'shared-key');
    expect(myRetry.status).toBe(201);
    expect(myRetry.body).toEqual(mine.body);
    expect(myRetry.headers.get('idempotent-replayed')).toBe('true');
  });
});
