import { expect, it } from 'vitest';
import { asSystem } from '../../../src/db/tenant.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

async function signupPath(client: TestClient, cookie: string) {
  const me = await client.request('GET', '/api/v1/auth/me', { cookie });
  return new URL(me.body.merchant.signupUrl).pathname.replace('/join/', '/api/v1/public/join/');
}

const joinBody = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Camille',
  email: 'camille@example.test',
  consents: { email: false, sms: false },
  consentWordingVersion: 'fr-2026-11',
  ...overrides,
});

describeEachBackend(
  'acquisition: channels, budgets, cost per customer, payback, capital',
  (database) => {
    it('asks "comment nous avez-vous connus ?" at sign-up and records the answer', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const add = (label: string) =>
        client.request('POST', '/api/v1/acquisition/channels', { ...auth, body: { label } });
      const insta = (await add('Instagram')).body;
      const flyer = (await add('Flyer')).body;
      const taken = await add('  instagram ');
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('acquisition_channel_taken');
      const old = (await add('Salon 2025')).body;
      const archived = await client.request('PATCH', `/api/v1/acquisition/channels/${old.id}`, {
        ...auth,
        body: { archived: true },
      });
      expect(archived.body).toMatchObject({ label: 'Salon 2025', archived: true });

      const path = await signupPath(client, owner.cookie);
      const page = await client.request('GET', path);
      expect(page.body.heardFromChoices).toEqual([
        { id: insta.id, label: 'Instagram' },
        { id: flyer.id, label: 'Flyer' },
      ]);

      // An answer the shop does not offer (archived) is a field error, and nobody is created.
      const refused = await client.request('POST', path, {
        body: joinBody({ heardFrom: old.id }),
      });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'heardFrom', code: 'unknown_channel' }),
      ]);
      const joined = await client.request('POST', path, {
        body: joinBody({ heardFrom: insta.id }),
      });
      expect(joined.status, JSON.stringify(joined.body)).toBe(201);
      const found = await client.request('GET', '/api/v1/customers?q=camille', auth);
      expect(found.body.items).toHaveLength(1);
      const camille = found.body.items[0];
      const answer = await client.request(
        'GET',
        `/api/v1/acquisition/customers/${camille.id}`,
        auth,
      );
      expect(answer.body).toEqual({
        channel: `channel:${insta.id}`,
        answer: {
          channelId: insta.id,
          label: 'Instagram',
          recordedBy: 'signup',
          recordedAt: NOW.toISOString(),
        },
        referred: false,
        imported: false,
      });
      // The question stays optional.
      const silent = await client.request('POST', path, {
        body: joinBody({ email: 'sans.reponse@example.test' }),
      });
      expect(silent.status).toBe(201);
    });

    it('counts customers by channel, costs per customer, payback months and the customer capital', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const flyer = (
        await client.request('POST', '/api/v1/acquisition/channels', {
          ...auth,
          body: { label: 'Flyer' },
        })
      ).body;
      const buy = async (customerId: string, day: string, amountCents: number) => {
        const r = await purchase(client, auth, {
          customerId,
          amountCents,
          occurredAt: `${day}T10:00:00Z`,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      };
      // Three customers brought by the flyer in September, 20 € each; one came back for 40 €.
      const fromFlyer = [];
      for (const firstName of ['Anne', 'Bruno', 'Chloé']) {
        const c = await buildCustomer(client, auth, { firstName });
        const set = await client.request('PUT', `/api/v1/acquisition/customers/${c.id}`, {
          ...auth,
          body: { channelId: flyer.id },
        });
        expect(set.body).toMatchObject({
          channel: `channel:${flyer.id}`,
          answer: { recordedBy: 'staff' },
        });
        await buy(c.id, '2026-09-10', 2_000);
        fromFlyer.push(c);
      }
      await buy(fromFlyer[2].id, '2026-10-20', 4_000);
      // A referral today, by Anne.
      const filleul = await buildCustomer(client, auth, {
        firstName: 'Filleul',
        referredBy: fromFlyer[0].id,
      });
      expect(
        (await client.request('GET', `/api/v1/acquisition/customers/${filleul.id}`, auth)).body,
      ).toMatchObject({ channel: 'referral', referred: true });
      // A customer of the previous system, since 2020, who bought last year and this year.
      const old = await buildCustomer(client, auth, { firstName: 'Ancienne' });
      await asSystem(database().db, (tx) =>
        tx
          .updateTable('customers')
          .set({ imported: true, customer_since: '2020-01-01T10:00:00Z' })
          .where('id', '=', old.id)
          .execute(),
      );
      await buy(old.id, '2025-06-01', 1_000);
      await buy(old.id, '2026-06-01', 5_000);

      const spend = (body: Record<string, unknown>) =>
        client.request('PUT', '/api/v1/acquisition/spend', { ...auth, body });
      expect(
        (
          await spend({
            month: '2026-09',
            budget: 'development',
            channel: `channel:${flyer.id}`,
            amountCents: 1_000,
          })
        ).status,
      ).toBe(200);
      // Setting a month again replaces it.
      await spend({
        month: '2026-09',
        budget: 'development',
        channel: `channel:${flyer.id}`,
        amountCents: 1_500,
      });
      await spend({
        month: '2026-12',
        budget: 'development',
        channel: 'referral',
        amountCents: 800,
      });
      await spend({ month: '2026-11', budget: 'loyalty', channel: null, amountCents: 5_000 });
      const wrong = await spend({
        month: '2026-11',
        budget: 'loyalty',
        channel: 'referral',
        amountCents: 1,
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors[0]).toMatchObject({
        field: 'channel',
        code: 'no_channel_for_loyalty',
      });
      const listed = await client.request(
        'GET',
        '/api/v1/acquisition/spend?from=2026-01&to=2026-12',
        auth,
      );
      expect(listed.body.items).toEqual([
        {
          month: '2026-09',
          budget: 'development',
          channel: `channel:${flyer.id}`,
          amountCents: 1_500,
        },
        { month: '2026-11', budget: 'loyalty', channel: null, amountCents: 5_000 },
        { month: '2026-12', budget: 'development', channel: 'referral', amountCents: 800 },
      ]);

      const r = await client.request('GET', '/api/v1/acquisition?months=12', auth);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({
        asOf: '2026-12-06',
        fromMonth: '2026-01',
        toMonth: '2026-12',
      });
      expect(r.body.marginRate).toBe(0.3);
      const month = (m: string) => r.body.months.find((x: { month: string }) => x.month === m);
      expect(month('2026-09')).toEqual({
        month: '2026-09',
        newCustomers: [{ channel: `channel:${flyer.id}`, count: 3 }],
        acquired: 3,
        developmentCents: 1_500,
        loyaltyCents: 0,
        costPerCustomerCents: 500,
      });
      const flyerRow = r.body.byChannel.find(
        (c: { channel: string }) => c.channel === `channel:${flyer.id}`,
      );
      // 1 500 ÷ 3 = 5 € each; 30 % of the first 20 € is 6 €: paid back in the first month.
      expect(flyerRow).toEqual({
        channel: `channel:${flyer.id}`,
        newCustomers: 3,
        spendCents: 1_500,
        costPerCustomerCents: 500,
        payback: {
          costPerCustomerCents: 500,
          paybackMonths: 1,
          status: 'paid_back',
          curve: [
            { month: 1, customersObserved: 3, averageMarginCents: 600 },
            { month: 2, customersObserved: 3, averageMarginCents: 1_000 },
          ],
        },
      });
      expect(
        r.body.byChannel.find((c: { channel: string }) => c.channel === 'referral'),
      ).toMatchObject({
        newCustomers: 1,
        spendCents: 800,
        costPerCustomerCents: 800,
      });
      // Imported customers were not acquired by this year's spend.
      expect(r.body.total).toMatchObject({ developmentCents: 2_300, loyaltyCents: 5_000 });
      expect(r.body.capital.revenueCents).toBe(15_000);
      expect(r.body.capital.years[0]).toMatchObject({
        year: 1,
        activeCustomers: 3,
        revenueCents: 10_000,
        retentionRate: null,
      });
      expect(r.body.capital.years[4]).toMatchObject({
        year: 5,
        andMore: true,
        customers: 1,
        revenueCents: 5_000,
        retentionRate: 1,
      });
      expect(r.body.channels).toContainEqual({
        key: `channel:${flyer.id}`,
        label: 'Flyer',
        archived: false,
      });

      // Value figures stay with managers and owners; the counter records answers.
      const staff = await signInStaff(client, owner);
      const asStaff = { cookie: staff.cookie };
      expect((await client.request('GET', '/api/v1/acquisition', asStaff)).status).toBe(403);
      expect((await client.request('GET', '/api/v1/acquisition/channels', asStaff)).status).toBe(
        200,
      );
      const atCounter = await client.request('PUT', `/api/v1/acquisition/customers/${filleul.id}`, {
        ...asStaff,
        body: { channelId: flyer.id },
      });
      expect(atCounter.status).toBe(200);
      // A referral stays the channel the customer counts in; the answer is kept beside it.
      expect(atCounter.body).toMatchObject({ channel: 'referral', answer: { label: 'Flyer' } });
    });

    it('keeps a merged duplicate’s answer on the survivor that had none', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const flyer = (
        await client.request('POST', '/api/v1/acquisition/channels', {
          ...auth,
          body: { label: 'Flyer' },
        })
      ).body;
      const survivor = await buildCustomer(client, auth, { email: 'lea@example.test' });
      const duplicate = await buildCustomer(client, auth, { email: 'lea@example.test' });
      await client.request('PUT', `/api/v1/acquisition/customers/${duplicate.id}`, {
        ...auth,
        body: { channelId: flyer.id },
      });
      const merged = await client.request('POST', `/api/v1/customers/${survivor.id}/merge`, {
        ...auth,
        body: { duplicateId: duplicate.id },
      });
      expect(merged.status, JSON.stringify(merged.body)).toBe(200);
      const kept = await client.request(
        'GET',
        `/api/v1/acquisition/customers/${survivor.id}`,
        auth,
      );
      expect(kept.body).toMatchObject({
        channel: `channel:${flyer.id}`,
        answer: { label: 'Flyer', recordedBy: 'staff' },
      });
      const gone = await client.request(
        'GET',
        `/api/v1/acquisition/customers/${duplicate.id}`,
        auth,
      );
      expect(gone.status).toBe(409);
      expect(gone.body).toMatchObject({ code: 'customer_merged', mergedInto: survivor.id });
    });
  },
);
