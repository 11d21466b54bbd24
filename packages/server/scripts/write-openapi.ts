import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { DEFAULT_THROTTLES } from '../src/auth/attempt-throttle.ts';
import { RateLimiter } from '../src/auth/rate-limiter.ts';
import type { Database } from '../src/db/schema.ts';
import { createApp } from '../src/http/app.ts';
import { createMailer } from '../src/mail/mailer.ts';

/** Where the committed contract lives, from the repository root. */
export const OPENAPI_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../docs/openapi.json',
);

/**
 * A database handle that fails loudly if touched: building the app and serving
 * `/api/openapi.json` never query it, so the document needs no database at all.
 */
const noDatabase = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`write-openapi: the database was used (${String(property)})`);
    },
  },
) as Kysely<Database>;

/**
 * The OpenAPI 3.1 document exactly as the app serves it at `/api/openapi.json`, as the text
 * committed in `docs/openapi.json` (two-space indent, keys in generation order, final newline).
 */
export async function generateOpenApiText(): Promise<string> {
  const app = createApp({
    db: noDatabase,
    databaseKind: 'embedded',
    config: {
      publicUrl: 'http://localhost:3000',
      sessionTtlHours: 24,
      cookieSecure: false,
      trustProxy: 0,
    },
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
    throttles: DEFAULT_THROTTLES,
    accountMailLimiter: new RateLimiter(5, 60_000),
    mailer: createMailer({ smtpUrl: null, from: 'no-reply@localhost', ratePerMinute: 60 }),
    cardLimiter: new RateLimiter(60, 60_000),
  });
  const response = await app.request('/api/openapi.json');
  if (response.status !== 200) {
    throw new Error(`/api/openapi.json answered ${response.status}: ${await response.text()}`);
  }
  return `${JSON.stringify(await response.json(), null, 2)}\n`;
}

// `npm run openapi`: rewrite the committed document.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(OPENAPI_FILE, await generateOpenApiText());
  console.log(`wrote ${OPENAPI_FILE}`);
}
