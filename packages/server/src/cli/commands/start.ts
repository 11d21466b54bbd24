import cluster from 'node:cluster';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { ensureDemoShop } from '../../demo/ensure-demo-shop.ts';
import { deliveryBanner } from '../../mail/start-mail-delivery.ts';
import { warmAnalytics } from '../../use-cases/analytics/warm-analytics.ts';
import { loadWallet, NO_WALLET } from '../../wallet/load-wallet.ts';
import { walletBanner } from '../../wallet/wallet-banner.ts';
import { ensureWebBuild } from '../../web/ensure-web-build.ts';
import type { Io } from '../io.ts';
import { startServing } from './serve.ts';
import { runServerProcess, startServerProcesses } from './server-processes.ts';

/**
 * `habitue start`: open (and migrate) the database, create the demo shop on a first run, serve
 * the API and the web app — in this process, or in `HABITUE_PROCESSES` processes sharing the
 * port — and stop cleanly on Ctrl-C / SIGTERM.
 */
export async function runStartCommand(_argv: string[], io: Io): Promise<number> {
  if (cluster.isWorker) return runServerProcess(loadConfig());
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
  const demo = config.demo.onEmptyDatabase
    ? await ensureDemoShop(storage.db, { seed: config.demo.seed, now: new Date() })
    : null;
  await ensureWebBuild((line) => io.stdout.write(`${line}\n`));
  const several = config.processes > 1;
  // One process serves itself, or it starts several and keeps the database for them.
  const local = several ? null : await startServing(storage, config);
  const serving = local ?? (await startServerProcesses(config, storage.target, io));
  // In several-process mode the wallet is loaded here only to say in the banner how it is set.
  const wallet = local ? local.services.wallet : loadWallet(config.wallet);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where =
    config.database.kind === 'embedded'
      ? `embedded PostgreSQL in ${config.database.dataDir}`
      : 'PostgreSQL';
  io.stdout.write(
    [
      `Habitué is running at ${config.publicUrl} (${where}${several ? `; ${config.processes} server processes` : ''}; ready in ${seconds} s, database ${databaseSeconds} s)`,
      demo
        ? `Demo shop "${demo.merchantName}"${demo.created ? ' created' : ''}: owner ${demo.ownerEmail} / ${demo.ownerPassword}, cashier ${demo.cashierEmail} / ${demo.cashierPassword}`
        : '',
      deliveryBanner(config.mail),
      ...walletBanner(wallet ?? NO_WALLET, config.publicUrl, new Date()),
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
  // (Each process keeps its own figures in memory: with several, the first visit computes them.)
  if (local) {
    const { logger, now } = local.services;
    void warmAnalytics(storage.db, {
      now,
      onError: (merchantId, error) =>
        logger.warn({ err: error, merchantId }, 'analytics warm-up failed'),
    });
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout.write('Stopping…\n');
  await serving.stop();
  await storage.close();
  return 0;
}
