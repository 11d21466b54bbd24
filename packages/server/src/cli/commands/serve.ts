import { stopMetricsWorkers, useMetricsWorkers } from '../../analytics-worker/metrics-pool.ts';
import type { Config } from '../../config/config.ts';
import type { Storage } from '../../db/open-storage.ts';
import type { Services } from '../../http/types.ts';
import { startServerJobs } from '../../jobs/server-jobs.ts';
import { startMailDelivery } from '../../mail/start-mail-delivery.ts';
import { createServices, listen } from '../../server.ts';
import { WEB_DIST } from '../../web/ensure-web-build.ts';

/** One process serving: the HTTP server, mail delivery and the job runner, and how to stop them. */
export type Serving = {
  services: Services;
  /** What the start-up banner says about where mail and text messages go. */
  mailBanner: string;
  stop(): Promise<void>;
};

/**
 * Serves the API and the web app on the configured port, delivers the outbox and runs jobs.
 * Each server process does all three: the outbox and the job runner claim their work in the
 * database (`for update skip locked`, leases), so several processes share it and none is done
 * twice.
 */
export async function startServing(storage: Storage, config: Config): Promise<Serving> {
  useMetricsWorkers(config.analyticsWorkers);
  const services = createServices(storage, config);
  const server = await listen(services, config, { webDist: WEB_DIST });
  const mail = startMailDelivery(services, config.mail);
  const jobs = startServerJobs({
    db: storage.db,
    logger: services.logger,
    now: services.now,
    config,
    mailer: services.mailer,
  });
  return {
    services,
    mailBanner: mail.banner,
    async stop() {
      await server.close();
      await mail.stop();
      // Jobs in flight finish (or, after the grace period, run again once their lease expires).
      await jobs.stop();
      // A dashboard computation under way is dropped: it is cheap to start again.
      await stopMetricsWorkers();
    },
  };
}
