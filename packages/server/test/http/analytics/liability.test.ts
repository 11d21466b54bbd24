import { expect, it } from 'vitest';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('GET /api/v1/analytics/liability', (database) => {
  it('reports what the shop owes at each month end, at cost, as the PCG provision and under IFRS 15', async () => {
    const clock = testClock('2026-01-10T10:00:00Z');
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
    // 5 stamps for a reward costing 1,50 € and sold 4 €: a stamp costs 30 c and is worth 80 c.
    const card = await buildStampCard(client, auth, {
      stampsPerCard: 5,
      reward: { name: 'Café', costPriceCents: 150, retailValueCents: 400 },
    });
    const alice = await buildCustomer(client, auth, { firstName: 'Alice' });
    for (const month of ['01', '02', '03', '04', '05', '06']) {
      await at(`2026-${month}-10T10:00:00Z`);
      expect(
        (await purchase(client, auth, { customerId: alice.id, amountCents: 1000 })).status,
      ).toBe(201);
    }
    await at('2026-12-15T10:00:00Z');
    const res = await client.request('GET', '/api/v1/analytics/liability', auth);
    expect(res.status).toBe(200);
    expect(res.body.months).toHaveLength(12);
    expect(res.body.months[0]).toBe('2026-01');
    expect(res.body.months[11]).toBe('2026-12');
    const program = res.body.programs.find((p: { programId: string }) => p.programId === card.id);
    expect(program).toMatchObject({ unit: 'stamps', unitCostCents: 30, unitRetailCents: 80 });
    // End of March: 3 stamps, nothing settled yet (probability 1): 3 × 30 = 90 c at cost and
    // provided. IFRS 15: 30 € of sales earned 3 stamps worth 80 c each: allocation
    // 3 000 / (3 000 + 240) = 0,9259; deferred 3 × 80 × 0,9259 = 222 c.
    expect(program.months[2]).toMatchObject({
      month: '2026-03',
      outstandingUnits: 3,
      openVouchers: 0,
      atCostCents: 90,
      useProbability: 1,
      provisionCents: 90,
      contractLiabilityCents: 222,
    });
    // Now: the 5th visit filled a card (a 1,50 € voucher, unused), 1 stamp since.
    // At cost 30 + 150 = 180 c; provision 180 c (stamps all went to a card: p = 1; no voucher
    // settled: pv = 1). IFRS 15: 60 € of sales, 6 stamps: allocation 6 000 / 6 480 = 0,9259;
    // (1 × 80 + 400) × 0,9259 = 444 c.
    expect(program.months[11]).toMatchObject({
      outstandingUnits: 1,
      openVouchers: 1,
      atCostCents: 180,
      provisionCents: 180,
      contractLiabilityCents: 444,
    });
    expect(res.body.totals[11]).toEqual({
      month: '2026-12',
      atCostCents: 180,
      provisionCents: 180,
      contractLiabilityCents: 444,
    });

    const csv = await client.request(
      'GET',
      '/api/v1/analytics/liability?format=csv&locale=fr',
      auth,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Provision (PCG)');
    expect(lines).toHaveLength(13);
    expect(lines[12]).toContain('2026-12');
  });
});
