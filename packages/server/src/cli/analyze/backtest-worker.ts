import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  type Backtest,
  type BacktestOptions,
  backtestForecast,
  type Transactions,
} from '@habitue/analytics';
import { workerOfModule } from './module-worker.ts';

/** Marks the worker this module starts, so that loading the module elsewhere starts nothing. */
const TASK = 'habitue-analyze-backtest';

/**
 * Transactions from which the backtest runs in a worker. Below, it takes less time than starting
 * a worker (about 50 ms of CPU to load the command's bundle again), and runs in line.
 */
export const WORKER_FROM_ROWS = 50_000;

interface BacktestJob {
  task: typeof TASK;
  transactions: Transactions;
  options: BacktestOptions;
}

/** The backtest running beside the main analysis: its result, or a way to stop it. */
export interface RunningBacktest {
  /** Rejects when the worker fails or exits without a result. */
  result: Promise<Backtest>;
  /** Ends the worker (an analysis that failed no longer needs it). */
  stop: () => Promise<void>;
  /** False when the backtest was computed in line (a small file). */
  inWorker: boolean;
}

/**
 * {@link backtestForecast} in a worker thread, so that on two cores it runs while the main
 * analysis is computed: it reads only the transactions (copied to the worker, 12 bytes a row)
 * and its options, and its result is plain data. The same function on the same inputs: the
 * same figures as in the main thread. The worker is this very module — the bundle `habitue
 * analyze` runs from, or its TypeScript source through tsx when run from the sources. With
 * fewer than `inWorkerFrom` transactions the backtest is computed here, before returning.
 *
 * @example
 * const backtest = startBacktest(transactions, { asOfDay, unit: 'week', value, seasons: true });
 * try { analyse(); } catch (e) { await backtest.stop(); throw e; }
 * const result = await backtest.result;
 */
export function startBacktest(
  transactions: Transactions,
  options: BacktestOptions,
  inWorkerFrom = WORKER_FROM_ROWS,
): RunningBacktest {
  if (transactions.day.length < inWorkerFrom) {
    const done = Promise.resolve(backtestForecast(transactions, options));
    return { result: done, stop: async () => {}, inWorker: false };
  }
  const job: BacktestJob = {
    task: TASK,
    transactions: {
      customer: transactions.customer,
      day: transactions.day,
      amountCents: transactions.amountCents,
      customerCount: transactions.customerCount,
    },
    options,
  };
  const worker = workerOfModule(import.meta.url, job);
  const result = new Promise<Backtest>((resolve, reject) => {
    worker.once('message', (backtest: Backtest) => resolve(backtest));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the backtest worker exited (code ${code}) without a result`)),
    );
  });
  // Awaited only once the main analysis is done: a failure before then is not unhandled.
  result.catch(() => {});
  return {
    result,
    stop: async () => {
      await worker.terminate();
    },
    inWorker: true,
  };
}

if (!isMainThread && (workerData as BacktestJob | undefined)?.task === TASK) {
  const { transactions, options } = workerData as BacktestJob;
  parentPort!.postMessage(backtestForecast(transactions, options));
}
