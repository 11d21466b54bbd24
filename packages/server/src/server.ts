import { type ServerType, serve } from '@hono/node-server';
import pino from 'pino';
import { DEFAULT_THROTTLES } from './auth/attempt-throttle.ts';
import { RateLimiter } from './auth/rate-limiter.ts';
import type { Config } from './config/config.ts';
import type { Storage } from './db/open-storage.ts';
import { createApp } from './http/app.ts';
import type { Services } from './http/types.ts';
import { createMailer } from './mail/mailer.ts';

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
    throttles: DEFAULT_THROTTLES,
    cardLimiter: new RateLimiter(60, 60_000),
    accountMailLimiter: new RateLimiter(5, 60 * 60_000),
    mailer: createMailer(config.mail),
    ...overrides,
  };
}

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
