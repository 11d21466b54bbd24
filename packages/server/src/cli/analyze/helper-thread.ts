import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import { workerOfModule } from './module-worker.ts';

/** Marks the worker {@link helperThread} starts: its module then answers jobs. */
const HELPER = 'habitue-analyze-helper';

/**
 * The helper thread is gone — stopped, exited or crashed — before answering: the job was not
 * done, and its caller does it itself. A job that failed in the helper rejects with its own
 * error instead.
 */
export class HelperGone extends Error {}

/**
 * The command's second thread: one worker that does, one after the other, the jobs given to it
 * — the second half of the file, then the backtest, then part of the customer list. One thread
 * for the three saves two thread starts (each ≈ 0.14 s of CPU loading the bundle) and lets the
 * backtest start as soon as the transactions are read.
 */
export interface HelperThread {
  /** Starts the thread now, so that it loads its module while this one works. */
  start: () => void;
  /**
   * Gives it a job of `task` (answered by {@link answerJobs}); jobs are done in the order given.
   * Rejects with the job's error, or with {@link HelperGone}.
   */
  run: <Job, Result>(task: string, job: Job) => Promise<Result>;
  /** Ends the thread whatever it is doing; jobs not yet answered reject. Call it always. */
  stop: () => void;
}

type Answer = { id: number; result: unknown } | { id: number; error: unknown };

/**
 * A helper thread running the module at `moduleUrl` (the bundle `habitue analyze` runs from, or
 * its TypeScript module through tsx), started on {@link HelperThread.start} or its first job.
 * It holds the process open only while it has jobs to answer.
 */
export function helperThread(moduleUrl: string): HelperThread {
  let worker: Worker | null = null;
  let gone: HelperGone | null = null;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (r: unknown) => void; reject: (e: unknown) => void }
  >();
  const fail = (reason: HelperGone) => {
    gone ??= reason;
    for (const job of pending.values()) job.reject(gone);
    pending.clear();
  };
  const start = (): Worker | null => {
    // Gone first: a worker that has exited would take a job and never answer it.
    if (gone) return null;
    if (worker) return worker;
    const started = workerOfModule(moduleUrl, { task: HELPER });
    started.unref();
    started.on('message', (answer: Answer) => {
      const job = pending.get(answer.id);
      if (!job) return;
      pending.delete(answer.id);
      if (pending.size === 0) started.unref();
      if ('error' in answer) job.reject(answer.error);
      else job.resolve(answer.result);
    });
    started.on('error', (error) => fail(new HelperGone(`the helper thread failed: ${error}`)));
    started.on('messageerror', (error) => {
      // An answer lost: which job it was is unknown, so the helper is given up for all of them.
      fail(new HelperGone(`an answer of the helper thread could not be read: ${error}`));
      void started.terminate();
    });
    started.on('exit', (code) => fail(new HelperGone(`the helper thread exited (code ${code})`)));
    worker = started;
    return worker;
  };
  return {
    start: () => {
      start();
    },
    run: <Job, Result>(task: string, job: Job) =>
      new Promise<Result>((resolve, reject) => {
        const thread = start();
        if (!thread) {
          reject(gone);
          return;
        }
        const id = nextId++;
        try {
          // Throws, before anything is pending, for a job that cannot be copied (a function).
          thread.postMessage({ id, task, job });
        } catch (error) {
          reject(error);
          return;
        }
        pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
        thread.ref();
      }),
    stop: () => {
      if (worker) void worker.terminate();
      fail(new HelperGone('the helper thread was stopped'));
    },
  };
}

/** The jobs this thread answers, by task, when it is a helper thread. */
const answers = new Map<string, (job: never) => { result: unknown; transfer?: ArrayBuffer[] }>();

/**
 * In a helper thread, answers the jobs of `task`: the result, and the buffers to transfer rather
 * than copy. Elsewhere (the main thread, another worker) does nothing.
 */
export function answerJobs<Job, Result>(
  task: string,
  work: (job: Job) => { result: Result; transfer?: ArrayBuffer[] },
): void {
  if (inHelper) answers.set(task, work as (job: never) => { result: unknown });
}

const inHelper = !isMainThread && (workerData as { task?: string } | null)?.task === HELPER;

if (inHelper) {
  // Jobs arrive as messages, after the whole module (and so every answerJobs) has run.
  parentPort!.on('message', ({ id, task, job }: { id: number; task: string; job: never }) => {
    let answer: Answer;
    let transfer: ArrayBuffer[] = [];
    try {
      const work = answers.get(task);
      if (!work) throw new Error(`no job ${task} in this module`);
      const done = work(job);
      answer = { id, result: done.result };
      transfer = done.transfer ?? [];
    } catch (error) {
      answer = { id, error };
    }
    parentPort!.postMessage(answer, transfer);
  });
}
