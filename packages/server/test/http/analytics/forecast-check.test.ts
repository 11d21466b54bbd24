import { expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../../support/test-app.ts';
import { NOW, smallShop } from './analytics-support.ts';

describeEachBackend(
  'analytics: the forecast checked against the last year, and the seasons',
  (database) => {
    const client = () => testClient(testServices(database(), { now: () => NOW }));

    it('says a backtest needs twice the horizon; a year and a half is enough for seasons', async () => {
      const api = client();
      const shop = await smallShop(api);
      const r = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      // First purchase 1 June 2025, analysis day 22 November 2026: 540 days, a 12-month horizon needs 730.
      expect(r.body.backtest).toMatchObject({
        status: 'too-short',
        historyDays: 540,
        neededDays: 730,
        result: null,
        explanationKey: 'backtest',
      });
      expect(r.body.seasons.status).toBe('estimated');
    });

    it('on the demo shop (two years): the last 12 months forecast from the year before, by month and decile', async () => {
      await seedDemoShop(database().db, { seed: 3, now: NOW });
      const api = client();
      const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
      const cookie = sessionCookie(login.headers);
      const r = await api.request('GET', '/api/v1/analytics/overview', { cookie });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const { backtest, seasons } = r.body;
      expect(backtest.status, JSON.stringify(backtest)).toBe('done');
      const b = backtest.result;
      expect(b.heldOutTo).toBe('2026-11-22');
      expect(b.months).toHaveLength(12);
      expect(b.deciles).toHaveLength(10);
      expect(
        b.months.reduce((s: number, m: { actualPurchases: number }) => s + m.actualPurchases, 0),
      ).toBe(b.actualPurchases);
      // A stationary simulated boulangerie: the forecast of its last year is close to what happened.
      expect(Math.abs(b.predictedPurchases / b.actualPurchases - 1)).toBeLessThan(0.15);
      expect(b.gini).toBeGreaterThan(0.5);
      expect(b.predictedRevenueCents).toBeGreaterThan(0);
      // Its purchase rate has no seasons (only its arrivals do): factors close to 1.
      expect(seasons.status).toBe('estimated');
      for (const factor of seasons.monthly) expect(Math.abs(factor - 1)).toBeLessThan(0.1);
    }, 240_000); // seeding two years of a demo shop takes most of it on a loaded machine
  },
);
