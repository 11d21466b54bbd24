import { describe, expect, it } from 'vitest';
import { bgNbd, mbgNbd, noDropout } from '../../src/models/index.ts';
import { analyzeCustomerValue } from '../../src/pipeline/index.ts';
import { simulateShopHistory } from '../../src/simulate/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';

/** A simulated year where dropout is practically nil (p ~ Beta(1e-4, 1e4)): nobody leaves. */
function noDropoutShop() {
  const start = Date.UTC(2024, 0, 1);
  const days = 365;
  const history = simulateShopHistory({
    seed: 3,
    start,
    end: start + days * 86_400_000,
    arrivalsPerDay: 1,
    membership: null,
    dropout: { a: 1e-4, b: 1e4 },
  });
  const ids = new Map<string, number>();
  const n = history.transactions.length;
  const tx = {
    customer: new Int32Array(n),
    day: new Int32Array(n),
    amountCents: new Float64Array(n),
    customerCount: 0,
  };
  history.transactions.forEach((t, i) => {
    if (!ids.has(t.customerId)) ids.set(t.customerId, ids.size);
    tx.customer[i] = ids.get(t.customerId)!;
    tx.day[i] = Math.floor((t.at - start) / 86_400_000);
    tx.amountCents[i] = t.amountCents;
  });
  tx.customerCount = ids.size;
  return summarizeCustomers(tx, { asOfDay: days - 1, unit: 'week' });
}

describe('fits on the no-dropout boundary', () => {
  const summary = noDropoutShop();
  const data = { frequency: summary.frequency, recency: summary.recency, T: summary.T };

  it('make the plain BG/NBD and MBG/NBD fits diverge (a → 0)', () => {
    expect(bgNbd.fit(data)).toMatchObject({ ok: false, reason: 'parameters-diverged' });
    expect(mbgNbd.fit(data)).toMatchObject({ ok: false, reason: 'parameters-diverged' });
  });

  it('are reported by the pipeline as the fitted no-dropout limit, with its likelihood and a warning', () => {
    const options = { horizonDays: 365, monthlyDiscountRate: 0.01, margin: 0.3 };
    const analysis = analyzeCustomerValue(summary, {
      ...options,
      models: ['bgNbd', 'paretoNbd', 'mbgNbd'],
    });
    const limit = noDropout.fit(data);
    if (!limit.ok) throw new Error('the limit did not fit');
    const { purchase, chosen } = analysis.fitted.report;
    for (const [key, zero] of [
      ['bgNbd', 'a'],
      ['paretoNbd', 's'],
      ['mbgNbd', 'a'],
    ] as const) {
      const fit = purchase[key];
      if (fit?.status !== 'fitted') throw new Error(`${key} not fitted`);
      expect(fit.warnings).toEqual([{ code: 'no-dropout' }]);
      expect(fit.params[zero]).toBe(0);
      expect(fit.logLikelihood).toBeCloseTo(limit.logLikelihood, 6);
      expect(fit.standardErrors?.r).toBeGreaterThan(0);
      // The limit's own parameters: the dropout one, set to 0 in the report, has none.
      expect(Object.keys(fit.standardErrors ?? {})).toEqual(['r', 'alpha']);
    }
    expect(chosen?.model).toBe('bgNbd');
    const p = analysis.predictions!;
    expect(p.totals.activeCustomers.value).toBe(p.totals.customers);
    expect(p.totals.clvCents!.low).toBeLessThan(p.totals.clvCents!.value);
  });
});
