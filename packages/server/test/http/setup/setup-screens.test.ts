import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/**
 * What the web app's onboarding, programs and settings screens rely on: preset fields, the
 * rules and reward economics in a program's answer, versions, and the field names of errors
 * (the screens put each one next to its input).
 */
describeEachBackend('setup screens', (database) => {
  it('offers the seeds’ presets with what the card preview needs', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessKind: 'bakery' });
    expect(owner.merchant.businessKind).toBe('bakery');
    const r = await client.request('GET', '/api/v1/programs/presets', { cookie: owner.cookie });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.items.map((p: { id: string }) => [p.id, p]));
    expect(Object.keys(byId)).toEqual(
      expect.arrayContaining([
        'buy-5-get-1-free',
        'buy-9-get-10th-free',
        'salon-care-every-5-cuts',
        'car-wash-5th-free',
        'consultant-hour-every-10',
      ]),
    );
    expect(byId['buy-9-get-10th-free']).toMatchObject({
      name: { fr: 'Achetez 9, le 10e offert' },
      rule: { per: 'visit' },
      stampsPerCard: 9,
      cardBoxes: 10,
      suggestedReward: { fr: expect.any(String), en: expect.any(String) },
    });
    expect(byId['salon-care-every-5-cuts'].rule).toEqual({ per: 'item', category: 'coupe' });
  });

  it('answers a new stamp card with its rules and the seed’s 2 % economics, then versions changes', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const created = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      headers: { 'idempotency-key': 'setup-card-1' },
      body: {
        kind: 'stamps',
        name: { fr: 'Carte café', en: 'Coffee card' },
        rule: { per: 'visit' },
        stampsPerCard: 10,
        reward: { name: 'Un café offert', costPriceCents: 100, retailValueCents: 180 },
        spendEstimate: { averageBasketCents: 500 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'stamps',
      version: 1,
      rule: { per: 'visit' },
      stampsPerCard: 10,
      spendEstimate: { averageBasketCents: 500 },
    });
    expect(created.body.rewardId).toBe(created.body.rewards[0].id);
    expect(created.body.rewards[0].economics).toMatchObject({
      spendNeededCents: 5000,
      costRatioPercent: 2,
      band: 'within',
    });
    const id = created.body.id;
    const changed = await client.request('PATCH', `/api/v1/programs/${id}`, {
      cookie: owner.cookie,
      body: { stampsPerCard: 8, spendEstimate: { averageBasketCents: 500 } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, stampsPerCard: 8 });
    expect(changed.body.rewards[0]).toMatchObject({ cost: 8 });
    const reward = await client.request('PATCH', `/api/v1/rewards/${created.body.rewardId}`, {
      cookie: owner.cookie,
      body: { costPriceCents: 150 },
    });
    expect(reward.status).toBe(200);
    expect(reward.body.rewards[0].economics).toMatchObject({
      spendNeededCents: 4000,
      costRatioPercent: 3.75,
      band: 'within',
    });
  });

  it('prices a points reward at ceil(cost × 100 / points per euro)', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const created = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      body: { kind: 'points', name: 'Points', pointsPerEuro: 3, rounding: 'floor', catalog: [] },
    });
    expect(created.status).toBe(201);
    const added = await client.request('POST', '/api/v1/rewards', {
      cookie: owner.cookie,
      body: {
        programId: created.body.id,
        name: 'Croissant',
        cost: 100,
        costPriceCents: 35,
        retailValueCents: 120,
      },
    });
    expect(added.status).toBe(201);
    // ceil(100 × 100 / 3) = 3334 cents; 35 / 3334 ≈ 1.05 %
    expect(added.body.rewards[0].economics).toMatchObject({
      spendNeededCents: 3334,
      costRatioPercent: 1.05,
      band: 'within',
    });
  });

  it('names the fields of rejected program settings the way the editor looks them up', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const base = {
      kind: 'stamps',
      name: 'Carte',
      stampsPerCard: 5,
      reward: { name: 'Cadeau', costPriceCents: 100, retailValueCents: 200 },
    };
    const zero = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      body: { ...base, rule: { per: 'visit' }, stampsPerCard: 0 },
    });
    expect(zero.status).toBe(422);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'stampsPerCard' })]);
    const noCategory = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      body: { ...base, rule: { per: 'item', category: ' ' } },
    });
    expect(noCategory.status).toBe(422);
    expect(noCategory.body.errors).toEqual([expect.objectContaining({ field: 'rule.category' })]);
    const badPrice = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      body: { ...base, rule: { per: 'visit' }, reward: { ...base.reward, costPriceCents: 1.5 } },
    });
    expect(badPrice.status).toBe(422);
    expect(badPrice.body.errors).toEqual([
      expect.objectContaining({ field: 'reward.costPriceCents' }),
    ]);
  });

  it('asks for an initial password for a new team member, and refuses an email that already has a login', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const missing = await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email: 'leo@example.fr', role: 'staff' },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'initialPassword', code: 'required' }),
    ]);
    const weak = await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email: 'leo@example.fr', role: 'staff', initialPassword: 'court' },
    });
    expect(weak.status).toBe(422);
    // The screen shows this next to "Mot de passe initial".
    expect(weak.body.errors).toEqual([
      expect.objectContaining({ field: 'initialPassword', code: 'too_short' }),
    ]);
    const body = { email: 'leo@example.fr', role: 'staff', initialPassword: 'fournil-du-matin-42' };
    const added = await client.request('POST', '/api/v1/staff', { cookie: owner.cookie, body });
    expect(added.status).toBe(201);
    const again = await client.request('POST', '/api/v1/staff', { cookie: owner.cookie, body });
    expect(again.status).toBe(409);
    // The email now has a login: a second one is refused, without saying whose it is.
    expect(again.body.errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'email_taken' }),
    ]);
  });
});
