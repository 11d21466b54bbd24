import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  expectLedgerInvariants,
  purchase,
} from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('counter: purchases, vouchers and redemptions', (database) => {
  it('a 10-stamp card unlocks a voucher on the 10th purchase; the voucher is usable once', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const card = await buildStampCard(client, auth);
    expect(card.rewards[0].economics).toMatchObject({
      spendNeededCents: 5000,
      costRatioPercent: 0.6,
      band: 'below',
    });
    const customer = await buildCustomer(client, auth);
    let last:
      | {
          body: { unlocked: { code: string; rewardName?: unknown }[]; card: { balance: number }[] };
        }
      | undefined;
    for (let i = 1; i <= 10; i++) {
      last = await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
      expect(last.body.unlocked).toHaveLength(i === 10 ? 1 : 0);
    }
    expect(last!.body.card[0]!.balance).toBe(0);
    // The counter announces the reward by name ("Récompense débloquée : Café offert").
    expect(last!.body.unlocked[0]).toMatchObject({
      rewardName: { fr: 'Café offert', en: 'Free coffee' },
    });
    const code = last!.body.unlocked[0]!.code;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const first = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode: code.toLowerCase() },
    });
    expect(first.status).toBe(201);
    expect(first.body.reward.name.fr).toBe('Café offert');
    const again = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, voucherCode: code },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('voucher_already_used');
    const view = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(view.body.programs[0].vouchers).toEqual([]);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('points: earned per euro (floor), spent on the catalog, never overspent', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const earned = await purchase(client, auth, {
      cardToken: customer.cardToken,
      amountCents: 1299,
    });
    expect(earned.status).toBe(201);
    expect(earned.body.awarded).toEqual([{ programId: program.id, amount: 12, unit: 'points' }]);
    const rewardId = program.rewards[0].id;
    const ok = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, rewardId },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.card[0].balance).toBe(2);
    const broke = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, rewardId },
    });
    expect(broke.status).toBe(409);
    expect(broke.body).toMatchObject({ code: 'insufficient_balance', balance: 2, cost: 10 });
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('a refund takes back what the purchase earned; a second full refund is refused', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 500 });
    const big = await purchase(client, auth, { customerId: customer.id, amountCents: 4000 });
    expect(big.body.card[0].balance).toBe(45);
    const partial = await client.request(
      'POST',
      `/api/v1/purchases/${big.body.purchaseId}/refund`,
      { ...auth, body: { amountCents: 1000 } },
    );
    expect(partial.status).toBe(201);
    expect(partial.body.reversed[0]).toMatchObject({ amount: 10, shortfall: 0 });
    const rest = await client.request('POST', `/api/v1/purchases/${big.body.purchaseId}/refund`, {
      ...auth,
      body: {},
    });
    expect(rest.body.card[0].balance).toBe(5);
    expect(rest.body.remainingCents).toBe(0);
    const again = await client.request('POST', `/api/v1/purchases/${big.body.purchaseId}/refund`, {
      ...auth,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_refunded');
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('a staff adjustment needs a reason and lands in the audit log', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const card = await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const path = `/api/v1/customers/${customer.id}/adjustments`;
    const blank = await client.request('POST', path, {
      ...auth,
      body: { programId: card.id, delta: 1, reason: '   ' },
    });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0].field).toBe('reason');
    const below = await client.request('POST', path, {
      ...auth,
      body: { programId: card.id, delta: -1, reasonCode: 'till_error' },
    });
    expect(below.status).toBe(409);
    const ok = await client.request('POST', path, {
      ...auth,
      body: { programId: card.id, delta: 2, reason: 'Tampons oubliés hier' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.card[0].balance).toBe(2);
    const audit = await client.request('GET', '/api/v1/audit-log', auth);
    expect(audit.body.items[0]).toMatchObject({
      action: 'balance.adjusted',
      details: { delta: 2, reasonCode: 'other' },
    });
    // The free text is personal data: kept beside the ledger, shown in the customer's history.
    expect(JSON.stringify(audit.body.items[0])).not.toContain('oubliés');
  });

  it('a program change is a new version and never rewrites past entries', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 1000 });
    const changed = await client.request('PATCH', `/api/v1/programs/${program.id}`, {
      ...auth,
      body: { pointsPerEuro: 3 },
    });
    expect(changed.body.version).toBe(2);
    const after = await purchase(client, auth, { customerId: customer.id, amountCents: 1000 });
    expect(after.body.card[0].balance).toBe(10 + 30);
    const ledger = await client.request('GET', `/api/v1/customers/${customer.id}/ledger`, auth);
    expect(
      ledger.body.items.map((e: { delta: number; programVersion: number }) => [
        e.delta,
        e.programVersion,
      ]),
    ).toEqual([
      [30, 2],
      [10, 1],
    ]);
  });
});

describeEachBackend('limits on one operation', (database) => {
  it('refuses a purchase or an adjustment that would mint more than 20 cards at once', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const card = await buildStampCard(client, auth, {
      rule: { per: 'item', category: 'coupe' },
      stampsPerCard: 5,
    });
    const customer = await buildCustomer(client, auth);
    const item = (quantity: number) => [
      { sku: 'C1', name: 'Coupe', category: 'coupe', quantity, unitPriceCents: 2500 },
    ];
    const huge = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 2500,
      items: item(101),
    });
    expect(huge.status).toBe(422);
    expect(huge.body).toMatchObject({ code: 'invalid_amount', limit: 100 });
    const fine = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 2500,
      items: item(100),
    });
    expect(fine.status).toBe(201);
    expect(fine.body.unlocked).toHaveLength(20);
    const path = `/api/v1/customers/${customer.id}/adjustments`;
    const big = await client.request('POST', path, {
      ...auth,
      body: { programId: card.id, delta: 101, reasonCode: 'paper_card' },
    });
    expect(big.status).toBe(403);
    expect(big.body).toMatchObject({
      code: 'adjustment_limit_exceeded',
      limit: { perAdjustment: 100, dailyRemaining: null },
    });
  });

  it('answers an empty settings change with the settings as they are', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const r = await client.request('PATCH', '/api/v1/merchant', { cookie: owner.cookie, body: {} });
    expect(r.status).toBe(200);
    expect(r.body.name).toBe(owner.merchant.name);
  });

  it("refuses to add someone else's existing login to the team, without saying whose", async () => {
    const client = testClient(testServices(database()));
    const a = await signUpOwner(client);
    const b = await signUpOwner(client);
    const r = await client.request('POST', '/api/v1/staff', {
      cookie: a.cookie,
      body: { email: b.email, role: 'staff', initialPassword: 'baguette-tradition-9' },
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('email_taken');
    expect(JSON.stringify(r.body)).not.toContain(b.user.id);
    const team = await client.request('GET', '/api/v1/staff', { cookie: a.cookie });
    expect(team.body.items.map((m: { email: string }) => m.email)).toEqual([a.email]);
  });
});

describeEachBackend('joining the program', (database) => {
  it('a known customer who has not joined earns nothing until they join at the counter', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth, { member: false });
    expect(customer.memberSince).toBeNull();
    const before = await purchase(client, auth, { customerId: customer.id, amountCents: 2000 });
    expect(before.body.awarded).toEqual([]);
    const joined = await client.request('PATCH', `/api/v1/customers/${customer.id}`, {
      ...auth,
      body: { member: true },
    });
    expect(joined.body.memberSince).not.toBeNull();
    const after = await purchase(client, auth, { customerId: customer.id, amountCents: 2000 });
    expect(after.body.awarded[0].amount).toBe(20);
  });

  it('one sign-up per Idempotency-Key, even when the counter retries', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const headers = { 'idempotency-key': 'signup-tap-1' };
    const body = { firstName: 'Nina', phone: '06 11 22 33 44' };
    const [a, b] = await Promise.all([
      client.request('POST', '/api/v1/customers', { cookie: owner.cookie, body, headers }),
      client.request('POST', '/api/v1/customers', { cookie: owner.cookie, body, headers }),
    ]);
    expect(a.body.id).toBe(b.body.id);
    const list = await client.request('GET', '/api/v1/customers?query=Nina', {
      cookie: owner.cookie,
    });
    expect(list.body.items).toHaveLength(1);
  });
});
