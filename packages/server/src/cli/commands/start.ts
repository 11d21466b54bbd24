import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { ensureDemoShop } from '../../demo/ensure-demo-shop.ts';
import { startServerJobs } from '../../jobs/server-jobs.ts';
import { startMailDelivery } from '../../mail/start-mail-delivery.ts';
import { createServices, listen } from '../../server.ts';
import { warmAnalytics } from '../../use-cases/analytics/warm-analytics.ts';
import { NO_WALLET } from '../../wallet/load-wallet.ts';
import { walletBanner } from '../../wallet/wallet-banner.ts';
import { ensureWebBuild, WEB_DIST } from '../../web/ensure-web-build.ts';
import type { Io } from '../io.ts';

/**
 * `habitue start`: open (and migrate) the database, create the demo shop on a first run, serve
 * the API and the web app, and stop cleanly on Ctrl-C / SIGTERM.
 */
export async function runStartCommand(_argv: string[], io: Io): Promise<number> {
  const started = performance.now();
  const config = loadConfig();
  for (const warning of config.warnings) io.stderr.write(`Warning: ${warning}\n`);
  const storage = await openStorage(config.database, {
    command: 'habitue start',
    url: config.publicUrl,
    mustOwn: true,
    onEvent: (message) => io.stderr.write(`${message}\n`),
  });
  const databaseSeconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const warning of storage.warnings) io.stderr.write(`Warning: ${warning}\n`);
  const services = createServices(storage, config);
  const demo = config.demo.onEmptyDatabase
    ? await ensureDemoShop(storage.db, { seed: config.demo.seed, now: new Date() })
    : null;
  await ensureWebBuild((line) => io.stdout.write(`${line}\n`));
  const server = await listen(services, config, { webDist: WEB_DIST });
  const mail = startMailDelivery(services, config.mail);
  const jobs = startServerJobs({
    db: storage.db,
    logger: services.logger,
    now: services.now,
    config,
    mailer: services.mailer,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where =
    config.database.kind === 'embedded'
      ? `embedded PostgreSQL in ${config.database.dataDir}`
      : 'PostgreSQL';
  io.stdout.write(
    [
      `Habitué is running at ${config.publicUrl} (${where}; ready in ${seconds} s, database ${databaseSeconds} s)`,
      demo
        ? `Demo shop "${demo.merchantName}"${demo.created ? ' created' : ''}: owner ${demo.ownerEmail} / ${demo.ownerPassword}, cashier ${demo.cashierEmail} / ${demo.cashierPassword}`
        : '',
      mail.banner,
      ...walletBanner(services.wallet ?? NO_WALLET, config.publicUrl, services.now()),
      `API docs: ${config.publicUrl}/api/docs`,
      'API key for a point-of-sale system: create one in the web app (Settings → API keys),',
      `  or run: npx habitue api-key create --merchant ${demo?.merchantSlug ?? '<slug>'} --name "Caisse"`,
      'Stop with Ctrl-C.',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  );
  // In the background: the first dashboard visit then finds the figures already computed.
  void warmAnalytics(storage.db, {
    now: services.now,
    onError: (merchantId, error) =>
      services.logger.warn({ err: error, merchantId }, 'analytics warm-up failed'),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout.write('Stopping…\n');
  await server.close();
  await mail.stop();
  // Jobs in flight finish (or, after the grace period, run again once their lease expires).
  await jobs.stop();
  await storage.close();
  return 0;
}
