import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

describeEachBackend('the priority list', (database) => {
  const setUp = async () => {
    const client = testClient(testServices(database(), { now: () => NOW }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const buyer = async (firstName: string, amounts: [string, number][]) => {
      const customer = await buildCustomer(client, auth, { firstName });
      for (const [occurredAt, amountCents] of amounts) {
        const r = await purchase(client, auth, {
          customerId: customer.id,
          amountCents,
          occurredAt,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
      return customer;
    };
    return { client, owner, auth, buyer };
  };

  it('ranks accounts (contacts together) and customers, with reasons; late payers fall', async () => {
    const { client, auth, buyer } = await setUp();
    // Two accounts buying alike; one pays late.
    const nadia = await buyer('Nadia', [
      ['2024-06-01T10:00:00Z', 50_000],
      ['2026-11-01T10:00:00Z', 200_000],
    ]);
    const luc = await buyer('Luc', [
      ['2024-06-01T10:00:00Z', 50_000],
      ['2026-11-01T10:00:00Z', 200_000],
    ]);
    await buyer('Zoé', [['2026-10-01T10:00:00Z', 2_000]]);
    await buildCustomer(client, auth, { firstName: 'Jamais' }); // never bought: not ranked
    const open = async (companyName: string, contactId: string) => {
      const account = (
        await client.request('POST', '/api/v1/b2b-accounts', { ...auth, body: { companyName } })
      ).body;
      await client.request('PUT', `/api/v1/b2b-accounts/${account.id}/contacts/${contactId}`, auth);
      return account;
    };
    const hotel = await open('Hôtel du Parc', nadia.id);
    const bistrot = await open('Bistrot', luc.id);
    const late = await client.request('POST', `/api/v1/b2b-accounts/${bistrot.id}/invoices`, {
      ...auth,
      body: { number: 'F-1', amountCents: 200_000, issuedOn: '2026-10-01', dueOn: '2026-10-31' },
    });
    expect(late.status).toBe(201);
    await client.request('POST', `/api/v1/b2b-accounts/${hotel.id}/invoices`, {
      ...auth,
      body: {
        number: 'F-1',
        amountCents: 200_000,
        issuedOn: '2026-10-01',
        dueOn: '2026-10-31',
        paidOn: '2026-10-30',
      },
    });

    const list = await client.request('GET', '/api/v1/priority-list', auth);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.total).toBe(3);
    const names = list.body.items.map((e: { subject: { name: string } }) => e.subject.name);
    expect(names).toEqual(['Hôtel du Parc', 'Bistrot', 'Zoé Martin']);
    const bistrotRow = list.body.items[1];
    expect(bistrotRow.subject).toEqual({ type: 'account', id: bistrot.id, name: 'Bistrot' });
    const payment = bistrotRow.components.find(
      (c: { component: string }) => c.component === 'payment',
    );
    // Unpaid 36 days after its due date: on time 0 %, so the payment component is 0.
    expect(payment).toMatchObject({ raw: 0, normalised: 0, level: 'low' });
    expect(list.body.items[0].mainReason).toEqual({ component: 'volume', level: 'high' });

    // The owner puts all the weight on payment: the on-time hotel and the counter customer lead.
    const moved = await client.request('PUT', '/api/v1/priority-weights', {
      ...auth,
      body: {
        weights: {
          volume: 0,
          growth: 0,
          payment: 1,
          profitability: 0,
          relationship: 0,
          disputes: 0,
        },
      },
    });
    expect(moved.status).toBe(200);
    const reweighted = await client.request('GET', '/api/v1/priority-list', auth);
    expect(reweighted.body.weights.payment).toBe(1);
    expect(reweighted.body.items.at(-1).subject.name).toBe('Bistrot');
    const zero = await client.request('PUT', '/api/v1/priority-weights', {
      ...auth,
      body: {
        weights: {
          volume: 0,
          growth: 0,
          payment: 0,
          profitability: 0,
          relationship: 0,
          disputes: 0,
        },
      },
    });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0].code).toBe('all_weights_zero');
    const reset = await client.request('PUT', '/api/v1/priority-weights', {
      ...auth,
      body: { weights: null },
    });
    expect(reset.body.volume).toBe(0.25);
  });

  it('filters « fort potentiel »: the owner’s estimate of an account lifts its potential', async () => {
    const { client, auth, buyer } = await setUp();
    const nadia = await buyer('Nadia', [['2026-11-01T10:00:00Z', 100_000]]);
    await buyer('Luc', [['2026-11-01T10:00:00Z', 100_000]]);
    await buyer('Zoé', [['2026-11-01T10:00:00Z', 100_000]]);
    const hotel = (
      await client.request('POST', '/api/v1/b2b-accounts', {
        ...auth,
        body: { companyName: 'Hôtel du Parc', potentialEstimateCents: 500_000 },
      })
    ).body;
    await client.request('PUT', `/api/v1/b2b-accounts/${hotel.id}/contacts/${nadia.id}`, auth);
    const filtered = await client.request('GET', '/api/v1/priority-list?highPotential=true', auth);
    expect(filtered.body.total).toBe(3);
    expect(filtered.body.items.map((e: { subject: { name: string } }) => e.subject.name)).toEqual([
      'Hôtel du Parc',
    ]);
    expect(filtered.body.items[0].highPotential).toBe(true);
  });

  it('is for managers and owners; only the owner moves the weights', async () => {
    const { client, owner } = await setUp();
    const staff = await signInStaff(client, owner);
    expect(
      (await client.request('GET', '/api/v1/priority-list', { cookie: staff.cookie })).status,
    ).toBe(403);
    expect(
      (
        await client.request('PUT', '/api/v1/priority-weights', {
          cookie: staff.cookie,
          body: { weights: null },
        })
      ).status,
    ).toBe(403);
  });
});
