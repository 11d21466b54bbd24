import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

describeEachBackend(
  'business accounts: SIRET, contacts, invoices and payment quality',
  (database) => {
    const setUp = async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const open = (body: Record<string, unknown>, cookie = owner.cookie) =>
        client.request('POST', '/api/v1/b2b-accounts', { cookie, body });
      return { client, owner, open };
    };

    it('opens an account with a checked SIRET and refuses a wrong one, by field', async () => {
      const { client, owner, open } = await setUp();
      const opened = await open({
        companyName: '  Hôtel du Parc  ',
        companyNumber: '732 829 320 00074',
        address: '3 rue des Lilas, 75011 Paris',
        paymentTermsDays: 45,
      });
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      expect(opened.body).toMatchObject({
        companyName: 'Hôtel du Parc',
        siren: '732829320',
        siret: '73282932000074',
        paymentTermsDays: 45,
      });
      const wrong = await open({ companyName: 'Faux', companyNumber: '73282932000075' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors).toEqual([
        expect.objectContaining({ field: 'companyNumber', code: 'company_number_invalid' }),
      ]);
      const short = await open({ companyName: 'Court', companyNumber: '1234' });
      expect(short.body.errors[0].code).toBe('company_number_format');
      // La Poste's post offices pass by the sum of their digits.
      expect(
        (await open({ companyName: 'La Poste', companyNumber: '35600000049837' })).status,
      ).toBe(201);
      const twice = await open({ companyName: 'Copie', companyNumber: '73282932000074' });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('siret_taken');
      const list = await client.request('GET', '/api/v1/b2b-accounts', { cookie: owner.cookie });
      expect(list.body.items.map((a: { companyName: string }) => a.companyName)).toEqual([
        'Hôtel du Parc',
        'La Poste',
      ]);
    });

    it('links customers as contacts, one account each, and shows the account on the customer', async () => {
      const { client, owner, open } = await setUp();
      const hotel = (await open({ companyName: 'Hôtel du Parc' })).body;
      const bistrot = (await open({ companyName: 'Bistrot' })).body;
      const lea = await buildCustomer(client, { cookie: owner.cookie });
      const path = `/api/v1/b2b-accounts/${hotel.id}/contacts/${lea.id}`;
      const added = await client.request('PUT', path, { cookie: owner.cookie });
      expect(added.status, JSON.stringify(added.body)).toBe(200);
      expect(added.body.contacts.map((c: { customerId: string }) => c.customerId)).toEqual([
        lea.id,
      ]);
      expect((await client.request('PUT', path, { cookie: owner.cookie })).status).toBe(200);
      const elsewhere = await client.request(
        'PUT',
        `/api/v1/b2b-accounts/${bistrot.id}/contacts/${lea.id}`,
        { cookie: owner.cookie },
      );
      expect(elsewhere.status).toBe(409);
      expect(elsewhere.body.code).toBe('customer_in_other_account');
      const ofLea = await client.request('GET', `/api/v1/customers/${lea.id}/b2b-account`, {
        cookie: owner.cookie,
      });
      expect(ofLea.body.account).toMatchObject({ id: hotel.id, companyName: 'Hôtel du Parc' });
      const removed = await client.request('DELETE', path, { cookie: owner.cookie });
      expect(removed.body.contacts).toEqual([]);
      expect((await client.request('DELETE', path, { cookie: owner.cookie })).status).toBe(404);
    });

    it('enters invoices idempotently and measures payment quality on the shop’s day', async () => {
      const { client, owner, open } = await setUp();
      const hotel = (await open({ companyName: 'Hôtel du Parc', paymentTermsDays: 30 })).body;
      const invoices = `/api/v1/b2b-accounts/${hotel.id}/invoices`;
      const enter = (body: Record<string, unknown>) =>
        client.request('POST', invoices, { cookie: owner.cookie, body });
      const late = await enter({ number: 'F-001', amountCents: 120_000, issuedOn: '2026-10-01' });
      expect(late.status, JSON.stringify(late.body)).toBe(201);
      expect(late.body).toMatchObject({ dueOn: '2026-10-31', paidOn: null });
      // The same invoice again (an accounting tool resending): nothing new.
      const again = await enter({ number: 'F-001', amountCents: 120_000, issuedOn: '2026-10-01' });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(late.body.id);
      const clash = await enter({ number: 'F-001', amountCents: 99_000, issuedOn: '2026-10-01' });
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('invoice_number_taken');
      const backwards = await enter({
        number: 'F-000',
        amountCents: 1_000,
        issuedOn: '2026-10-01',
        dueOn: '2026-09-01',
      });
      expect(backwards.status).toBe(422);
      expect(backwards.body.errors[0]).toMatchObject({ field: 'dueOn', code: 'before_issue_date' });
      const paid = await client.request('PATCH', `${invoices}/${late.body.id}`, {
        cookie: owner.cookie,
        body: { paidOn: '2026-11-30' },
      });
      expect(paid.body.paidOn).toBe('2026-11-30');
      await enter({
        number: 'F-002',
        amountCents: 80_000,
        issuedOn: '2026-11-01',
        dueOn: '2026-12-01',
      });
      await enter({ number: 'F-003', amountCents: 50_000, issuedOn: '2026-11-20' });

      const figures = await client.request('GET', `/api/v1/b2b-accounts/${hotel.id}/figures`, {
        cookie: owner.cookie,
      });
      expect(figures.status, JSON.stringify(figures.body)).toBe(200);
      expect(figures.body.asOf).toBe('2026-12-06');
      expect(figures.body.payment).toEqual({
        invoices: 3,
        due: 2,
        late: 2,
        lateShare: 1,
        averageDaysLate: 17.5,
        outstandingCents: 130_000,
        overdueCents: 80_000,
        overdueInvoices: 1,
      });
      const listed = await client.request('GET', invoices, { cookie: owner.cookie });
      expect(listed.body.items.map((i: { number: string }) => i.number)).toEqual([
        'F-003',
        'F-002',
        'F-001',
      ]);
    });

    it('values an account: profitability from its contacts, potential from comparable accounts', async () => {
      const { client, owner, open } = await setUp();
      const auth = { cookie: owner.cookie };
      const buyer = async (name: string, items: { category: string; cents: number }[]) => {
        const account = (await open({ companyName: name })).body;
        const customer = await buildCustomer(client, auth, { firstName: name });
        await client.request(
          'PUT',
          `/api/v1/b2b-accounts/${account.id}/contacts/${customer.id}`,
          auth,
        );
        const total = items.reduce((sum, i) => sum + i.cents, 0);
        const r = await purchase(client, auth, {
          customerId: customer.id,
          amountCents: total,
          occurredAt: '2026-11-15T10:00:00Z',
          items: items.map((i, n) => ({
            sku: `s${n}`,
            name: i.category,
            category: i.category,
            quantity: 1,
            unitPriceCents: i.cents,
          })),
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        return { account, customer };
      };
      const hotel = await buyer('Hôtel', [{ category: 'pain', cents: 300_000 }]);
      await buyer('Bistrot', [
        { category: 'pain', cents: 200_000 },
        { category: 'viennoiserie', cents: 90_000 },
      ]);
      await buyer('Cantine', [
        { category: 'pain', cents: 500_000 },
        { category: 'viennoiserie', cents: 110_000 },
      ]);
      await client.request('PUT', '/api/v1/serving-cost-settings', {
        ...auth,
        body: { hourlyCostCents: 3_000, financingRateBp: null },
      });
      await client.request('POST', `/api/v1/customers/${hotel.customer.id}/interactions`, {
        ...auth,
        body: { kind: 'complaint', minutesSpent: 60, concededCents: 5_000 },
      });
      const figures = (
        await client.request('GET', `/api/v1/b2b-accounts/${hotel.account.id}/figures`, auth)
      ).body;
      expect(figures.annualVolumeCents).toBe(300_000);
      expect(figures.profitability).toMatchObject({
        netSpendCents: 300_000,
        marginRate: 0.3,
        marginCents: 90_000,
        servingCostCents: 8_000, // an hour at 30 € + 50 € conceded
        profitCents: 82_000,
      });
      expect(figures.potential).toEqual({
        missing: [{ category: 'viennoiserie', buyers: 2, typicalAnnualCents: 100_000 }],
        comparableAccounts: 2,
        potentialCents: 100_000,
        source: 'comparable_accounts',
      });
      await client.request('PATCH', `/api/v1/b2b-accounts/${hotel.account.id}`, {
        ...auth,
        body: { potentialEstimateCents: 250_000 },
      });
      const estimated = (
        await client.request('GET', `/api/v1/b2b-accounts/${hotel.account.id}/figures`, auth)
      ).body;
      expect(estimated.potential).toMatchObject({ potentialCents: 250_000, source: 'owner' });
      const history = (
        await client.request('GET', `/api/v1/b2b-accounts/${hotel.account.id}/history`, auth)
      ).body;
      expect(history.items.map((e: { kind: string }) => e.kind).sort()).toEqual([
        'interaction',
        'purchase',
      ]);
    });

    it('shows staff who the accounts are, never their invoices or figures', async () => {
      const { client, owner, open } = await setUp();
      const staff = await signInStaff(client, owner);
      const hotel = (await open({ companyName: 'Hôtel' })).body;
      const as = (method: string, path: string) =>
        client.request(method, path, { cookie: staff.cookie });
      expect((await as('GET', `/api/v1/b2b-accounts/${hotel.id}`)).status).toBe(200);
      expect((await as('GET', `/api/v1/b2b-accounts/${hotel.id}/invoices`)).status).toBe(403);
      expect((await as('GET', `/api/v1/b2b-accounts/${hotel.id}/figures`)).status).toBe(403);
      expect((await as('GET', `/api/v1/b2b-accounts/${hotel.id}/history`)).status).toBe(403);
    });
  },
);
