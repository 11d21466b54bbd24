import { expect, it } from 'vitest';
import { inControlGroup } from '../../src/campaigns/control-group.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { automationShop, PUBLIC_URL } from './automation-fixtures.ts';

type Shop = Awaited<ReturnType<typeof automationShop>>;

const withdrawn = { channel: 'email', granted: false, source: 'counter', wordingVersion: 'fr-1' };

/** Bronze for everyone, Or from 100 € spent over 12 months. */
const LADDER = {
  windowMonths: 12,
  review: { periodMonths: 12, graceMonths: 3 },
  levels: [
    { id: 'bronze', name: 'Bronze', colour: '#a0522d', criteria: {}, benefits: benefits() },
    {
      id: 'or',
      name: 'Or',
      colour: '#c9a227',
      criteria: { spendCents: 10_000 },
      benefits: benefits(),
    },
  ],
};
function benefits() {
  return { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] };
}

/**
 * Fixes the automation's control-group seed to one that holds back `held` and sends to `sent`
 * (the draw is the campaigns' `inControlGroup`, tested on its own): the test then checks that
 * the run honours the draw, whatever the random customer ids are.
 */
async function seedControl(
  shop: Shop,
  database: () => { db: Parameters<typeof asSystem>[0] },
  automation: string,
  share: number,
  held: string,
  sent: string,
) {
  let seed = 0;
  while (!(inControlGroup(`s${seed}`, held, share) && !inControlGroup(`s${seed}`, sent, share))) {
    seed += 1;
  }
  await asSystem(database().db, (tx) =>
    tx
      .updateTable('automation_settings')
      .set({ control_seed: `s${seed}` })
      .where('merchant_id', '=', shop.merchantId)
      .where('automation', '=', automation)
      .execute(),
  );
}

describeEachBackend(
  'automations: tier reached and "we miss you", with the clock moving',
  (database) => {
    it('tier reached: congratulates each member once per level, the control group held back', async () => {
      // 10:00 in Paris on Tuesday 1 December.
      const shop = await automationShop(database, '2026-12-01T09:00:00Z');
      await buildPointsProgram(shop.client, shop.auth);
      const ladder = await shop.client.request('PUT', '/api/v1/tier-ladder', {
        ...shop.auth,
        body: LADDER,
      });
      expect(ladder.status, JSON.stringify(ladder.body)).toBe(200);
      await shop.enable('tier-reached', { controlShare: 0.5 });
      const customer = (firstName: string, extra: Record<string, unknown> = {}) =>
        buildCustomer(shop.client, shop.auth, {
          firstName,
          email: `${firstName.toLowerCase()}@example.fr`,
          ...extra,
        });
      const lea = await customer('Lea');
      // A transactional message: a withdrawn marketing consent does not stop it; no address does.
      const hugo = await customer('Hugo', { consents: [withdrawn] });
      const sans = await customer('Sans', { email: null });
      const bas = await customer('Bas');
      const ana = await customer('Ana');
      await seedControl(
        shop,
        database,
        'tier-reached',
        0.5,
        `${ana.id}:level:or`,
        `${lea.id}:level:or`,
      );
      // Hugo's draw is his own: pick him out of the control group if the seed put him there.
      const hugoHeld = await (async () => {
        const row = await asSystem(database().db, (tx) =>
          tx
            .selectFrom('automation_settings')
            .select('control_seed')
            .where('merchant_id', '=', shop.merchantId)
            .where('automation', '=', 'tier-reached')
            .executeTakeFirstOrThrow(),
        );
        return inControlGroup(row.control_seed, `${hugo.id}:level:or`, 0.5);
      })();
      const bought = new Map<string, string>();
      for (const c of [lea, hugo, sans, ana]) {
        const r = await purchase(shop.client, shop.auth, { customerId: c.id, amountCents: 12_000 });
        expect(r.body.tier?.name, JSON.stringify(r.body)).toBe('Or');
        bought.set(c.id, r.body.purchaseId);
      }
      expect(
        (await purchase(shop.client, shop.auth, { customerId: bas.id, amountCents: 3_000 })).body
          .tier.name,
      ).toBe('Bronze');
      await shop.runner.runDue();
      expect(await shop.outbox()).toEqual([]);

      // 09:00 in Paris on Wednesday 2 December: the daily run.
      shop.clock.set('2026-12-02T08:00:30Z');
      await shop.runner.runDue();
      const congratulated = [lea, ...(hugoHeld ? [] : [hugo])].map((c) =>
        expect.objectContaining({
          to_address: `${c.firstName.toLowerCase()}@example.fr`,
          subject: 'Bienvenue au niveau Or chez Boulangerie du Marché !',
          kind: 'transactional',
          category: 'automation:tier-reached',
        }),
      );
      const outbox = await shop.outbox();
      expect(outbox).toEqual(expect.arrayContaining(congratulated));
      expect(outbox).toHaveLength(congratulated.length);
      const sends = await shop.sends('tier-reached');
      const byCustomer = new Map(sends.map((s) => [s.customer_id, s]));
      expect(sends).toHaveLength(4);
      expect(byCustomer.get(lea.id)).toMatchObject({ occasion_key: 'level:or', status: 'queued' });
      expect(byCustomer.get(ana.id)).toMatchObject({ status: 'control', in_control: true });
      expect(byCustomer.get(hugo.id)?.status).toBe(hugoHeld ? 'control' : 'queued');
      expect(byCustomer.has(bas.id)).toBe(false);
      const sansRow = byCustomer.get(sans.id);
      // Sans has no address: skipped, unless drawn for the control group first.
      expect(sansRow?.status === 'control' || sansRow?.skip_reason === 'no_address').toBe(true);

      // Lea falls back (a refund) and climbs again: the same level is not congratulated twice.
      shop.clock.set('2026-12-03T10:00:00Z');
      await shop.signIn();
      const refund = await shop.client.request(
        'POST',
        `/api/v1/purchases/${bought.get(lea.id)}/refund`,
        shop.auth,
      );
      expect(refund.status).toBe(201);
      const again = await purchase(shop.client, shop.auth, {
        customerId: lea.id,
        amountCents: 15_000,
      });
      expect(again.body.tier.name).toBe('Or');
      for (const at of ['2026-12-04T08:00:30Z', '2026-12-05T08:00:30Z']) {
        shop.clock.set(at);
        await shop.runner.runDue();
      }
      expect(await shop.outbox()).toHaveLength(congratulated.length);
      expect(await shop.sends('tier-reached')).toHaveLength(4);

      // The results measure the messaged against the held back.
      await shop.signIn();
      const results = await shop.client.request(
        'GET',
        '/api/v1/automations/tier-reached/results',
        shop.auth,
      );
      expect(results.status).toBe(200);
      expect(results.body.control).toBe(sends.filter((s) => s.status === 'control').length);
      expect(results.body.messages.held).toBe(congratulated.length);
    });

    it('we miss you: a good customer slipping away, once per absence, consent and control group honoured', async () => {
      // Saturday 12 December, 10:00 in Paris.
      const shop = await automationShop(database, '2026-12-12T09:00:00Z');
      await buildPointsProgram(shop.client, shop.auth);
      const buys = async (customerId: string, days: readonly string[]) => {
        for (const day of days) {
          const r = await purchase(shop.client, shop.auth, {
            customerId,
            amountCents: 2_500,
            occurredAt: `${day}T10:00:00+01:00`,
          });
          expect(r.status, JSON.stringify(r.body)).toBe(201);
        }
      };
      // Twenty regulars who came every two months and lately: the models need a shop to fit.
      for (let i = 0; i < 20; i += 1) {
        const c = await buildCustomer(shop.client, shop.auth, {
          firstName: `Habitué${i}`,
          email: `habitue${i}@example.fr`,
        });
        const day = String(1 + (i % 20)).padStart(2, '0');
        await buys(c.id, [`2026-02-${day}`, `2026-05-${day}`, `2026-08-${day}`, '2026-12-05']);
      }
      // Weekly customers from January to March, then nothing for nine months.
      const weekly = [
        '2026-01-05',
        '2026-01-12',
        '2026-01-19',
        '2026-01-26',
        '2026-02-02',
        '2026-02-09',
        '2026-02-16',
        '2026-03-02',
      ];
      const slipping = async (firstName: string, extra: Record<string, unknown> = {}) => {
        const c = await buildCustomer(shop.client, shop.auth, {
          firstName,
          email: `${firstName.toLowerCase()}@example.fr`,
          ...extra,
        });
        await buys(c.id, weekly);
        return c;
      };
      const marc = await slipping('Marc');
      const nora = await slipping('Nora');
      const sophie = await slipping('Sophie', { consents: [withdrawn] });
      // Two visits only: not a good customer by the default (three purchases).
      const paul = await buildCustomer(shop.client, shop.auth, {
        firstName: 'Paul',
        email: 'paul@example.fr',
      });
      await buys(paul.id, ['2026-01-05', '2026-01-12']);

      const values = await shop.client.request(
        'GET',
        '/api/v1/analytics/customers?sort=lastVisit&order=asc&limit=5',
        shop.auth,
      );
      const pAlive = new Map<string, number | null>(
        values.body.items.map((c: { id: string; pAlive: number | null }) => [c.id, c.pAlive]),
      );
      // The analytics, not the test, say who is slipping: the premise of what follows.
      for (const c of [marc, nora, sophie]) expect(pAlive.get(c.id)).toBeLessThan(0.3);
      expect(pAlive.get(paul.id)).toBeLessThan(0.3);

      await shop.enable('we-miss-you', { controlShare: 0.2 });
      const key = 'after:2026-03-02';
      await seedControl(
        shop,
        database,
        'we-miss-you',
        0.2,
        `${nora.id}:${key}`,
        `${marc.id}:${key}`,
      );
      await shop.runner.runDue();
      expect(await shop.outbox()).toEqual([]);

      // Sunday 13 December, 09:00 in Paris.
      shop.clock.set('2026-12-13T08:00:30Z');
      await shop.runner.runDue();
      const outbox = await shop.outbox();
      expect(outbox).toEqual([
        expect.objectContaining({
          to_address: 'marc@example.fr',
          subject: 'Vous nous manquez, Marc',
          kind: 'marketing',
          category: 'automation:we-miss-you',
        }),
      ]);
      expect(outbox[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      // Marc follows his card link: one click, counted in the automation's results.
      const cardLink = /https:\/\/\S+\/l\/\S+/.exec(outbox[0]!.text_body)?.[0];
      expect(cardLink, outbox[0]!.text_body).toBeDefined();
      const followed = await shop.client.app.request(new URL(cardLink!).pathname);
      expect(followed.headers.get('location')).toBe(`${PUBLIC_URL}/c/${marc.cardToken}`);
      await shop.signIn();
      const results = await shop.client.request(
        'GET',
        '/api/v1/automations/we-miss-you/results',
        shop.auth,
      );
      expect(results.body.messages.clicked).toBe(1);
      // Nora, and Sophie if her own draw put her there.
      expect([1, 2]).toContain(results.body.control);
      const sends = await shop.sends('we-miss-you');
      const byCustomer = new Map(sends.map((s) => [s.customer_id, s]));
      expect(byCustomer.get(marc.id)).toMatchObject({ occasion_key: key, status: 'queued' });
      expect(byCustomer.get(nora.id)).toMatchObject({ occasion_key: key, status: 'control' });
      const sophieRow = byCustomer.get(sophie.id);
      expect(sophieRow?.status === 'control' || sophieRow?.skip_reason === 'withdrawn').toBe(true);
      expect(byCustomer.has(paul.id)).toBe(false);
      expect(sends).toHaveLength(3);

      // Still slipping the next days: missed once per absence, not every morning.
      for (const at of ['2026-12-14T08:00:30Z', '2026-12-15T08:00:30Z']) {
        shop.clock.set(at);
        await shop.runner.runDue();
      }
      expect(await shop.outbox()).toHaveLength(1);
      expect(await shop.sends('we-miss-you')).toHaveLength(3);
    });
  },
);
