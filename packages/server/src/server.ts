import { availableParallelism } from 'node:os';
import { type ServerType, serve } from '@hono/node-server';
import pino from 'pino';
import { DEFAULT_THROTTLES } from './auth/attempt-throttle.ts';
import { RateLimiter } from './auth/rate-limiter.ts';
import type { Config } from './config/config.ts';
import type { Storage } from './db/open-storage.ts';
import { Admission } from './http/admission.ts';
import { createApp } from './http/app.ts';
import type { Services } from './http/types.ts';
import { createMailer } from './mail/mailer.ts';
import { loadWallet } from './wallet/load-wallet.ts';

/** Wires the services every request uses. The one place where dependencies are chosen. */
export function createServices(
  storage: Storage,
  config: Config,
  overrides: Partial<Services> = {},
): Services {
  return {
    db: storage.db,
    databaseKind: storage.kind,
    config,
    logger: pino({ level: config.logLevel }),
    now: () => new Date(),
    throttles: {
      ...DEFAULT_THROTTLES,
      signUpPerAddress: {
        ...DEFAULT_THROTTLES.signUpPerAddress,
        freeAttempts: config.signUpsPerAddress,
      },
    },
    cardLimiter: new RateLimiter(60, 60_000),
    admission: admissionFor(config),
    accountMailLimiter: new RateLimiter(5, 60 * 60_000),
    mailer: createMailer(config.mail),
    wallet: loadWallet(config.wallet),
    ...overrides,
  };
}

/**
 * Four requests at once per CPU core (a request alternates between this process's CPU and the
 * database's), never more than the database connections that serve them; each waits at most
 * `HABITUE_QUEUE_TIMEOUT_MS` to start, with room for four times as many to wait.
 */
function admissionFor(config: Config): Admission {
  const connections =
    config.database.kind === 'postgres' ? (config.database.poolSize ?? POOL_SIZE) : POOL_SIZE;
  const maxInFlight =
    config.admission.maxInFlight ?? Math.min(connections, 4 * availableParallelism());
  return new Admission({
    maxInFlight,
    maxWaiting: 4 * maxInFlight,
    waitMs: config.admission.waitMs,
  });
}

/** The connections a pool opens when the configuration does not say (see `db/connect.ts`). */
const POOL_SIZE = 20;

export type RunningServer = { url: string; port: number; close(): Promise<void> };

/** Listens on the configured port; resolves once the socket is open. */
export function listen(
  services: Services,
  config: Pick<Config, 'port' | 'host'>,
  options: { webDist?: string } = {},
): Promise<RunningServer> {
  const app = createApp(services, options);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
        const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
