import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { type WalletConfig, walletConfig, walletEnvironment } from '../wallet/wallet-config.ts';

/**
 * Every setting the server reads from its environment, validated at start-up so a typo
 * fails fast with a message that says what to set instead of failing later at random.
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  HABITUE_DATA_DIR: z.string().min(1).default('./.habitue'),
  HABITUE_PUBLIC_URL: z.string().url().optional(),
  HABITUE_DEMO: z.enum(['auto', 'off']).default('auto'),
  HABITUE_DEMO_SEED: z.coerce.number().int().default(42),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 14),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  HABITUE_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).optional(),
  HABITUE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(500),
  HABITUE_PROCESSES: z
    .string()
    .regex(
      /^(auto|[1-9]\d?)$/,
      'must be a number of server processes (1 to 99), or auto (one per core)',
    )
    .default('1'),
  HABITUE_ANALYTICS_WORKERS: z.coerce
    .number()
    .int()
    .min(0, 'must be a number of worker threads (0 to 16; 0 computes on the server thread)')
    .max(16, 'must be a number of worker threads (0 to 16; 0 computes on the server thread)')
    .default(1),
  HABITUE_SIGNUPS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(5),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2})$/,
      'must be the number of proxy hops in front of the server (0, 1, 2, …)',
    )
    .default('false'),
  WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^/\s]+(\/.*)?$/,
      'must be smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS)',
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/,
      'must be an address, e.g. "Ma Boutique <bonjour@ma-boutique.fr>"',
    )
    .optional(),
  MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  ...walletEnvironment,
  SMS_PROVIDER: z.enum(['brevo']).optional(),
  SMS_API_KEY: z.string().min(1).optional(),
  SMS_SENDER: z
    .string()
    .regex(
      /^([A-Za-z0-9 ]{1,11}|\d{1,15})$/,
      'must be the name shown to the recipient: 11 letters or digits at most (e.g. "CafeLune"), or a number of up to 15 digits',
    )
    .optional(),
  SMS_API_URL: z.string().url().optional(),
  SMS_WEBHOOK_TOKEN: z
    .string()
    .min(
      24,
      'must be a long random secret (24 characters at least), e.g. from `openssl rand -hex 24`',
    )
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  /** Where the server is reachable, used to build card links and to print instructions. */
  publicUrl: string;
  database:
    | { kind: 'embedded'; dataDir: string }
    | { kind: 'postgres'; url: string; poolSize?: number };
  demo: { onEmptyDatabase: boolean; seed: number };
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  cookieSecure: 'auto' | boolean;
  /**
   * How many reverse proxies stand in front of the server (0: none). Each appends the address it
   * received the request from to X-Forwarded-For, so the client is that many entries from the
   * right; everything further left was written by the client and is never trusted.
   */
  trustProxy: number;
  /**
   * Whether webhooks may be sent to private, loopback and link-local addresses (tests and
   * in-house integrations). Off by default: a webhook URL must not reach inside the network.
   */
  webhooks: { allowPrivate: boolean };
  /**
   * Load shedding: requests worked on at once (null: the database pool's size), and how long
   * one may wait to start.
   */
  admission: { maxInFlight: number | null; waitMs: number };
  /** Owner sign-ups one address may make before each further one waits (a day's allowance). */
  signUpsPerAddress: number;
  /**
   * Server processes sharing the port and the database (`HABITUE_PROCESSES`; `auto`: one per
   * core). Everything they must agree on — sessions, limits, idempotency, jobs — is in the
   * database.
   */
  processes: number;
  /**
   * Worker threads computing the dashboard's figures (`HABITUE_ANALYTICS_WORKERS`), so that a
   * computation never holds up requests; 0 computes them on the server's own thread.
   */
  analyticsWorkers: number;
  /** Settings that work but deserve a word at start-up. */
  warnings: string[];
  mail: MailConfig;
  /** Apple and Google Wallet passes (null: that wallet is off). */
  wallet: WalletConfig;
};

/**
 * Mail sending. Without `smtpUrl` nothing leaves the machine: messages stay in the outbox the
 * owner reads in the app (and account links are written to the log for the operator).
 */
export type MailConfig = {
  smtpUrl: string | null;
  /** The From header, e.g. `Habitué <no-reply@example.fr>`. */
  from: string;
  /** Messages one shop may send per minute (relays throttle and flag bursts). */
  ratePerMinute: number;
  /**
   * Text messages, through a provider's HTTP API; null when none is configured: they stay in the
   * outbox like mail without SMTP. They share the outbox, its rate and its delivery.
   */
  sms?: SmsConfig | null;
};

/** Brevo's transactional SMS endpoint (a French provider; the only one implemented). */
export const BREVO_SMS_URL = 'https://api.brevo.com/v3/transactionalSMS/send';

export type SmsConfig = {
  provider: 'brevo';
  apiKey: string;
  sender: string;
  url: string;
  /**
   * The token the provider's webhook sends (\`Authorization: Bearer …\`) with STOP replies; null:
   * the endpoint is off, and SMS marketing with it (a STOP would go unheard).
   */
  webhookToken?: string | null;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables.
 * @example
 * const config = loadConfig({ PORT: '8080' }); // config.port === 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(blankAsMissing(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError(
      'Invalid configuration:\n  MAIL_FROM: required with SMTP_URL (the sender your relay accepts, e.g. "Ma Boutique <bonjour@ma-boutique.fr>")',
    );
  }
  const wallet = walletConfig(e);
  if (wallet.problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${wallet.problems.join('\n')}`);
  }
  const sms = smsConfig(e);
  const publicUrl = (e.HABITUE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'embedded', dataDir: resolve(e.HABITUE_DATA_DIR) },
    demo: { onEmptyDatabase: e.HABITUE_DEMO === 'auto', seed: e.HABITUE_DEMO_SEED },
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    webhooks: { allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE === 'true' },
    admission: { maxInFlight: e.HABITUE_MAX_IN_FLIGHT ?? null, waitMs: e.HABITUE_QUEUE_TIMEOUT_MS },
    signUpsPerAddress: e.HABITUE_SIGNUPS_PER_ADDRESS,
    processes:
      e.HABITUE_PROCESSES === 'auto' ? availableParallelism() : Number(e.HABITUE_PROCESSES),
    analyticsWorkers: e.HABITUE_ANALYTICS_WORKERS,
    ...proxyHops(e.TRUST_PROXY),
    mail: {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM ?? `Habitué <no-reply@${mailDomain(publicUrl)}>`,
      ratePerMinute: e.MAIL_RATE_PER_MINUTE,
      sms,
    },
    wallet: wallet.config,
  };
}

function smsConfig(e: z.infer<typeof environmentSchema>): SmsConfig | null {
  if (!e.SMS_PROVIDER) {
    if (e.SMS_API_KEY || e.SMS_SENDER) {
      throw new ConfigError(
        'Invalid configuration:\n  SMS_PROVIDER: required with SMS_API_KEY and SMS_SENDER (brevo)',
      );
    }
    return null;
  }
  const missing = (['SMS_API_KEY', 'SMS_SENDER'] as const).filter((name) => !e[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${missing.map((name) => `  ${name}: required with SMS_PROVIDER`).join('\n')}`,
    );
  }
  return {
    provider: e.SMS_PROVIDER,
    apiKey: e.SMS_API_KEY!,
    sender: e.SMS_SENDER!,
    url: e.SMS_API_URL ?? BREVO_SMS_URL,
    webhookToken: e.SMS_WEBHOOK_TOKEN ?? null,
  };
}

/** A domain for the default sender; `localhost` is not one, so it becomes `localhost.localdomain`. */
function mailDomain(publicUrl: string): string {
  const host = new URL(publicUrl).hostname;
  return host.includes('.') ? host : `${host}.localdomain`;
}

function proxyHops(value: string): Pick<Config, 'trustProxy' | 'warnings'> {
  if (value === 'false') return { trustProxy: 0, warnings: [] };
  if (value === 'true') {
    return {
      trustProxy: 1,
      warnings: [
        'TRUST_PROXY=true is read as TRUST_PROXY=1 (one reverse proxy in front of the server); set the number of proxies to silence this warning',
      ],
    };
  }
  return { trustProxy: Number(value), warnings: [] };
}

function blankAsMissing(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}
