import { expect, it } from 'vitest';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const CARD_DRAFT = {
  kind: 'stamps',
  name: 'Carte café',
  rule: { per: 'visit' },
  stampsPerCard: 5,
  reward: { name: 'Café', costPriceCents: 150, retailValueCents: 250 },
};

describeEachBackend('POST /api/v1/programs/simulate', (database) => {
  it("replays the shop's last 12 months through a draft, with the hand-computed figures", async () => {
    const clock = testClock('2025-11-01T10:00:00Z');
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    let auth = { cookie: owner.cookie };
    const at = async (iso: string) => {
      clock.set(iso);
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      auth = { cookie: sessionCookie(login.headers) };
    };
    const a = await buildCustomer(client, auth, { firstName: 'Alice' });
    const b = await buildCustomer(client, auth, { firstName: 'Bruno' });
    // More than 12 months before the simulation: left out.
    expect((await purchase(client, auth, { customerId: b.id, amountCents: 9900 })).status).toBe(
      201,
    );
    // A: 6 visits of 10 €; B: 2 visits of 20 € (see the hand computation in
    // packages/loyalty/src/simulate/simulate-program.test.ts): 1 coffee (150 c), 3 stamps left
    // worth 90 c, 1,5 % of 100 €, a 4 % lift at 60 % margin.
    for (const month of ['01', '02', '03', '04', '05', '06']) {
      await at(`2026-${month}-10T10:00:00Z`);
      expect((await purchase(client, auth, { customerId: a.id, amountCents: 1000 })).status).toBe(
        201,
      );
    }
    for (const month of ['03', '04']) {
      await at(`2026-${month}-01T10:00:00Z`);
      expect((await purchase(client, auth, { customerId: b.id, amountCents: 2000 })).status).toBe(
        201,
      );
    }
    await at('2026-12-01T10:00:00Z');
    const res = await client.request('POST', '/api/v1/programs/simulate', {
      ...auth,
      body: { program: CARD_DRAFT, grossMarginPercent: 60 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: 'history',
      from: '2025-12-01T10:00:00.000Z',
      to: '2026-12-01T10:00:00.000Z',
      withTiers: false,
      customers: 2,
      visits: 8,
      spendCents: 10_000,
      rewardsGiven: 1,
      byReward: [{ name: { fr: 'Café', en: 'Café' }, count: 1, costCents: 150 }],
      costCents: 150,
      costRatioPercent: 1.5,
      band: 'within',
      outstanding: 3,
      liabilityCents: 90,
      breakEven: { extraVisitsPerCustomer: 0.16, liftPercent: 4 },
    });
    // Nothing was saved.
    const programs = await client.request('GET', '/api/v1/programs', auth);
    expect(programs.body.items).toEqual([]);

    const invalid = await client.request('POST', '/api/v1/programs/simulate', {
      ...auth,
      body: { program: { ...CARD_DRAFT, stampsPerCard: 0 } },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
  });

  it('replays an uploaded sales file for a shop that has recorded nothing yet', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const csv = [
      'N° client;Client;Date;N° ticket;Montant TTC',
      'C001;Léa Martin;05/03/2024;T100;12,50',
      'C002;Paul Durand;06/03/2024;T101;8,00',
      'C001;Léa Martin;07/03/2024;T102;20,00',
    ].join('\n');
    const uploaded = await client.request('POST', '/api/v1/imports', {
      cookie: owner.cookie,
      body: { fileName: 'ventes.csv', content: Buffer.from(csv).toString('base64') },
    });
    expect(uploaded.status).toBe(201);
    // 1 point per euro, a coffee for 20 points (80 c). C001: 12 then 20 points → one coffee,
    // 12 left; C002: 8. Outstanding 20 points = 20 × 80 / 20 = 80 c; 80 c of 40,50 € = 1,98 %.
    const draftBody = {
      program: {
        kind: 'points',
        name: 'Points',
        pointsPerEuro: 1,
        catalog: [{ name: 'Café', cost: 20, costPriceCents: 80, retailValueCents: 250 }],
      },
    };
    const res = await client.request('POST', '/api/v1/programs/simulate', {
      cookie: owner.cookie,
      body: { ...draftBody, uploadId: uploaded.body.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: 'upload',
      to: '2024-03-08T00:00:00.000Z',
      customers: 2,
      visits: 3,
      spendCents: 4050,
      rewardsGiven: 1,
      costCents: 80,
      costRatioPercent: 1.98,
      outstanding: 20,
      liabilityCents: 80,
    });
    // With the shop's ladder (Or after one visit: points ×2, 10 % off), C001's second purchase
    // (20 €) is made at Or: 40 points instead of 20, and 2 € of discount.
    const ladder = await client.request('PUT', '/api/v1/tier-ladder', {
      cookie: owner.cookie,
      body: {
        windowMonths: 12,
        review: { periodMonths: 12, graceMonths: 0 },
        levels: [
          {
            id: 'm',
            name: 'Membre',
            colour: '#888888',
            criteria: {},
            benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] },
          },
          {
            id: 'o',
            name: 'Or',
            colour: '#c9a227',
            criteria: { visits: 1 },
            benefits: { pointsMultiplierPercent: 200, discountPercent: 10, perks: [] },
          },
        ],
      },
    });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(200);
    const tiered = await client.request('POST', '/api/v1/programs/simulate', {
      cookie: owner.cookie,
      body: { ...draftBody, uploadId: uploaded.body.id },
    });
    expect(tiered.body).toMatchObject({ withTiers: true, earned: 60, discountCents: 200 });
    const without = await client.request('POST', '/api/v1/programs/simulate', {
      cookie: owner.cookie,
      body: { ...draftBody, uploadId: uploaded.body.id, withTiers: false },
    });
    expect(without.body).toMatchObject({ withTiers: false, earned: 40, discountCents: 0 });
    // The file was read, not imported.
    const customers = await client.request('GET', '/api/v1/customers', { cookie: owner.cookie });
    expect(customers.body.items).toEqual([]);
  });
});
