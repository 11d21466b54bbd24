import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { auditOf, signInStaff } from './portrait-support.ts';

describeEachBackend('interactions and the cost of serving a customer', (database) => {
  const setUp = async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const path = `/api/v1/customers/${customer.id}/interactions`;
    const record = (cookie: string, body: Record<string, unknown>) =>
      client.request('POST', path, { cookie, body });
    return { client, owner, customer, path, record };
  };

  it('records a call, a dispute and a late payment; lists them most recent first, with who', async () => {
    const { client, owner, customer, path, record } = await setUp();
    const staff = await signInStaff(client, owner);
    const call = await record(staff.cookie, {
      kind: 'call',
      occurredAt: '2026-11-02T09:30:00+01:00',
      minutesSpent: 15,
      outcome: '  Rappel pour la commande de Noël  ',
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    expect(call.body).toMatchObject({
      customerId: customer.id,
      kind: 'call',
      occurredAt: '2026-11-02T08:30:00.000Z',
      minutesSpent: 15,
      outcome: 'Rappel pour la commande de Noël',
      disputeStatus: null,
      latePayment: null,
      concededCents: 0,
    });
    expect(call.body.authorName).toMatch(/caisse-/);
    const dispute = await record(owner.cookie, {
      kind: 'dispute',
      occurredAt: '2026-11-20T10:00:00Z',
      minutesSpent: 45,
      outcome: 'Gâteau abîmé à la livraison',
      concededCents: 1_500,
    });
    expect(dispute.body).toMatchObject({ kind: 'dispute', disputeStatus: 'open' });
    const late = await record(owner.cookie, {
      kind: 'late_payment',
      occurredAt: '2026-11-25T10:00:00Z',
      latePayment: { amountCents: 120_000, daysLate: 30 },
    });
    expect(late.body.latePayment).toEqual({ amountCents: 120_000, daysLate: 30 });

    const list = await client.request('GET', path, { cookie: staff.cookie });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { kind: string }) => i.kind)).toEqual([
      'late_payment',
      'dispute',
      'call',
    ]);
    // The audit says what kind was recorded and by whom, never the free text.
    const audit = await auditOf(client, owner.cookie, customer.id);
    const recorded = audit.filter((e) => e.action === 'customer.interaction_recorded');
    expect(recorded).toHaveLength(3);
    expect(JSON.stringify(recorded)).not.toContain('Gâteau');
  });

  it('follows a dispute to its resolution; a status on anything else is refused by field', async () => {
    const { client, owner, path, record } = await setUp();
    const dispute = await record(owner.cookie, { kind: 'dispute', outcome: 'Facture contestée' });
    const resolved = await client.request('PATCH', `${path}/${dispute.body.id}`, {
      cookie: owner.cookie,
      body: { disputeStatus: 'resolved', concededCents: 2_000, outcome: 'Avoir de 20 €' },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({
      disputeStatus: 'resolved',
      concededCents: 2_000,
      outcome: 'Avoir de 20 €',
      kind: 'dispute',
    });
    const visit = await record(owner.cookie, { kind: 'visit' });
    const wrong = await client.request('PATCH', `${path}/${visit.body.id}`, {
      cookie: owner.cookie,
      body: { disputeStatus: 'resolved' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([
      expect.objectContaining({ field: 'disputeStatus', code: 'only_for_disputes' }),
    ]);
  });

  it('refuses, field by field, what does not fit the kind or the clock, and writes nothing', async () => {
    const { client, owner, path, record } = await setUp();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ kind: 'late_payment' }, 'latePayment', 'required'],
      [
        { kind: 'call', latePayment: { amountCents: 100, daysLate: 2 } },
        'latePayment',
        'only_for_late_payments',
      ],
      [{ kind: 'visit', disputeStatus: 'open' }, 'disputeStatus', 'only_for_disputes'],
      [{ kind: 'call', occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt', 'in_future'],
    ];
    for (const [body, field, code] of cases) {
      const r = await record(owner.cookie, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect((await client.request('GET', path, { cookie: owner.cookie })).body.items).toEqual([]);
  });

  it("values the cost of serving with the shop's rates, next to the margin; staff never see it", async () => {
    const { client, owner, customer, record } = await setUp();
    const card = await buildStampCard(client, { cookie: owner.cookie });
    expect(card.id).toBeTruthy();
    for (const amountCents of [40_000, 60_000]) {
      const r = await purchase(
        client,
        { cookie: owner.cookie },
        { customerId: customer.id, amountCents },
      );
      expect(r.status).toBe(201);
    }
    await record(owner.cookie, { kind: 'call', minutesSpent: 30 });
    await record(owner.cookie, { kind: 'dispute', minutesSpent: 60, concededCents: 1_500 });
    await record(owner.cookie, {
      kind: 'late_payment',
      latePayment: { amountCents: 120_000, daysLate: 30 },
    });
    const costPath = `/api/v1/customers/${customer.id}/serving-cost`;

    // Before the owner gives the rates, only what was conceded is counted, and it says so.
    const before = await client.request('GET', costPath, { cookie: owner.cookie });
    expect(before.status).toBe(200);
    expect(before.body.cost).toEqual({
      timeCents: null,
      concededCents: 1_500,
      latePaymentCents: null,
      totalCents: 1_500,
      complete: false,
    });

    const saved = await client.request('PUT', '/api/v1/serving-cost-settings', {
      cookie: owner.cookie,
      body: { hourlyCostCents: 2_400, financingRateBp: 800 },
    });
    expect(saved.status).toBe(200);
    const after = await client.request('GET', costPath, { cookie: owner.cookie });
    // 1 h 30 at 24 €/h = 36 €; 1 200 € × 30 days × 8 % / 365 = 7,89 €; margin 30 % of 1 000 €.
    expect(after.body).toMatchObject({
      interactions: 3,
      minutesSpent: 90,
      openDisputes: 1,
      cost: { timeCents: 3_600, concededCents: 1_500, latePaymentCents: 789, totalCents: 5_889 },
      netSpendCents: 100_000,
      marginRate: 0.3,
      marginCents: 30_000,
      profitCents: 30_000 - 5_889,
    });

    const staff = await signInStaff(client, owner);
    expect((await client.request('GET', costPath, { cookie: staff.cookie })).status).toBe(403);
    const staffSettings = await client.request('PUT', '/api/v1/serving-cost-settings', {
      cookie: staff.cookie,
      body: { hourlyCostCents: 0, financingRateBp: 0 },
    });
    expect(staffSettings.status).toBe(403);
  });
});
