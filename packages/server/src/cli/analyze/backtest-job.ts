import {
  type Backtest,
  type BacktestOptions,
  backtestForecast,
  type Transactions,
} from '@habitue/analytics';
import { answerJobs, HelperGone, type HelperThread } from './helper-thread.ts';

const TASK = 'backtest';

/**
 * Transactions from which the backtest runs in the helper thread. Below, it takes less time than
 * starting a thread (about 50 ms of CPU to load the command's bundle again), and runs in line.
 */
export const HELPER_FROM_ROWS = 50_000;

interface BacktestJob {
  transactions: Transactions;
  options: BacktestOptions;
}

/** The backtest running beside the main analysis. */
export interface RunningBacktest {
  /**
   * Its result, once the main analysis asks for it; rejects when the backtest fails. Only then,
   * if the helper is gone, is it computed here: an analysis that failed never waits for it.
   */
  result: () => Promise<Backtest>;
  /** False when the backtest was computed in line (a small file). */
  inHelper: boolean;
}

/**
 * {@link backtestForecast} in the helper thread, so that on two cores it runs while the main
 * analysis is computed: it reads only the transactions (copied there, 16 bytes a row) and its
 * options, and its result is plain data. The same function on the same inputs: the same figures
 * as in this thread. With fewer than `inHelperFrom` transactions, or without a helper, it is
 * computed here before returning; when the helper is gone before answering (stopped because
 * the file's halves did not join, or crashed), here once the main analysis asks for it.
 *
 * @example
 * const backtest = startBacktest(transactions, { asOfDay, unit: 'week', value, seasons: true }, helper);
 * analyse();
 * const result = await backtest.result();
 */
export function startBacktest(
  transactions: Transactions,
  options: BacktestOptions,
  helper: HelperThread | null,
  inHelperFrom = HELPER_FROM_ROWS,
): RunningBacktest {
  if (!helper || transactions.day.length < inHelperFrom) {
    const done = backtestForecast(transactions, options);
    return { result: async () => done, inHelper: false };
  }
  const job: BacktestJob = {
    transactions: {
      customer: transactions.customer,
      day: transactions.day,
      amountCents: transactions.amountCents,
      customerCount: transactions.customerCount,
    },
    options,
  };
  const answer = helper.run<BacktestJob, Backtest>(TASK, job);
  // Awaited only once the main analysis is done, or never: a failure is not unhandled.
  answer.catch(() => {});
  const result = () =>
    answer.catch((error: unknown) => {
      if (error instanceof HelperGone) return backtestForecast(transactions, options);
      throw error;
    });
  return { result, inHelper: true };
}

answerJobs(TASK, ({ transactions, options }: BacktestJob) => ({
  result: backtestForecast(transactions, options),
}));
