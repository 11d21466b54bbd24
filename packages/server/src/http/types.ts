import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Throttles } from '../auth/attempt-throttle.ts';
import type { PrincipalRole, Restriction } from '../auth/permissions.ts';
import type { RateLimiter } from '../auth/rate-limiter.ts';
import type { Config } from '../config/config.ts';
import type { DatabaseKind } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Wallet } from '../wallet/load-wallet.ts';
import type { Admission } from './admission.ts';

/** Who is making a request, once authenticated. Always scoped to exactly one merchant. */
export type Principal = {
  merchantId: string;
  role: PrincipalRole;
  /** An API key's scopes; people hold their role's permissions. */
  scopes?: readonly string[];
  actor: { type: 'user'; id: string; sessionHash: string } | { type: 'api_key'; id: string };
};

/** Everything a request handler may use, wired once at start-up (see `server.ts`). */
export type Services = {
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  config: Pick<Config, 'publicUrl' | 'sessionTtlHours' | 'cookieSecure' | 'trustProxy'> &
    // Absent: private addresses refused, the safe default.
    Partial<Pick<Config, 'webhooks'>>;
  logger: Logger;
  now: () => Date;
  /** Limits on password and sign-up guessing (counters in the database). */
  throttles: Throttles;
  cardLimiter: RateLimiter;
  /** Bounds the requests worked on at once; absent, every request is admitted. */
  admission?: Admission;
  /** Account mail (reset links, sign-up links) per email address: no mailbox flooding. */
  accountMailLimiter: RateLimiter;
  mailer: Mailer;
  /** Apple and Google Wallet passes; absent, no wallet is offered. */
  wallet?: Wallet;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    services: Services;
    principal: Principal;
    /** Set by `authenticate` when the caller's grant for this operation is restricted. */
    restriction: Restriction;
    /** Set by `secureHeaders` (its NONCE): the page's inline scripts carry it (web/inline-assets.ts). */
    secureHeadersNonce?: string;
  };
};
