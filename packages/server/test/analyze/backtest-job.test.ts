import { type BacktestOptions, backtestForecast, type Transactions } from '@habitue/analytics';
import { describe, expect, it } from 'vitest';
import { analyzeHelper } from '../../src/cli/analyze/analyze-helper.ts';
import { startBacktest } from '../../src/cli/analyze/backtest-job.ts';

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

describe('the backtest in the helper thread', () => {
  it('gives exactly what the same backtest gives in the main thread', async () => {
    const tx = shop();
    const inline = backtestForecast(tx, OPTIONS);
    expect(inline.status).toBe('done');
    const helper = analyzeHelper();
    try {
      const running = startBacktest(tx, OPTIONS, helper, 0);
      expect(running.inHelper).toBe(true);
      expect(await running.result()).toEqual(inline);
    } finally {
      helper.stop();
    }
  });

  it('runs small files in line, with the same result', async () => {
    const tx = shop();
    const helper = analyzeHelper();
    try {
      const running = startBacktest(tx, OPTIONS, helper, tx.day.length + 1);
      expect(running.inHelper).toBe(false);
      expect(await running.result()).toEqual(backtestForecast(tx, OPTIONS));
    } finally {
      helper.stop();
    }
  });

  it('a backtest that fails in the helper rejects with its own error', async () => {
    const broken = { ...OPTIONS, value: undefined } as unknown as BacktestOptions;
    const helper = analyzeHelper();
    try {
      const running = startBacktest(shop(), broken, helper, 0);
      await expect(running.result()).rejects.toThrow(TypeError);
      // The helper survives a failed job: the next one is answered.
      const next = startBacktest(shop(), OPTIONS, helper, 0);
      expect((await next.result()).status).toBe('done');
    } finally {
      helper.stop();
    }
  });

  it('with the helper gone before answering, the backtest is computed here', async () => {
    const tx = shop();
    const helper = analyzeHelper();
    const running = startBacktest(tx, OPTIONS, helper, 0);
    helper.stop();
    expect(await running.result()).toEqual(backtestForecast(tx, OPTIONS));
  });
});
