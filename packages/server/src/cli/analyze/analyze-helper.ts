// The jobs the helper thread answers: loading this module in it registers them.
import './backtest-job.ts';
import './customers-json-job.ts';
import './read-job.ts';
import { type HelperThread, helperThread } from './helper-thread.ts';

/**
 * The helper thread of `habitue analyze`, running this module — the bundle the command runs
 * from, or, from the sources, this TypeScript module, which loads every job it answers.
 *
 * @example
 * const helper = analyzeHelper();
 * try { helper.start(); … await helper.run(…); } finally { helper.stop(); }
 */
export function analyzeHelper(): HelperThread {
  return helperThread(import.meta.url);
}
