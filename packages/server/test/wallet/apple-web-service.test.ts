import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { enterMerchant } from '../../src/db/tenant.ts';
import { passAuthenticationToken } from '../../src/wallet/apple/authentication-token.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { makeTestChain, PASS_TYPE_ID, type TestChain } from './test-certificates.ts';

let chain: TestChain;
beforeAll(() => {
  chain = makeTestChain();
});

const BASE = '/api/v1/wallet/apple/v1';

describeEachBackend('PassKit web service', (database) => {
  function walletServer() {
    return testClient(
      testServices(database(), {
        config: {
          publicUrl: 'https://habitue.test',
          sessionTtlHours: 24,
          cookieSecure: false,
          trustProxy: 0,
        },
        wallet: { apple: chain.apple, google: null },
      }),
    );
  }

  /** A shop with a stamp card and a customer, and the pass as the phone knows it. */
  async function shopWithPass(client: ReturnType<typeof walletServer>) {
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildStampCard(client, auth, { stampsPerCard: 10 });
    const customer = await buildCustomer(client, auth);
    const response = await client.app.request(
      `/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
    );
    expect(response.status).toBe(200);
    const serial = `${owner.merchant.id}.${customer.id}`;
    const token = passAuthenticationToken(customer.cardToken);
    return { owner, auth, program, customer, serial, token };
  }

  const registration = (device: string, serial: string) =>
    `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}/${serial}`;
  const applePass = (token: string) => ({ authorization: `ApplePass ${token}` });

  it('registers a phone, tells it which passes changed since its tag, and serves the new pass', async () => {
    const client = walletServer();
    const shop = await shopWithPass(client);
    const device = `device-${randomUUID()}`;
    const register = () =>
      client.request('POST', registration(device, shop.serial), {
        headers: applePass(shop.token),
        body: { pushToken: 'apns-token-1' },
      });
    expect((await register()).status).toBe(201);
    expect((await register()).status).toBe(200);

    const first = await client.request(
      'GET',
      `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}`,
    );
    expect(first.status).toBe(200);
    expect(first.body.serialNumbers).toEqual([shop.serial]);
    const tag = first.body.lastUpdated;
    expect(tag).toMatch(/^[0-9a-f]{10}-\d+$/);

    const since = (t: string) =>
      client.request(
        'GET',
        `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}?passesUpdatedSince=${t}`,
      );
    const quiet = await since(tag);
    expect(quiet.status).toBe(204);

    const bought = await purchase(client, shop.auth, {
      customerId: shop.customer.id,
      amountCents: 450,
    });
    expect(bought.status).toBe(201);
    const changed = await since(tag);
    expect(changed.status).toBe(200);
    expect(changed.body.serialNumbers).toEqual([shop.serial]);
    expect((await since(changed.body.lastUpdated)).status).toBe(204);

    const latest = await client.app.request(`${BASE}/passes/${PASS_TYPE_ID}/${shop.serial}`, {
      headers: applePass(shop.token),
    });
    expect(latest.status).toBe(200);
    expect(latest.headers.get('content-type')).toBe('application/vnd.apple.pkpass');
    expect(Number.isNaN(Date.parse(latest.headers.get('last-modified') ?? ''))).toBe(false);
    const bytes = Buffer.from(await latest.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // Over https the pass carries the service's address and its own token.
    expect(bytes.includes(Buffer.from('https://habitue.test/api/v1/wallet/apple'))).toBe(true);
    expect(bytes.includes(Buffer.from(shop.token))).toBe(true);

    const gone = await client.request('DELETE', registration(device, shop.serial), {
      headers: applePass(shop.token),
    });
    expect(gone.status).toBe(200);
    await purchase(client, shop.auth, { customerId: shop.customer.id, amountCents: 450 });
    expect((await since(tag)).status).toBe(204);
  });

  it('reports a change committed after an answer by a transaction that began before it', async () => {
    const client = walletServer();
    const shop = await shopWithPass(client);
    // A second card of the same shop on the same phone.
    const other = await buildCustomer(client, shop.auth, { firstName: 'Hugo' });
    const otherSerial = `${shop.owner.merchant.id}.${other.id}`;
    const device = `device-${randomUUID()}`;
    for (const [serial, cardToken] of [
      [shop.serial, shop.customer.cardToken],
      [otherSerial, other.cardToken],
    ]) {
      const registered = await client.request('POST', registration(device, serial), {
        headers: applePass(passAuthenticationToken(cardToken)),
        body: { pushToken: 'apns-token-2' },
      });
      expect(registered.status).toBe(201);
    }
    const ask = (t?: string) =>
      client.request(
        'GET',
        `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}${t ? `?passesUpdatedSince=${t}` : ''}`,
      );
    const before = (await ask()).body.lastUpdated;

    // The first card gets a stamp in a transaction still open while the phone asks…
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written: () => void = () => {};
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const slow = database()
      .db.transaction()
      .execute(async (tx) => {
        await enterMerchant(tx, shop.owner.merchant.id);
        await sql`insert into ledger_entries (merchant_id, id, customer_id, program_id, program_version,
          kind, unit, delta, cause_type, cause, actor_type, occurred_at)
        values (${shop.owner.merchant.id}, ${randomUUID()}, ${shop.customer.id}, ${shop.program.id}, 1,
          'adjust', 'stamps', 1, 'adjustment', '{}'::jsonb, 'system', now())`.execute(tx);
        written();
        await held;
      });
    await wrote;
    // …while the second card's purchase commits: the phone hears of that one, and gets a tag.
    await purchase(client, shop.auth, { customerId: other.id, amountCents: 450 });
    const during = await ask(before);
    expect(during.status).toBe(200);
    expect(during.body.serialNumbers).toEqual([otherSerial]);
    release();
    await slow;
    // The stamp committed after that answer: asking with its tag must still report the first card.
    const after = await ask(during.body.lastUpdated);
    expect(after.status).toBe(200);
    expect(after.body.serialNumbers).toContain(shop.serial);
  });

  it('reports a voucher used and the shop renamed, not only new stamps', async () => {
    const client = walletServer();
    const shop = await shopWithPass(client);
    const device = `device-${randomUUID()}`;
    await client.request('POST', registration(device, shop.serial), {
      headers: applePass(shop.token),
      body: { pushToken: 'apns-token-3' },
    });
    const ask = async (t?: string) =>
      client.request(
        'GET',
        `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}${t ? `?passesUpdatedSince=${t}` : ''}`,
      );
    let code = '';
    for (let i = 0; i < 10; i++) {
      const r = await purchase(client, shop.auth, {
        customerId: shop.customer.id,
        amountCents: 450,
      });
      code = r.body.unlocked?.[0]?.code ?? code;
    }
    expect(code).not.toBe('');
    let tag = (await ask()).body.lastUpdated;
    const used = await client.request('POST', '/api/v1/redemptions', {
      ...shop.auth,
      body: { customerId: shop.customer.id, voucherCode: code },
    });
    expect(used.status).toBe(201);
    const afterUse = await ask(tag);
    expect(afterUse.status).toBe(200);
    tag = afterUse.body.lastUpdated;
    expect((await ask(tag)).status).toBe(204);
    const renamed = await client.request('PATCH', '/api/v1/merchant', {
      ...shop.auth,
      body: { name: 'Boulangerie Nouvelle' },
    });
    expect(renamed.status).toBe(200);
    expect((await ask(tag)).body.serialNumbers).toEqual([shop.serial]);
  });

  it('refuses a wrong token, and a token of one shop for another shop’s pass (401, nothing written)', async () => {
    const client = walletServer();
    const a = await shopWithPass(client);
    const b = await shopWithPass(client);
    const device = `device-${randomUUID()}`;
    for (const [serial, token] of [
      [a.serial, 'not-the-token-of-this-pass'],
      [b.serial, a.token],
      [`${b.owner.merchant.id}.${a.customer.id}`, a.token],
      ['not-a-serial', a.token],
    ] as const) {
      const r = await client.request('POST', registration(device, serial), {
        headers: applePass(token),
        body: { pushToken: 'apns' },
      });
      expect(r.status, serial).toBe(401);
      expect(r.body.code).toBe('unauthenticated');
      const pass = await client.request('GET', `${BASE}/passes/${PASS_TYPE_ID}/${serial}`, {
        headers: applePass(token),
      });
      expect(pass.status).toBe(401);
    }
    const none = await client.request(
      'GET',
      `${BASE}/devices/${device}/registrations/${PASS_TYPE_ID}`,
    );
    expect(none.status).toBe(204);
    const noAuth = await client.request('POST', registration(device, a.serial), {
      body: { pushToken: 'apns' },
    });
    expect(noAuth.status).toBe(401);
    const otherType = await client.request(
      'POST',
      `${BASE}/devices/${device}/registrations/pass.fr.autre/${a.serial}`,
      { headers: applePass(a.token), body: { pushToken: 'apns' } },
    );
    expect(otherType.status).toBe(404);
  });

  it('a replaced card link revokes the old pass’s updates', async () => {
    const client = walletServer();
    const shop = await shopWithPass(client);
    const rotated = await client.request(
      'POST',
      `/api/v1/customers/${shop.customer.id}/card-token/rotate`,
      { cookie: shop.owner.cookie },
    );
    expect(rotated.status).toBeLessThan(300);
    const r = await client.request('GET', `${BASE}/passes/${PASS_TYPE_ID}/${shop.serial}`, {
      headers: applePass(shop.token),
    });
    expect(r.status).toBe(401);
  });

  it('writes what Wallet logs, and answers 404 wallet_not_configured without a certificate', async () => {
    const client = walletServer();
    const logged = await client.request('POST', `${BASE}/log`, {
      body: { logs: ['Web service error for pass.fr.habitue.test: 401'] },
    });
    expect(logged.status).toBe(200);
    const plain = testClient(testServices(database()));
    const r = await plain.request(
      'GET',
      `${BASE}/devices/some-device/registrations/${PASS_TYPE_ID}`,
    );
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('wallet_not_configured');
  });
});
