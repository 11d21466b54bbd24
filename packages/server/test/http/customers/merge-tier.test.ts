import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const BENEFITS = { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] };
/** Bronze for everyone; Or from 100 € over 12 months. */
const LADDER = {
  windowMonths: 12,
  review: { periodMonths: 12, graceMonths: 3 },
  levels: [
    { id: 'bronze', name: 'Bronze', colour: '#a0522d', criteria: {}, benefits: BENEFITS },
    {
      id: 'or',
      name: 'Or',
      colour: '#c9a227',
      criteria: { spendCents: 10_000 },
      benefits: { pointsMultiplierPercent: 200, discountPercent: 5, perks: [] },
    },
  ],
};

describeEachBackend('merging duplicate customers: the tier', (database) => {
  it('is recomputed on both histories: two Bronze records of one person make an Or', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie as string };
    await buildPointsProgram(client, auth);
    const saved = await client.request('PUT', '/api/v1/tier-ladder', { ...auth, body: LADDER });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const survivor = await buildCustomer(client, auth, { email: 'lea@example.org' });
    const duplicate = await buildCustomer(client, auth, { email: 'lea@example.org' });
    for (const [customerId, amountCents] of [
      [survivor.id, 6000],
      [duplicate.id, 5000],
    ] as const) {
      const r = await purchase(client, auth, { customerId, amountCents });
      expect(r.body.tier.name).toBe('Bronze');
    }
    const merged = await client.request('POST', `/api/v1/customers/${survivor.id}/merge`, {
      ...auth,
      body: { duplicateId: duplicate.id },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const card = await client.request('GET', `/api/v1/customers/${survivor.id}/card`, auth);
    expect(card.body.tier).toMatchObject({ name: 'Or', next: null });
    const detail = await client.request('GET', `/api/v1/customers/${survivor.id}`, auth);
    expect(detail.body.tier.name).toBe('Or');
  });
});
