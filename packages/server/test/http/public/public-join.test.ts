import { expect, it } from 'vitest';
import { RateLimiter } from '../../../src/auth/rate-limiter.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildPointsProgram, buildStampCard } from '../../support/loyalty-factories.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';

/** The sign-up link's path, as the owner gets it from GET /api/v1/auth/me. */
async function signupPath(client: TestClient, cookie: string) {
  const me = await client.request('GET', '/api/v1/auth/me', { cookie });
  return new URL(me.body.merchant.signupUrl).pathname.replace('/join/', '/api/v1/public/join/');
}

const joinBody = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille@example.fr',
  phone: '',
  birthday: { day: 14, month: 3 },
  consents: { email: true, sms: false },
  consentWordingVersion: 'fr-2026-11',
  ...overrides,
});

describeEachBackend('public sign-up', (database) => {
  it('describes the business, its program in summary and the consent wording', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessName: 'Boulangerie des Lilas' });
    await buildStampCard(
      client,
      { cookie: owner.cookie },
      {
        stampsPerCard: 9,
        reward: {
          name: { fr: 'Viennoiserie offerte', en: 'Free pastry' },
          costPriceCents: 35,
          retailValueCents: 130,
        },
      },
    );
    await buildPointsProgram(client, { cookie: owner.cookie });
    const r = await client.request('GET', await signupPath(client, owner.cookie));
    expect(r.status).toBe(200);
    expect(r.body.business).toMatchObject({ name: 'Boulangerie des Lilas', locale: 'fr' });
    expect(r.body.programs).toEqual([
      {
        kind: 'stamps',
        name: { fr: 'Carte café', en: 'Coffee card' },
        rule: { per: 'visit' },
        stampsPerCard: 9,
        reward: { fr: 'Viennoiserie offerte', en: 'Free pastry' },
      },
      {
        kind: 'points',
        name: { fr: 'Points fidélité', en: 'Points fidélité' },
        pointsPerEuro: 1,
        firstReward: { name: { fr: 'Croissant offert', en: 'Croissant offert' }, cost: 10 },
      },
    ]);
    expect(r.body.consentWording.fr.version).toBe('fr-2026-11');
    expect(r.body.consentWording.en.version).toBe('en-2026-11');
    expect(r.body.consentWording.fr.email).toContain('Boulangerie des Lilas');
  });

  it('creates a member customer with both consent answers stored (version, source), then the card opens', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const joined = await client.request('POST', await signupPath(client, owner.cookie), {
      body: joinBody({ phone: '06 11 22 33 44', consents: { email: true, sms: false } }),
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(joined.body.cardUrl).toBe(`http://habitue.test/c/${joined.body.cardToken}`);
    expect(Object.keys(joined.body).sort()).toEqual(['cardToken', 'cardUrl']);

    const found = await client.request(
      'GET',
      `/api/v1/customers?query=${joined.body.cardToken}`,
      auth,
    );
    expect(found.body.items).toHaveLength(1);
    const customer = found.body.items[0];
    expect(customer).toMatchObject({
      firstName: 'Camille',
      lastName: 'Durand',
      email: 'camille@example.fr',
      birthday: '03-14',
    });
    expect(customer.memberSince).not.toBeNull();
    const detail = await client.request('GET', `/api/v1/customers/${customer.id}`, auth);
    const consents = Object.fromEntries(
      detail.body.consents.map((k: { channel: string }) => [k.channel, k]),
    );
    expect(consents.email).toMatchObject({
      granted: true,
      source: 'public_signup',
      wordingVersion: 'fr-2026-11',
    });
    expect(consents.sms).toMatchObject({
      granted: false,
      source: 'public_signup',
      wordingVersion: 'fr-2026-11',
    });
    const audit = await client.request('GET', '/api/v1/audit-log', auth);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toMatch(/"actorType":"public","actorId":null/);
    const card = await client.request('GET', `/api/v1/public/cards/${joined.body.cardToken}`);
    expect(card.status).toBe(200);
    expect(card.body.firstName).toBe('Camille');
    expect(card.body.programs[0].progress).toMatchObject({ current: 0, target: 10 });
  });

  it('field errors come back as 422 problem+json, all at once, next to their fields', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const path = await signupPath(client, owner.cookie);
    const noContact = await client.request('POST', path, {
      body: joinBody({ email: '', phone: '', consents: { email: true, sms: true } }),
    });
    expect(noContact.status).toBe(422);
    expect(noContact.headers.get('content-type')).toContain('application/problem+json');
    expect(noContact.body.code).toBe('validation_failed');
    const fields = noContact.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['consents.email', 'consents.sms', 'email']);

    const badValues = await client.request('POST', path, {
      body: joinBody({ phone: 'call me', birthday: { day: 31, month: 2 } }),
    });
    expect(badValues.status).toBe(422);
    expect(badValues.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'birthday',
      'phone',
    ]);

    const schema = await client.request('POST', path, {
      body: joinBody({ firstName: '  ', email: 'not-an-email' }),
    });
    expect(schema.status).toBe(422);
    expect(schema.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'firstName',
    ]);

    const wording = await client.request('POST', path, {
      body: joinBody({ consentWordingVersion: 'fr-1999-01' }),
    });
    expect(wording.status).toBe(422);
    expect(wording.body.errors[0].field).toBe('consentWordingVersion');
    const list = await client.request('GET', '/api/v1/customers', { cookie: owner.cookie });
    expect(list.body.items).toHaveLength(0);
  });

  it('an Idempotency-Key makes a double tap one sign-up', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const path = await signupPath(client, owner.cookie);
    const headers = { 'idempotency-key': 'join-7f3a9c' };
    const first = await client.request('POST', path, { body: joinBody(), headers });
    const again = await client.request('POST', path, { body: joinBody(), headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const list = await client.request('GET', '/api/v1/customers', { cookie: owner.cookie });
    expect(list.body.items).toHaveLength(1);
  });

  it('unknown links are 404, and merchant B’s token under merchant A’s slug is unknown', async () => {
    const client = testClient(testServices(database()));
    const a = await signUpOwner(client);
    const b = await signUpOwner(client);
    const pathA = await signupPath(client, a.cookie);
    const pathB = await signupPath(client, b.cookie);
    const [, , , , , slugA] = pathA.split('/');
    const tokenB = pathB.split('/').at(-1);
    const crossed = `/api/v1/public/join/${slugA}/${tokenB}`;
    expect((await client.request('GET', crossed)).status).toBe(404);
    const post = await client.request('POST', crossed, { body: joinBody() });
    expect(post.status).toBe(404);
    expect(post.body.code).toBe('not_found');
    expect((await client.request('GET', '/api/v1/public/join/nobody/nothing')).status).toBe(404);
    for (const owner of [a, b]) {
      const list = await client.request('GET', '/api/v1/customers', { cookie: owner.cookie });
      expect(list.body.items).toHaveLength(0);
    }
  });

  it('sign-ups and link guesses are rate-limited per address', async () => {
    const client = testClient(
      testServices(database(), {
        cardLimiter: new RateLimiter(12, 60_000),
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
    const from = (address: string, n: number) => ({
      body: joinBody({ email: `c${n}@example.fr` }),
      headers: { 'x-forwarded-for': address },
    });
    // A sign-up weighs 6 look-ups: two fit in an allowance of 12, the third is refused.
    expect((await client.request('POST', path, from('203.0.113.9', 1))).status).toBe(201);
    expect((await client.request('POST', path, from('203.0.113.9', 2))).status).toBe(201);
    const limited = await client.request('POST', path, from('203.0.113.9', 3));
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await client.request('POST', path, from('198.51.100.4', 4))).status).toBe(201);
    // Guessing links from one address runs out the same allowance.
    for (let i = 0; i < 12; i++) {
      await client.request('GET', `/api/v1/public/join/x/guess-${i}`, {
        headers: { 'x-forwarded-for': '192.0.2.50' },
      });
    }
    const blocked = await client.request('GET', path, {
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    expect(blocked.status).toBe(429);
  });
});
