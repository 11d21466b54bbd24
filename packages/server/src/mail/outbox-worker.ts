import type { Logger } from 'pino';
import type { Mailer } from './mailer.ts';
import { type DeliveryDeps, deliverDue } from './outbox-delivery.ts';

export type OutboxWorker = { stop(): Promise<void> };

/**
 * Runs delivery rounds in the background: every `intervalMs` (for retries that come due) and
 * shortly after a message is queued. One round at a time; `stop` waits for the current one,
 * so a clean shutdown never leaves a message `sending`.
 */
export function startOutboxWorker(
  deps: DeliveryDeps & { mailer: Mailer; logger: Logger; intervalMs?: number },
): OutboxWorker {
  const intervalMs = deps.intervalMs ?? 5_000;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let again = false;

  const round = async () => {
    try {
      const sent = await deliverDue(deps);
      if (sent > 0) deps.logger.debug({ sent }, 'outbox round');
      if (sent >= 100) again = true;
    } catch (error) {
      deps.logger.warn({ err: error }, 'outbox delivery round failed; retrying later');
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(round).then(() => {
        const next = again ? 0 : intervalMs;
        again = false;
        schedule(next);
      });
    }, delayMs);
  };
  deps.mailer.onNudge(() => {
    // A round already running will pick it up at its end.
    again = true;
    schedule(20);
  });
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
