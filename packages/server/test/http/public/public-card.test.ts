import { expect, it } from 'vitest';
import { RateLimiter } from '../../../src/auth/rate-limiter.ts';
import { describeEachBackend } from '../../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  purchase,
} from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describeEachBackend('public card page', (database) => {
  it('shows the business, the first name, stamp progress and vouchers with their codes', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessName: 'Café des Arts' });
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth, { stampsPerCard: 3 });
    const customer = await buildCustomer(client, auth, {
      firstName: 'Léa',
      email: 'lea@example.fr',
      phone: '06 12 34 56 78',
    });
    for (let i = 0; i < 5; i++) {
      await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
    }
    const r = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body).toMatchObject({
      cardToken: customer.cardToken,
      cardUrl: `http://habitue.test/c/${customer.cardToken}`,
      firstName: 'Léa',
      business: { name: 'Café des Arts', brandColor: null },
    });
    const [program] = r.body.programs;
    expect(program).toMatchObject({
      name: { fr: 'Carte café' },
      kind: 'stamps',
      balance: 2,
      progress: { current: 2, target: 3, reward: { fr: 'Café offert', en: 'Free coffee' } },
    });
    expect(program.vouchers).toHaveLength(1);
    expect(program.vouchers[0]).toMatchObject({ reward: { fr: 'Café offert' } });
    expect(program.vouchers[0].code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });

  it('reveals no personal data beyond the first name, and no internal ids', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth, {
      firstName: 'Hugo',
      lastName: 'Bernard-Secret',
      email: 'hugo.secret@example.fr',
      phone: '+33 6 98 76 54 32',
      birthday: '03-14',
    });
    await purchase(client, auth, { customerId: customer.id, amountCents: 1250 });
    const r = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}`);
    expect(r.status).toBe(200);
    const text = JSON.stringify(r.body);
    for (const secret of [
      'Bernard-Secret',
      'hugo.secret',
      '98 76',
      '698765432',
      '03-14',
      customer.id,
      owner.merchant.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/"(email|phone|lastName|birthday|id|customerId|merchantId)"/);
    expect(r.body.programs[0]).toMatchObject({
      kind: 'points',
      balance: 12,
      progress: null,
      redeemable: [{ name: { fr: 'Croissant offert' }, cost: 10 }],
    });
  });

  it('unknown token → 404; past the limit the guessing address gets 429 with Retry-After, others do not', async () => {
    const client = testClient(
      testServices(database(), {
        cardLimiter: new RateLimiter(3, 60_000),
        config: {
          publicUrl: 'http://habitue.test',
          sessionTtlHours: 24,
          cookieSecure: false,
          trustProxy: 1,
        },
      }),
    );
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const known = `/api/v1/public/cards/${customer.cardToken}`;
    // Looking at a real card is not a guess: it never uses up the allowance.
    for (let i = 0; i < 5; i++) {
      expect((await client.request('GET', known, from('203.0.113.7'))).status).toBe(200);
    }
    for (let i = 0; i < 3; i++) {
      const miss = await client.request(
        'GET',
        `/api/v1/public/cards/guess${i}xxxxxxxxxxxxxxxx`,
        from('203.0.113.7'),
      );
      expect(miss.status).toBe(404);
      expect(miss.body.code).toBe('not_found');
    }
    const limited = await client.request('GET', '/api/v1/public/cards/guess4', from('203.0.113.7'));
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // A blocked address learns nothing more, not even from a real token.
    expect((await client.request('GET', known, from('203.0.113.7'))).status).toBe(429);
    // Someone else, elsewhere, still sees their card.
    expect((await client.request('GET', known, from('198.51.100.2'))).status).toBe(200);
  });

  it('a client-written X-Forwarded-For does not dodge the limit: the address comes from the trusted proxies', async () => {
    const guess = (hops: number) =>
      testClient(
        testServices(database(), {
          cardLimiter: new RateLimiter(3, 60_000),
          config: {
            publicUrl: 'http://habitue.test',
            sessionTtlHours: 24,
            cookieSecure: false,
            trustProxy: hops,
          },
        }),
      );
    // One proxy: it appended the real client (203.0.113.77); the left part is the attacker's own.
    const oneProxy = guess(1);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await oneProxy.request('GET', `/api/v1/public/cards/guess${i}xxxxxxxxxxxx`, {
        headers: { 'x-forwarded-for': `10.0.${i}.1, 203.0.113.77` },
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429, 429]);
    // Two proxies: the client is the second entry from the right.
    const twoProxies = guess(2);
    for (let i = 0; i < 3; i++) {
      await twoProxies.request('GET', `/api/v1/public/cards/guess${i}xxxxxxxxxxxx`, {
        headers: { 'x-forwarded-for': `10.9.${i}.1, 198.51.100.20, 192.0.2.1` },
      });
    }
    const blocked = await twoProxies.request('GET', '/api/v1/public/cards/guess9xxxxxxxxxxxx', {
      headers: { 'x-forwarded-for': '198.51.100.20, 192.0.2.1' },
    });
    expect(blocked.status).toBe(429);
    const other = await twoProxies.request('GET', '/api/v1/public/cards/guess9xxxxxxxxxxxx', {
      headers: { 'x-forwarded-for': '198.51.100.21, 192.0.2.1' },
    });
    expect(other.status).toBe(404);
  });

  it('the window expires: the address may look again after Retry-After', async () => {
    let nowMs = Date.parse('2026-11-22T10:00:00Z');
    const client = testClient(
      testServices(database(), {
        cardLimiter: new RateLimiter(2, 60_000),
        now: () => new Date(nowMs),
      }),
    );
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    await client.request('GET', '/api/v1/public/cards/nope-1');
    await client.request('GET', '/api/v1/public/cards/nope-2');
    const known = `/api/v1/public/cards/${customer.cardToken}`;
    expect((await client.request('GET', known)).status).toBe(429);
    nowMs += 61_000;
    expect((await client.request('GET', known)).status).toBe(200);
  });

  it('the card installs as its own app: the manifest starts on this card, named after the business', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessName: 'Salon Mila' });
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const r = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}/manifest`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      name: 'Salon Mila',
      start_url: `/c/${customer.cardToken}`,
      display: 'standalone',
    });
    expect((await client.request('GET', '/api/v1/public/cards/unknown/manifest')).status).toBe(404);
  });

  it('a rotated card link stops working', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const customer = await buildCustomer(client, auth);
    const rotated = await client.request(
      'POST',
      `/api/v1/customers/${customer.id}/card-token/rotate`,
      auth,
    );
    expect(rotated.status).toBe(200);
    expect((await client.request('GET', `/api/v1/public/cards/${customer.cardToken}`)).status).toBe(
      404,
    );
    const fresh = await client.request('GET', `/api/v1/public/cards/${rotated.body.cardToken}`);
    expect(fresh.status).toBe(200);
  });
});
