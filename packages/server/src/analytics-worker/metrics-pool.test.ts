import { fittedToText } from '@habitue/analytics';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../use-cases/analytics/analytics-settings.ts';
import {
  type CustomerFiguresInput,
  computeCustomerFigures,
} from '../use-cases/analytics/customer-metrics.ts';
import { encodeMessage, figuresMessage, figuresOf, readStoredMessage } from './metrics-messages.ts';
import { MetricsPool } from './metrics-pool.ts';

const TODAY = 20_800; // days since 1970-01-01

/** A shop of `count` customers arrived over two years, each with 1 to 8 purchases (seeded). */
function shop(count: number): CustomerFiguresInput {
  let seed = 1;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const customers = [];
  const movements = [];
  for (let i = 0; i < count; i++) {
    const since = TODAY - Math.floor(random() * 730);
    customers.push({ id: `c${i}` });
    for (let k = Math.floor(random() * 8); k >= 0; k--) {
      const day = since + Math.floor(random() * (TODAY - since));
      movements.push({
        customer_id: `c${i}`,
        day,
        amount_cents: 300 + Math.floor(random() * 2200),
      });
    }
  }
  return {
    customers,
    movements,
    dataVersion: 'v1',
    dataAsOf: null,
    timeZone: 'Europe/Paris',
    now: new Date(TODAY * 86_400_000 + 10 * 3_600_000),
    asOfDay: TODAY,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  };
}

const pools: MetricsPool[] = [];
function pool(size: number): MetricsPool {
  const p = new MetricsPool(size);
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

it('computes in a worker thread the same figures as on the calling thread', async () => {
  const input = shop(100);
  const inline = computeCustomerFigures(input);
  const inWorker = await pool(1).compute(input);
  expect(inline.predictions).not.toBeNull();
  const { fit, durationMs: _a, ...figures } = inWorker;
  const { fit: inlineFit, durationMs: _b, ...inlineFigures } = inline;
  // Everything alike but how long each fit took.
  const timeless = (value: unknown) =>
    JSON.parse(JSON.stringify(value, (key, v) => (key === 'seconds' ? 0 : v)));
  expect({ ...figures, models: timeless(figures.models) }).toEqual({
    ...inlineFigures,
    models: timeless(inlineFigures.models),
  });
  expect(figures.indexOf).toBeInstanceOf(Map);
  expect(figures.computedAt).toBeInstanceOf(Date);
  expect(figures.summary.frequency).toBeInstanceOf(inline.summary.frequency.constructor);
  // The fit's model comes back as a model (its functions rebuilt from the stored form).
  expect(timeless(JSON.parse(fittedToText(fit.fitted)))).toEqual(
    timeless(JSON.parse(fittedToText(inlineFit.fitted))),
  );
  expect(typeof fit.fitted.purchase?.model.expectedPurchases).toBe('function');
  // As stored for the other processes, they read back as the same figures.
  const bytes = encodeMessage(figuresMessage(inWorker));
  const stored = figuresOf(readStoredMessage(bytes, 100)!, inline.indexOf);
  expect(stored.rfm).toEqual(inline.rfm);
  expect(stored.predictions).toEqual(inline.predictions);
  expect(readStoredMessage(bytes, 99)).toBeNull();
  // And it can be passed back in: the next computation reuses it.
  const next = await pool(1).compute({ ...input, previousFit: fit });
  expect(next.fit.fittedAt).toBe(fit.fittedAt);
}, 180_000);

it('a failure in the worker is the error the caller would have seen without it', async () => {
  const input = { ...shop(20), now: new Date(Number.NaN) };
  const inline = (() => {
    try {
      computeCustomerFigures(input);
    } catch (error) {
      return error as Error;
    }
  })();
  expect(inline).toBeInstanceOf(RangeError);
  const inWorker = await pool(1)
    .compute(input)
    .catch((error: Error) => error);
  expect(inWorker).toBeInstanceOf(Error);
  expect((inWorker as Error).name).toBe(inline!.name);
  expect((inWorker as Error).message).toBe(inline!.message);
});

it('a worker that dies fails its computation only; the next one gets a new worker', async () => {
  const p = pool(1);
  await p.compute(shop(10)); // the worker is up
  const computing = p.compute(shop(100)).catch((error: Error) => error);
  // The one worker, killed in the middle of the computation.
  await p['slots'][0]!.worker.terminate();
  expect(await computing).toBeInstanceOf(Error);
  const after = await p.compute(shop(10));
  expect(after.indexOf.size).toBe(10);
});

it('callers beyond the pool size wait their turn; stopping fails what is left', async () => {
  const p = pool(1);
  const first = p.compute(shop(10));
  const second = p.compute(shop(12));
  expect((await first).indexOf.size).toBe(10);
  expect((await second).indexOf.size).toBe(12);
  const third = p.compute(shop(100)).catch((error: Error) => error);
  const fourth = p.compute(shop(10)).catch((error: Error) => error);
  await p.close();
  expect(await third).toBeInstanceOf(Error);
  expect(await fourth).toBeInstanceOf(Error);
  await expect(p.compute(shop(10))).rejects.toThrow('stopped');
});

it('size 0 computes on the calling thread', async () => {
  const figures = await pool(0).compute(shop(10));
  expect(figures.indexOf.size).toBe(10);
});
