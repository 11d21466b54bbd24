import pino from 'pino';
import { DEFAULT_THROTTLES } from '../../src/auth/attempt-throttle.ts';
import { RateLimiter } from '../../src/auth/rate-limiter.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { createApp } from '../../src/http/app.ts';
import type { Services } from '../../src/http/types.ts';
import { createMailer } from '../../src/mail/mailer.ts';

export type TestClient = ReturnType<typeof testClient>;
export type Credentials = { cookie?: string; apiKey?: string };
export type RequestOptions = Credentials & {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

/** Services over a test database, with a controllable clock. */
export function testServices(handle: DatabaseHandle, overrides: Partial<Services> = {}): Services {
  return {
    db: handle.db,
    databaseKind: handle.kind,
    config: {
      publicUrl: 'http://habitue.test',
      sessionTtlHours: 24,
      cookieSecure: false,
      trustProxy: 0,
    },
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
    // In-process requests all come from one address: sign-ups are not limited unless a test says so.
    throttles: {
      ...DEFAULT_THROTTLES,
      signUpPerAddress: { ...DEFAULT_THROTTLES.signUpPerAddress, freeAttempts: 1_000_000 },
    },
    cardLimiter: new RateLimiter(60, 60_000),
    accountMailLimiter: new RateLimiter(5, 60 * 60_000),
    mailer: createMailer({
      smtpUrl: null,
      from: 'Habitué <no-reply@habitue.test>',
      ratePerMinute: 60,
    }),
    ...overrides,
  };
}

/**
 * Calls the real Hono app in process (the full middleware stack, no socket), with JSON in and
 * out and credentials attached the way a browser or a point-of-sale system would.
 */
export function testClient(services: Services) {
  const app = createApp(services);
  async function request(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.request(path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
    return { status: response.status, headers: response.headers, body: json as any };
  }
  return { app, request, services };
}

let counter = 0;

/** A fresh owner with their business, signed in. Overrides change any sign-up field. */
export async function signUpOwner(client: TestClient, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const email = `owner${counter}-${Date.now()}@example.fr`;
  const password = 'pain-au-chocolat-42';
  const response = await client.request('POST', '/api/v1/auth/signup', {
    body: { email, password, businessName: `Boulangerie ${counter}`, ...overrides },
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
  const cookie = sessionCookie(response.headers);
  return { email, password, cookie, merchant: response.body.merchant, user: response.body.user };
}

export function sessionCookie(headers: Headers): string {
  const set = headers.get('set-cookie') ?? '';
  const match = /habitue_session=([^;]*)/.exec(set);
  if (!match) throw new Error(`no session cookie in ${set}`);
  return `habitue_session=${match[1]}`;
}
