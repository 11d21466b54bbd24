import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

type Client = ReturnType<typeof testClient>;
type Auth = { cookie: string };

async function setBonuses(client: Client, auth: Auth, settings: Record<string, unknown>) {
  const r = await client.request('PUT', '/api/v1/bonus-settings', {
    ...auth,
    body: { welcome: null, birthday: null, referral: null, ...settings },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

async function balance(client: Client, auth: Auth, customerId: string) {
  const card = await client.request('GET', `/api/v1/customers/${customerId}/card`, auth);
  return card.body.programs[0].balance as number;
}

describeEachBackend('welcome bonus', (database) => {
  it('gives the welcome points once at sign-up, the launch plan extra, and nothing to a customer who does not join', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    await setBonuses(client, auth, {
      welcome: {
        programId: program.id,
        amount: 50,
        firstDays: { days: 7, extraPercent: 100 },
        firstPurchasePercentOff: 10,
      },
    });
    const lea = await buildCustomer(client, auth);
    expect(await balance(client, auth, lea.id)).toBe(50);
    // The till's quote carries the welcome offer on the first purchase only.
    const welcomeLine = async () => {
      const quote = await client.request('POST', '/api/v1/purchases/quote', {
        ...auth,
        body: { customerId: lea.id, amountCents: 1_200 },
      });
      expect(quote.status, JSON.stringify(quote.body)).toBe(200);
      return quote.body.discounts.find((d: { kind: string }) => d.kind === 'welcome') ?? null;
    };
    expect(await welcomeLine()).toMatchObject({ kind: 'welcome', amountCents: 120 });
    // 12 € earn 12 points, doubled in the first week.
    expect((await purchase(client, auth, { customerId: lea.id, amountCents: 1_200 })).status).toBe(
      201,
    );
    expect(await balance(client, auth, lea.id)).toBe(50 + 12 + 12);
    expect(await welcomeLine()).toBeNull(); // the first purchase is behind her
    const ledger = await client.request('GET', `/api/v1/customers/${lea.id}/ledger`, auth);
    expect(
      ledger.body.items.filter((e: { cause: { type: string } }) => e.cause.type === 'bonus'),
    ).toHaveLength(2);

    // A customer who does not join the program gets nothing.
    const visitor = await buildCustomer(client, auth, { member: false, firstName: 'Paul' });
    const rows = await withMerchant(database().db, owner.merchant.id, (tx) =>
      tx.selectFrom('ledger_entries').select('id').where('customer_id', '=', visitor.id).execute(),
    );
    expect(rows).toEqual([]);
  });

  it('refuses a bonus on another shop’s program or a reward of another program', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    const r = await client.request('PUT', '/api/v1/bonus-settings', {
      ...auth,
      body: {
        welcome: null,
        referral: null,
        birthday: {
          programId: program.id,
          rewardId: '00000000-0000-4000-8000-000000000000',
          windowDays: 7,
        },
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('invalid_bonus_settings');
    expect(r.body.errors).toMatchObject([{ field: 'birthday.rewardId', code: 'unknown_reward' }]);
    const saved = await client.request('GET', '/api/v1/bonus-settings', auth);
    expect(saved.body).toEqual({ welcome: null, birthday: null, referral: null });
  });
});

describeEachBackend('referral', (database) => {
  it('rewards both once on the first qualifying purchase, and a refund takes it back', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth, { minimumPurchaseCents: 1_000 });
    await setBonuses(client, auth, {
      referral: { programId: program.id, referrerAmount: 30, refereeAmount: 20 },
    });
    const anna = await buildCustomer(client, auth, { firstName: 'Anna' });
    const card = await client.request('GET', `/api/v1/customers/${anna.id}/card`, auth);
    const { code, url } = card.body.referral;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(code).not.toBe(anna.cardToken);
    expect(url).toMatch(new RegExp(`/join/[^/]+/[^/]+\\?ref=${code}$`));

    // Typed by hand: case and dashes do not matter.
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const ben = await buildCustomer(client, auth, { firstName: 'Ben', referredBy: typed });
    // Below the minimum: nothing yet.
    await purchase(client, auth, { customerId: ben.id, amountCents: 900 });
    expect(await balance(client, auth, anna.id)).toBe(0);
    const first = await purchase(client, auth, { customerId: ben.id, amountCents: 2_000 });
    expect(first.status).toBe(201);
    // The counter's card already shows Ben's reward.
    expect(first.body.card[0].balance).toBe(20 + 20);
    expect(await balance(client, auth, anna.id)).toBe(30);
    // Once: a second qualifying purchase brings no second reward.
    await purchase(client, auth, { customerId: ben.id, amountCents: 2_000 });
    expect(await balance(client, auth, anna.id)).toBe(30);
    expect(await balance(client, auth, ben.id)).toBe(20 + 20 + 20);

    const referrals = await client.request('GET', `/api/v1/customers/${ben.id}/referrals`, auth);
    expect(referrals.body.referredBy).toMatchObject({ id: anna.id, firstName: 'Anna' });
    expect(referrals.body.referredBy.rewardedAt).not.toBeNull();
    const shop = await client.request('GET', '/api/v1/referrals', auth);
    expect(shop.body).toMatchObject({ total: 1, rewarded: 1 });
    // Who brought whom, when, and what each was given: the referrals page reads this.
    expect(shop.body.items).toEqual([
      {
        referee: { id: ben.id, firstName: 'Ben', lastName: 'Martin' },
        referrer: { id: anna.id, firstName: 'Anna', lastName: 'Martin' },
        referredAt: expect.any(String),
        rewardedAt: expect.any(String),
        takenBackAt: null,
        bonus: { unit: 'points', referrer: 30, referee: 20 },
      },
    ]);

    // A partial refund that leaves 10 € keeps the rewards; refunding below the minimum does not.
    const pid = first.body.purchaseId;
    const partial = await client.request('POST', `/api/v1/purchases/${pid}/refund`, {
      ...auth,
      body: { amountCents: 1_000 },
    });
    expect(partial.status, JSON.stringify(partial.body)).toBe(201);
    expect(await balance(client, auth, anna.id)).toBe(30);
    const rest = await client.request('POST', `/api/v1/purchases/${pid}/refund`, {
      ...auth,
      body: {},
    });
    expect(rest.status).toBe(201);
    expect(await balance(client, auth, anna.id)).toBe(0);
    // Ben: 20 (second purchase) + 20 (first, minus 10 then 10 taken back) − 20 referral.
    expect(await balance(client, auth, ben.id)).toBe(20);
    const ledger = await client.request('GET', `/api/v1/customers/${anna.id}/ledger`, auth);
    expect(
      ledger.body.items.map((e: { kind: string; delta: number; cause: { type: string } }) => [
        e.kind,
        e.delta,
        e.cause.type,
      ]),
    ).toEqual([
      ['reverse', -30, 'referral'],
      ['earn', 30, 'referral'],
    ]);
  });

  it('refuses an unknown referral code from staff, ignores it on the public page', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const r = await client.request('POST', '/api/v1/customers', {
      ...auth,
      body: { firstName: 'Zoé', referredBy: 'NOPE2345' },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors).toMatchObject([{ field: 'referredBy', code: 'unknown_referral' }]);
    const me = await client.request('GET', '/api/v1/auth/me', auth);
    const [slug, token] = new URL(me.body.merchant.signupUrl).pathname.split('/').slice(2);
    const page = await client.request('GET', `/api/v1/public/join/${slug}/${token}`);
    const joined = await client.request('POST', `/api/v1/public/join/${slug}/${token}`, {
      body: {
        firstName: 'Zoé',
        email: 'zoe@example.org',
        consents: { email: false, sms: false },
        consentWordingVersion: page.body.consentWording.fr.version,
        referredBy: 'NOPE2345',
      },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  });
});
