import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

/** A second handle on the same pool: another process's memory, the same database. */
const elsewhere: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
};

describeEachBackend('analytics: one fit for every server process', (database) => {
  it('a process that has not fitted yet predicts from the fit another one stored', async () => {
    await seedDemoShop(database().db, { seed: 1, now: NOW });
    const first = testClient(testServices(database(), { now: () => NOW }));
    const second = testClient(
      testServices({ ...database(), db: database().db.withPlugin(elsewhere) }, { now: () => NOW }),
    );
    const login = await first.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
    const cookie = sessionCookie(login.headers);

    const a = await first.request('GET', '/api/v1/analytics/overview', { cookie });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.predictiveClv.models.chosen).not.toBeNull();
    const stored = await database()
      .db.selectFrom('analytics_fits')
      .select(['merchant_id', 'fitted_at'])
      .execute();
    expect(stored).toHaveLength(1);

    const b = await second.request('GET', '/api/v1/analytics/overview', { cookie });
    expect(b.status).toBe(200);
    // The same fit — its report down to how long the fitting took — and so the same figures.
    expect(b.body.predictiveClv).toEqual(a.body.predictiveClv);
    const after = await database()
      .db.selectFrom('analytics_fits')
      .select(['merchant_id', 'fitted_at'])
      .execute();
    expect(after).toEqual(stored);
  });
});
