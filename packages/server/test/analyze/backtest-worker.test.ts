import { type BacktestOptions, backtestForecast, type Transactions } from '@habitue/analytics';
import { describe, expect, it } from 'vitest';
import { startBacktest } from '../../src/cli/analyze/backtest-worker.ts';

const FIRST_DAY = 19_000; // 2022-01-08
const DAYS = 730;

/** 500 customers over two years, some who come back often and some who stop: a fixed shop. */
function shop(): Transactions {
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let c = 0; c < 500; c++) {
    let d = FIRST_DAY + Math.floor(random() * 365);
    const gap = 10 + Math.floor(random() * 80);
    const stop = FIRST_DAY + Math.floor(random() * DAYS * 2);
    while (d < FIRST_DAY + DAYS && d < stop) {
      customer.push(c);
      day.push(d);
      amount.push(500 + Math.floor(random() * 5_000));
      d += 1 + Math.floor(random() * 2 * gap);
    }
  }
  return {
    customer: Int32Array.from(customer),
    day: Int32Array.from(day),
    amountCents: Float64Array.from(amount),
    customerCount: 500,
  };
}

const OPTIONS: BacktestOptions = {
  asOfDay: FIRST_DAY + DAYS - 1,
  unit: 'week',
  value: { horizonDays: 182, monthlyDiscountRate: 0.01, margin: 1, models: ['bgNbd'] },
  seasons: false,
};

describe('the backtest in a worker thread', () => {
  it('gives exactly what the same backtest gives in the main thread', async () => {
    const tx = shop();
    const inline = backtestForecast(tx, OPTIONS);
    expect(inline.status).toBe('done');
    const running = startBacktest(tx, OPTIONS, 0);
    expect(running.inWorker).toBe(true);
    expect(await running.result).toEqual(inline);
  });

  it('runs small files in line, with the same result', async () => {
    const tx = shop();
    const running = startBacktest(tx, OPTIONS, tx.day.length + 1);
    expect(running.inWorker).toBe(false);
    expect(await running.result).toEqual(backtestForecast(tx, OPTIONS));
  });

  it('reports a failure in the worker as a rejected result, and the worker ends', async () => {
    const broken = { ...OPTIONS, value: undefined } as unknown as BacktestOptions;
    const running = startBacktest(shop(), broken, 0);
    await expect(running.result).rejects.toThrow(TypeError);
    await running.stop();
  });

  it('stops on demand: the result then rejects instead of waiting', async () => {
    const running = startBacktest(shop(), OPTIONS, 0);
    await running.stop();
    await expect(running.result).rejects.toThrow(/exited/);
  });
});
