import { expect, it } from 'vitest';
import { signInMember } from '../http/team-members.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('the cause', (database) => {
  async function shop() {
    const clock = testClock('2026-11-10T10:00:00Z');
    const services = testServices(database(), { now: clock.now });
    const client = testClient({
      ...services,
      config: { ...services.config, sessionTtlHours: 24 * 60 },
    });
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie as string };
    await buildPointsProgram(client, auth);
    const spa = await client.request('POST', '/api/v1/causes', {
      ...auth,
      body: { name: 'SPA de Montreuil', description: 'Refuge pour chiens et chats' },
    });
    expect(spa.status).toBe(201);
    return { clock, client, auth, spaId: spa.body.id as string };
  }

  it('gives a share of each purchase, takes it back on refund, and shows it on the card', async () => {
    const { client, auth, spaId } = await shop();
    const lea = await buildCustomer(client, auth, { firstName: 'Léa' });
    // Before the shop chooses a share, purchases give nothing.
    await purchase(client, auth, { customerId: lea.id, amountCents: 5_000 });
    const set = await client.request('PUT', '/api/v1/cause-settings', {
      ...auth,
      body: {
        rule: { kind: 'percent', basisPoints: 200 },
        defaultCauseId: spaId,
        customersChoose: false,
      },
    });
    expect(set.status).toBe(200);
    const first = await purchase(client, auth, { customerId: lea.id, amountCents: 12_500 });
    await purchase(client, auth, { customerId: lea.id, amountCents: 50_000 });
    // 2 % of 125 € and of 500 € = 2,50 € + 10,00 €.
    const given = async () =>
      (await client.request('GET', `/api/v1/customers/${lea.id}/cause`, auth)).body.given[0]
        ?.givenCents;
    expect(await given()).toBe(1_250);
    // Half of the first purchase refunded, then the rest: its whole share comes back, in two parts.
    const refund = (amountCents: number) =>
      client.request('POST', `/api/v1/purchases/${first.body.purchaseId}/refund`, {
        ...auth,
        body: { amountCents },
      });
    expect((await refund(6_250)).status).toBe(201);
    expect(await given()).toBe(1_125);
    expect((await refund(6_250)).status).toBe(201);
    expect(await given()).toBe(1_000);

    const card = await client.request('GET', `/api/v1/public/cards/${lea.cardToken}`);
    expect(card.body.cause).toEqual({ name: 'SPA de Montreuil', givenCents: 1_000 });
    expect(card.body.club).toBeNull();
  });

  it('lets customers choose among a few causes when the shop allows it', async () => {
    const { client, auth, spaId } = await shop();
    const other = await client.request('POST', '/api/v1/causes', {
      ...auth,
      body: { name: 'Restos du cœur' },
    });
    const hugo = await buildCustomer(client, auth, { firstName: 'Hugo' });
    const choose = () =>
      client.request('PUT', `/api/v1/customers/${hugo.id}/cause`, {
        ...auth,
        body: { causeId: other.body.id },
      });
    expect((await choose()).body.code).toBe('cause_not_set_up');
    await client.request('PUT', '/api/v1/cause-settings', {
      ...auth,
      body: {
        rule: { kind: 'per_visit', cents: 50 },
        defaultCauseId: spaId,
        customersChoose: false,
      },
    });
    expect((await choose()).body.code).toBe('cause_not_available');
    await client.request('PUT', '/api/v1/cause-settings', {
      ...auth,
      body: {
        rule: { kind: 'per_visit', cents: 50 },
        defaultCauseId: spaId,
        customersChoose: true,
      },
    });
    const chosen = await choose();
    expect(chosen.body.cause.name).toBe('Restos du cœur');
    await purchase(client, auth, { customerId: hugo.id, amountCents: 30 });
    await purchase(client, auth, { customerId: hugo.id, amountCents: 900 });
    // 50 c per visit, never more than the purchase: 0,30 € + 0,50 €.
    const after = await client.request('GET', `/api/v1/customers/${hugo.id}/cause`, auth);
    expect(after.body.given).toEqual([
      { causeId: other.body.id, name: 'Restos du cœur', givenCents: 80 },
    ]);
    // The default cause cannot be archived; another one can, and its givers fall back to the default.
    const archiveDefault = await client.request('PATCH', `/api/v1/causes/${spaId}`, {
      ...auth,
      body: { active: false },
    });
    expect(archiveDefault.body.code).toBe('cause_not_available');
    await client.request('PATCH', `/api/v1/causes/${other.body.id}`, {
      ...auth,
      body: { active: false },
    });
    const fallback = await client.request('GET', `/api/v1/customers/${hugo.id}/cause`, auth);
    expect(fallback.body.cause.name).toBe('SPA de Montreuil');
  });

  it('shows what is owed per cause and period, records payments, and exports the donations', async () => {
    const { clock, client, auth, spaId } = await shop();
    const lea = await buildCustomer(client, auth, { firstName: 'Léa' });
    await client.request('PUT', '/api/v1/cause-settings', {
      ...auth,
      body: {
        rule: { kind: 'percent', basisPoints: 1_000 },
        defaultCauseId: spaId,
        customersChoose: false,
      },
    });
    await purchase(client, auth, { customerId: lea.id, amountCents: 10_000 }); // November: 10 €
    clock.set('2026-12-02T10:00:00Z');
    await purchase(client, auth, { customerId: lea.id, amountCents: 4_000 }); // December: 4 €
    const pay = (amountCents: number, key: string) =>
      client.request('POST', `/api/v1/causes/${spaId}/payments`, {
        ...auth,
        headers: { 'idempotency-key': key },
        body: { amountCents, paidOn: '2026-12-02', reference: 'Virement novembre' },
      });
    const tooMuch = await pay(1_401, 'p0');
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('cause_payment_exceeds_owed');
    expect((await pay(1_000, 'p1')).status).toBe(201);
    expect((await pay(1_000, 'p1')).status).toBe(201); // the same key: recorded once
    const staff = await signInMember(client, auth, 'staff');
    expect(
      (await client.request('GET', '/api/v1/causes/totals?from=2026-11-01&to=2026-11-30', staff))
        .status,
    ).toBe(403);
    const november = await client.request(
      'GET',
      '/api/v1/causes/totals?from=2026-11-01&to=2026-11-30',
      auth,
    );
    expect(november.body.causes).toEqual([
      expect.objectContaining({
        name: 'SPA de Montreuil',
        givenCents: 1_000,
        paidCents: 0,
        owedCents: 1_000,
      }),
    ]);
    const december = await client.request(
      'GET',
      '/api/v1/causes/totals?from=2026-12-01&to=2026-12-31',
      auth,
    );
    expect(december.body.causes[0]).toMatchObject({
      givenCents: 400,
      paidCents: 1_000,
      owedCents: 400,
    });
    expect(december.body.payments).toHaveLength(1);

    const file = await client.request(
      'GET',
      '/api/v1/causes/export?from=2026-11-01&to=2026-12-31',
      auth,
    );
    expect(file.status).toBe(200);
    const lines = String(file.body).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Cause;Mois;Part des achats;Repris (remboursements);Net dû;Versement le;Versé;Référence',
    );
    expect(lines.slice(1)).toEqual([
      'SPA de Montreuil;2026-11;10,00;0,00;10,00;;;',
      'SPA de Montreuil;2026-12;4,00;0,00;4,00;;;',
      'SPA de Montreuil;;;;;2026-12-02;10,00;Virement novembre',
    ]);
  });
});
