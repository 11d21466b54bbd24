import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-04-01T10:00:00Z');
const EMAIL_YES = [{ channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' }];

describeEachBackend(
  '/api/v1/goals: measured once, measured again when something changed',
  (database) => {
    it('answers the same until a goal, a purchase or a consent changes, then the new values', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const alice = await buildCustomer(client, auth, { firstName: 'Alice' });
      await buildCustomer(client, auth, {
        firstName: 'Bob',
        email: 'bob@example.org',
        consents: EMAIL_YES,
      });
      const buy = async (day: string) => {
        const r = await purchase(client, auth, {
          customerId: alice.id,
          amountCents: 2_000,
          occurredAt: `${day}T11:00:00+02:00`,
        });
        expect(r.status).toBe(201);
      };
      await buy('2026-03-10');
      await buy('2026-03-20');
      const created = await client.request('POST', '/api/v1/goals', {
        ...auth,
        body: {
          metric: 'purchase_frequency',
          target: { kind: 'value', value: 2 },
          deadline: '2026-06-30',
        },
      });
      expect(created.status).toBe(201);
      const list = async () => {
        const r = await client.request('GET', '/api/v1/goals', auth);
        expect(r.status).toBe(200);
        const metric = (name: string) =>
          r.body.metrics.find((m: { metric: string }) => m.metric === name).current as number;
        return { body: r.body, metric, goal: r.body.goals[0] };
      };

      const first = await list();
      expect((await list()).body).toEqual(first.body);
      expect(first.metric('email_subscribers')).toBe(1);

      // The goal changes: its new target shows at once.
      const changed = await client.request('PATCH', `/api/v1/goals/${created.body.id}`, {
        ...auth,
        body: { target: 2.5 },
      });
      expect(changed.status).toBe(200);
      const retargeted = await list();
      expect(retargeted.goal.target).toBe(2.5);
      expect(retargeted.goal.progress.current).toBe(first.goal.progress.current);

      // A purchase: the frequency moves (3 purchases in the last 90 days instead of 2).
      await buy('2026-03-31');
      const bought = await list();
      expect(bought.metric('purchase_frequency')).toBeCloseTo(
        (first.metric('purchase_frequency') * 3) / 2,
        10,
      );

      // A new subscriber.
      await buildCustomer(client, auth, {
        firstName: 'Carla',
        email: 'carla@example.org',
        consents: EMAIL_YES,
      });
      expect((await list()).metric('email_subscribers')).toBe(2);
    });
  },
);
