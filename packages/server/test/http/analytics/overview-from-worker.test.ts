import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  DEFAULT_ANALYTICS_WORKERS,
  useMetricsWorkers,
} from '../../../src/analytics-worker/metrics-pool.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { NOW, smallShop } from './analytics-support.ts';

/**
 * The overview's two computations, counted on this thread only: a worker thread loads its own
 * copy of the module (through tsx, not through this test's module graph), which is not counted.
 */
const computed = vi.hoisted(() => ({ shop: 0, period: 0 }));
vi.mock('../../../src/use-cases/analytics/overview-figures.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/use-cases/analytics/overview-figures.ts')>();
  return {
    ...original,
    shopOverview: (...args: Parameters<typeof original.shopOverview>) => {
      computed.shop++;
      return original.shopOverview(...args);
    },
    periodOverview: (...args: Parameters<typeof original.periodOverview>) => {
      computed.period++;
      return original.periodOverview(...args);
    },
  };
});

describeEachBackend('analytics: the overview is computed by the worker thread', (database) => {
  const client = () => testClient(testServices(database(), { now: () => NOW }));

  beforeEach(() => {
    computed.shop = 0;
    computed.period = 0;
  });
  afterEach(() => useMetricsWorkers(DEFAULT_ANALYTICS_WORKERS));

  /** The default period's overview and another period's, with what this thread computed. */
  async function overviews(workers: number) {
    useMetricsWorkers(workers);
    const api = client();
    const shop = await smallShop(api);
    const byDefault = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
    const chosen = await api.request(
      'GET',
      '/api/v1/analytics/overview?from=2026-06-01&to=2026-11-22',
      shop.owner,
    );
    expect(byDefault.status, JSON.stringify(byDefault.body)).toBe(200);
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    return { byDefault: byDefault.body, chosen: chosen.body, computed: { ...computed } };
  }

  /** Figures of the small shop, counted by hand (see overview.test.ts). */
  function expectTheSmallShop({ byDefault, chosen }: Awaited<ReturnType<typeof overviews>>) {
    expect(byDefault.period).toMatchObject({ from: '2025-11-23', to: '2026-11-22' });
    expect(byDefault.customers).toMatchObject({ total: 3, members: 2, activeInPeriod: 3 });
    expect(byDefault.activity.current).toMatchObject({ purchases: 5, revenueCents: 11_500 });
    expect(byDefault.membersVsNonMembers.members).toMatchObject({ customers: 2, purchases: 4 });
    expect(byDefault.slippingAway).toMatchObject({ basis: 'rfm', total: 0 });
    expect(chosen.period).toMatchObject({ from: '2026-06-01', to: '2026-11-22', days: 175 });
    expect(chosen.customers).toMatchObject({ total: 3, members: 2 });
    expect(chosen.activity.current).toMatchObject({ purchases: 3, revenueCents: 8500 });
  }

  it('with a worker, this thread computes neither the shop’s part nor a period’s', async () => {
    const withWorker = await overviews(1);
    expectTheSmallShop(withWorker);
    expect(withWorker.computed).toEqual({ shop: 0, period: 0 });
  });

  it('without a worker, the same overviews are computed on this thread', async () => {
    const inline = await overviews(0);
    expectTheSmallShop(inline);
    // The shop's part once; the default period and the chosen one.
    expect(inline.computed).toEqual({ shop: 1, period: 2 });
  });
});
