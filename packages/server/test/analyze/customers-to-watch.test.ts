import type { RfmSegment } from '@habitue/analytics';
import { describe, expect, it } from 'vitest';
import type { CustomerReport, ModelsReport } from '../../src/cli/analyze/analysis-report.ts';
import { customersToWatch } from '../../src/cli/analyze/customers-to-watch.ts';

function buildCustomer(overrides: Partial<CustomerReport> & { segment?: RfmSegment }) {
  const { segment = 'loyal', ...rest } = overrides;
  return {
    id: 'C',
    frequency: 3,
    recency: 10,
    T: 50,
    monetary: 20,
    averageBasket: 20,
    revenue: 80,
    firstPurchase: '2024-01-01',
    lastPurchase: '2024-06-01',
    pAlive: 1,
    pAliveInterval: null,
    expectedPurchases: 2,
    expectedPurchasesInterval: null,
    expectedAvgSpend: 20,
    clv: 40,
    clvInterval: null,
    rfm: { r: 3, f: 3, m: 3, segment },
    ...rest,
  } satisfies CustomerReport;
}

/** A BG/NBD fit chosen for the customer figures, at the no-dropout boundary or not. */
function models(noDropout: boolean): ModelsReport {
  return {
    bgnbd: {
      status: 'fitted',
      params: { r: 1, alpha: 1, a: 1, b: 1 },
      standardErrors: null,
      logLikelihood: -100,
      aic: 208,
      holdout: null,
      warnings: noDropout ? [{ code: 'no-dropout', message: 'nobody leaves' }] : [],
    },
    paretonbd: null,
    gammagamma: null,
    chosen: { model: 'bgnbd', by: 'log-likelihood' },
  };
}

describe('customersToWatch: one story for the RFM and the model', () => {
  it('lists the RFM’s absent good customers when the model sees nobody leave', () => {
    const customers = [
      buildCustomer({ id: 'gone-big', segment: 'cantLoseThem', revenue: 500 }),
      buildCustomer({ id: 'gone-small', segment: 'atRisk', revenue: 300 }),
      buildCustomer({ id: 'asleep', segment: 'hibernating', revenue: 50 }),
      buildCustomer({ id: 'lost', segment: 'lost', revenue: 20 }),
      buildCustomer({ id: 'champion', segment: 'champions', revenue: 900 }),
    ];
    const watch = customersToWatch(customers, 10, models(true));
    expect(watch.slippingBasis).toBe('rfm');
    expect(watch.slippingReason).toBe('no-dropout');
    expect(watch.slippingAway.map((c) => c.id)).toEqual(['gone-big', 'gone-small']);
    expect(watch.departures).toEqual({
      absentByRfm: 4,
      goneByModelAmongAbsent: 0,
      goneByModel: 0,
    });
  });

  it('lists the model’s departures by past revenue and counts both views', () => {
    const customers = [
      buildCustomer({ id: 'absent-gone', segment: 'atRisk', pAlive: 0.1, revenue: 100 }),
      buildCustomer({ id: 'absent-here', segment: 'hibernating', pAlive: 0.8, revenue: 700 }),
      buildCustomer({ id: 'loyal-gone', segment: 'loyal', pAlive: 0.3, revenue: 400 }),
      buildCustomer({ id: 'one-visit', segment: 'lost', pAlive: 0.2, frequency: 0 }),
    ];
    const watch = customersToWatch(customers, 10, models(false));
    expect(watch.slippingBasis).toBe('models');
    expect(watch.slippingReason).toBe('model');
    expect(watch.slippingAway.map((c) => c.id)).toEqual(['loyal-gone', 'absent-gone']);
    expect(watch.departures).toEqual({
      absentByRfm: 3,
      goneByModelAmongAbsent: 2,
      goneByModel: 3,
    });
  });

  it('ranks the champions by revenue when no customer has a CLV', () => {
    const customers = [
      buildCustomer({ id: 'a', segment: 'champions', revenue: 100, clv: null }),
      buildCustomer({ id: 'b', segment: 'champions', revenue: 300, clv: null }),
      buildCustomer({ id: 'c', segment: 'loyal', revenue: 900, clv: null }),
    ];
    const watch = customersToWatch(customers, 10, models(false));
    expect(watch.valuableBasis).toBe('rfm');
    expect(watch.mostValuable.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
