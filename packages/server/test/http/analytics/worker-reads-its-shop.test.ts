import { expect, it } from 'vitest';
import { MetricsPool } from '../../../src/analytics-worker/metrics-pool.ts';
import { withMerchant } from '../../../src/db/tenant.ts';
import { findAnalyticsFigures } from '../../../src/repositories/analytics-figures.ts';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../../src/use-cases/analytics/analytics-settings.ts';
import { localDay } from '../../../src/use-cases/analytics/local-day.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { statementLog } from '../../support/statement-log.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/** Records what this thread's connections send (a worker opens its own, unrecorded). */
const log = statementLog();

describeEachBackend(
  'analytics: the worker thread reads the shop it was asked for, through its own connection',
  (database) => {
    it('this thread sends no statement; the worker reads only that shop’s customers and purchases and stores the figures', async () => {
      const { db } = database();
      const client = testClient(testServices(database()));
      const shop = await signUpOwner(client);
      const other = await signUpOwner(client);
      const buyer = async (owner: { cookie: string }, purchases: number) => {
        const customer = await buildCustomer(client, { cookie: owner.cookie });
        for (let i = 0; i < purchases; i++) {
          const r = await purchase(
            client,
            { cookie: owner.cookie },
            { customerId: customer.id, amountCents: 1_000 + i },
          );
          expect(r.status).toBe(201);
        }
        return customer.id as string;
      };
      const alice = await buyer(shop, 3);
      const bruno = await buyer(shop, 1);
      const stranger = await buyer(other, 2);
      const merchantId = shop.merchant.id as string;
      const now = new Date();
      const timeZone = 'Europe/Paris';
      const request = {
        merchantId,
        dataVersion: 'worker-test',
        dataAsOf: null,
        timeZone,
        now,
        asOfDay: localDay(now, timeZone),
        settings: DEFAULT_ANALYTICS_SETTINGS,
      };
      const pool = new MetricsPool(1);
      try {
        let figures: Awaited<ReturnType<MetricsPool['figuresFor']>> | undefined;
        const sent = await log.count(async () => {
          figures = await pool.figuresFor(db, request);
        });
        expect(sent.statements).toEqual([]);
        // This shop's customers, oldest first, and their purchases; none of the other shop's.
        expect(figures!.customers.map((c) => c.id)).toEqual([alice, bruno]);
        expect(figures!.customers.map((c) => c.id)).not.toContain(stranger);
        expect([...figures!.purchaseCount]).toEqual([3, 1]);
        expect(figures!.indexOf.get(bruno)).toBe(1);
        // Stored by the worker for the other processes, under the data version it was given.
        const row = await withMerchant(db, merchantId, (tx) =>
          findAnalyticsFigures(tx, merchantId, 'worker-test'),
        );
        expect(row?.computed_at.getTime()).toBe(now.getTime());

        // Without a worker, the same reads on this thread give the same figures.
        const inline = await new MetricsPool(0).figuresFor(db, {
          ...request,
          dataVersion: 'inline-test',
        });
        expect(inline.customers).toEqual(figures!.customers);
        expect([...inline.purchaseCount]).toEqual([3, 1]);
        expect(inline.annualSpendCents).toEqual(figures!.annualSpendCents);
      } finally {
        await pool.close();
      }
    });
  },
  { Client: log.Client },
);
