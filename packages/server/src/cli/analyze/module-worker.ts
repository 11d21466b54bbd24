import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * A worker thread running the module at `moduleUrl` — the bundle `habitue analyze` runs from,
 * or, from the sources (a `.ts` URL), the TypeScript module through tsx, registered in the worker
 * first from the path it has in this package's dependencies: its ESM entry, not the CommonJS one
 * `require.resolve` names.
 */
export function workerOfModule(moduleUrl: string, workerData: unknown): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(moduleUrl), { workerData });
  const tsx = createRequire(moduleUrl)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const start = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(start, { eval: true, workerData });
}

/** A worker thread of this module started for one job, given later (or never). */
export interface OneJobWorker<Job, Result> {
  /** Sends the job; the promise rejects if the worker fails or exits without a result. */
  give: (job: Job) => Promise<Result>;
  /** Stops the worker whatever it is doing. */
  stop: () => void;
  /** Stops the worker if it was given no job: call it always. */
  release: () => void;
}

/**
 * Starts a worker thread running the module at `moduleUrl` for the one job of `task` — the job
 * comes later, the worker loads its module meanwhile. The module answers with
 * {@link answerOneJob}.
 */
export function startOneJobWorker<Job, Result>(
  moduleUrl: string,
  task: string,
): OneJobWorker<Job, Result> {
  const worker = workerOfModule(moduleUrl, { task });
  let given = false;
  const result = new Promise<Result>((resolve, reject) => {
    worker.once('message', (answer: Result) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the worker for ${task} exited (code ${code}) without a result`)),
    );
  });
  result.catch(() => {});
  const stop = () => {
    void worker.terminate();
  };
  return {
    give: (job) => {
      given = true;
      worker.postMessage(job);
      return result;
    },
    stop,
    release: () => {
      if (!given) stop();
    },
  };
}

/**
 * In a worker started by {@link startOneJobWorker} for `task`, answers its one job: the result,
 * and the buffers to transfer rather than copy. Elsewhere (the main thread, another task's
 * worker) does nothing.
 */
export function answerOneJob<Job, Result>(
  task: string,
  work: (job: Job) => { result: Result; transfer?: ArrayBuffer[] },
): void {
  if (isMainThread || (workerData as { task?: string } | undefined)?.task !== task) return;
  parentPort!.once('message', (job: Job) => {
    const { result, transfer } = work(job);
    parentPort!.postMessage(result, transfer ?? []);
  });
}
