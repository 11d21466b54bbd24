import { expect, it } from 'vitest';
import { connectionTargetOf, openDatabase } from '../../../src/db/connect.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { type StatementCount, statementLog } from '../../support/statement-log.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-04-01T10:00:00Z');

/** Records every statement of both app instances (a measurement is one insert into goal_measures). */
const log = statementLog();
const measurements = (sent: StatementCount) =>
  sent.statements.filter((s) => /^insert into "goal_measures"/.test(s.text)).length;

describeEachBackend(
  '/api/v1/goals: measured once for every server process',
  (database) => {
    it('a second app instance answers from what the first measured; a purchase or a changed goal is measured again, once', async () => {
      const first = testClient(testServices(database(), { now: () => NOW }));
      // Another server process: its own connections and memory, the same database.
      const target = connectionTargetOf(database().db);
      if (!target) throw new Error('the test database has no address');
      const otherHandle = await openDatabase(target, { Client: log.Client, poolSize: 4 });
      try {
        const second = testClient(testServices(otherHandle, { now: () => NOW }));
        const owner = await signUpOwner(first);
        const auth = { cookie: owner.cookie };
        const alice = await buildCustomer(first, auth, { firstName: 'Alice' });
        const buy = async (day: string) => {
          const r = await purchase(first, auth, {
            customerId: alice.id,
            amountCents: 2_000,
            occurredAt: `${day}T11:00:00+02:00`,
          });
          expect(r.status).toBe(201);
        };
        await buy('2026-03-10');
        await buy('2026-03-20');
        const created = await first.request('POST', '/api/v1/goals', {
          ...auth,
          body: {
            metric: 'purchase_frequency',
            target: { kind: 'value', value: 2 },
            deadline: '2026-06-30',
          },
        });
        expect(created.status).toBe(201);
        const list = async (client: TestClient) => {
          let body: { goals: { target: number }[]; metrics: { metric: string; current: number }[] };
          const sent = await log.count(async () => {
            const r = await client.request('GET', '/api/v1/goals', auth);
            expect(r.status).toBe(200);
            body = r.body;
          });
          const frequency = body!.metrics.find((m) => m.metric === 'purchase_frequency')!.current;
          return { body: body!, frequency, measured: measurements(sent) };
        };

        const measured = await list(first);
        expect(measured.measured).toBe(1);
        const read = await list(second);
        expect(read.measured).toBe(0);
        expect(read.body).toEqual(measured.body);

        // A purchase: the next process to ask measures again (3 purchases in 90 days, not 2),
        // and the other one reads that.
        await buy('2026-03-31');
        const afterPurchase = await list(second);
        expect(afterPurchase.measured).toBe(1);
        expect(afterPurchase.frequency).toBeCloseTo((measured.frequency * 3) / 2, 10);
        const readAgain = await list(first);
        expect(readAgain.measured).toBe(0);
        expect(readAgain.body).toEqual(afterPurchase.body);

        // A goal changed by one process: the other shows its new target, measured once.
        const changed = await first.request('PATCH', `/api/v1/goals/${created.body.id}`, {
          ...auth,
          body: { target: 2.5 },
        });
        expect(changed.status).toBe(200);
        const retargeted = await list(second);
        expect(retargeted.measured).toBe(1);
        expect(retargeted.body.goals[0]!.target).toBe(2.5);
        expect((await list(first)).measured).toBe(0);
      } finally {
        await otherHandle.close();
      }
    });
  },
  { Client: log.Client },
);
