import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import {
  DEFAULT_ANALYTICS_WORKERS,
  useMetricsWorkers,
} from '../../../src/analytics-worker/metrics-pool.ts';
import { connectionTargetOf, openDatabase } from '../../../src/db/connect.ts';
import { withMerchant } from '../../../src/db/tenant.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { type StatementCount, statementLog } from '../../support/statement-log.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';
import { line } from './salon-receipts.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

/** Records every statement the second app instance sends. */
const log = statementLog();
/** The read of every receipt of the shop (mining), not one customer's. */
const minedHere = (sent: StatementCount) =>
  sent.statements.filter(
    (s) => s.text.includes('jsonb_array_length(p.items)') && !s.text.includes('p.customer_id ='),
  ).length;

describeEachBackend(
  'cross-sell rules: mined once for every server process, off the server thread',
  (database) => {
    afterEach(() => useMetricsWorkers(DEFAULT_ANALYTICS_WORKERS));

    async function twoInstances(run: (first: TestClient, second: TestClient) => Promise<void>) {
      const first = testClient(testServices(database(), { now: () => NOW }));
      // Another server process: its own connections and memory, the same database.
      const target = connectionTargetOf(database().db);
      if (!target) throw new Error('the test database has no address');
      const other = await openDatabase(target, { Client: log.Client, poolSize: 4 });
      try {
        await run(first, testClient(testServices(other, { now: () => NOW })));
      } finally {
        await other.close();
      }
    }

    /** A salon where 3 of the 4 customers who had a cut then had a hair care; 2 had a blow-dry. */
    async function salon(client: TestClient) {
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const visit = async (customerId: string, day: string, sku: string, name: string) => {
        const r = await purchase(client, auth, {
          customerId,
          amountCents: 2_000,
          occurredAt: `${day}T10:00:00Z`,
          items: [line(sku, name)],
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      };
      const people = await Promise.all(
        ['Anne', 'Bea', 'Cleo', 'Dora', 'Emma', 'Fanny'].map((firstName) =>
          buildCustomer(client, auth, { firstName, email: `${firstName}@example.test` }),
        ),
      );
      for (const p of people.slice(0, 3)) {
        await visit(p.id, '2026-09-01', 'COUPE', 'Coupe');
        await visit(p.id, '2026-10-01', 'SOIN', 'Soin');
      }
      await visit(people[3]!.id, '2026-09-15', 'COUPE', 'Coupe');
      for (const p of people.slice(4)) await visit(p.id, '2026-09-15', 'BRUSH', 'Brushing');
      return { owner, auth, visit, dora: people[3]! };
    }

    /** The stored mining: which data version, and the row's version in PostgreSQL (rewritten or not). */
    const stored = (merchantId: string) =>
      withMerchant(database().db, merchantId, async (tx) => {
        const { rows } = await sql<{ data_version: string; xmin: string }>`
        select data_version, xmin::text from cross_sell_rules`.execute(tx);
        return rows;
      });

    it('a second process answers from what the first mined; a purchase is mined again, once, by a worker thread', async () => {
      useMetricsWorkers(1);
      await twoInstances(async (first, second) => {
        const shop = await salon(first);
        const merchantId = shop.owner.merchant.id as string;
        const rules = async (client: TestClient) => {
          let body: { customersWithItems: number; rules: { confidence: number }[] } | undefined;
          const sent = await log.count(async () => {
            const r = await client.request('GET', '/api/v1/cross-sell/rules', shop.auth);
            expect(r.status, JSON.stringify(r.body)).toBe(200);
            body = r.body;
          });
          return { body: body!, sent };
        };

        const mined = await rules(first);
        expect(mined.body).toMatchObject({ customersWithItems: 6, rules: [{ confidence: 3 / 4 }] });
        const [row] = await stored(merchantId);
        expect(row).toBeDefined();

        const read = await rules(second);
        expect(read.body).toEqual(mined.body);
        expect(await stored(merchantId)).toEqual([row]); // not mined again
        expect(minedHere(read.sent)).toBe(0);

        // Dora has her care too: the second process mines again — in a worker thread, through
        // its own connection: this thread never reads the shop's receipts.
        await shop.visit(shop.dora.id, '2026-10-20', 'SOIN', 'Soin');
        const again = await rules(second);
        expect(again.body).toMatchObject({ customersWithItems: 6, rules: [{ confidence: 1 }] });
        expect(minedHere(again.sent)).toBe(0);
        const [rewritten] = await stored(merchantId);
        expect(rewritten!.data_version).not.toBe(row!.data_version);
        expect(rewritten!.xmin).not.toBe(row!.xmin);

        // And the first process reads that mining; the customer page offers from it.
        expect((await rules(first)).body).toEqual(again.body);
        expect(await stored(merchantId)).toEqual([rewritten]);
      });
    });

    it('without a worker thread, the process mines on its own thread, with the same rules', async () => {
      useMetricsWorkers(0);
      await twoInstances(async (_first, second) => {
        const shop = await salon(second);
        const sent = await log.count(async () => {
          const r = await second.request('GET', '/api/v1/cross-sell/rules', shop.auth);
          expect(r.body).toMatchObject({ customersWithItems: 6, rules: [{ confidence: 3 / 4 }] });
        });
        expect(minedHere(sent)).toBe(1);
        const offered = await second.request(
          'GET',
          `/api/v1/cross-sell/customers/${shop.dora.id}`,
          shop.auth,
        );
        expect(offered.body.items).toMatchObject([{ item: 'SOIN', because: 'COUPE' }]);
      });
    });
  },
);
