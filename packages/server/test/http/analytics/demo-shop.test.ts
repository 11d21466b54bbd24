import { describe, expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../../src/demo/seed-demo-shop.ts';
import { openTestDatabase } from '../../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

describe('analytics on the demo shop (embedded PostgreSQL)', () => {
  it('computes the overview without failure and fits BG/NBD', async () => {
    const handle = await openTestDatabase('embedded');
    try {
      await seedDemoShop(handle.db, { seed: 1, now: NOW });
      const api = testClient(testServices(handle, { now: () => NOW }));
      const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
      const cookie = sessionCookie(login.headers);
      const started = performance.now();
      const first = await api.request('GET', '/api/v1/analytics/overview', { cookie });
      const cold = performance.now() - started;
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const again = performance.now();
      await api.request('GET', '/api/v1/analytics/overview', { cookie });
      const warm = performance.now() - again;
      const o = first.body;
      expect(o.predictiveClv.models.bgNbd.status).toBe('fitted');
      expect(o.predictiveClv.models.chosen).not.toBeNull();
      expect(o.predictiveClv.averageCents).toBeGreaterThan(0);
      expect(o.retention.crrPercent).toBeGreaterThan(0);
      expect(o.simpleClv.clvCents).toBeGreaterThan(0);
      expect(o.pareto.top20Share).toBeGreaterThan(0.2);
      expect(o.slippingAway.basis).toBe('model');
      console.info(
        `demo shop: ${o.customers.total} customers, overview cold ${cold.toFixed(0)} ms ` +
          `(compute ${o.freshness.computeMs} ms), warm ${warm.toFixed(0)} ms; ` +
          `BG/NBD ${o.predictiveClv.models.bgNbd.seconds?.toFixed(2)} s, ` +
          `Pareto/NBD ${o.predictiveClv.models.paretoNbd.seconds?.toFixed(2)} s, chosen ${o.predictiveClv.models.chosen}`,
      );
    } finally {
      await handle.close();
    }
  });
});
