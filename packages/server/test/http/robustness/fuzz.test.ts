import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_THROTTLES } from '../../../src/auth/attempt-throttle.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import {
  contentType,
  type FuzzBody,
  fuzzBody,
  oddHeaders,
  pathValue,
  queryString,
} from './fuzz-inputs.ts';
import { buildMerchantFixture, type MerchantFixture } from './merchant-fixture.ts';
import {
  fillPath,
  loadOpenApiDocument,
  type Operation,
  operationsOf,
} from './openapi-operations.ts';
import { capturingLogger, type RawResponse, responseProblems } from './response-checks.ts';
import type { Known } from './schema-arbitraries.ts';

/**
 * Throws random and malformed requests at every operation of the OpenAPI document (so a new
 * route is fuzzed the day it lands) and checks the server's manners: never a 5xx, every 4xx a
 * problem+json whose `code` matches its status, and no internals in any body.
 *
 * Replay a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project server
 * test/http/robustness/fuzz. FUZZ_RUNS raises the number of requests per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPERATIONS = operationsOf(await loadOpenApiDocument());
/** About 1,500 requests per backend (~45 s), however many routes there are; FUZZ_RUNS overrides. */
const RUNS = Number(process.env.FUZZ_RUNS ?? Math.max(10, Math.round(1_500 / OPERATIONS.length)));

type Credential = 'owner' | 'apiKey' | 'none';
type FuzzRequest = {
  path: string;
  query: string;
  body: FuzzBody;
  contentType: string | undefined;
  credential: Credential;
  headers: Record<string, string>;
};

describeEachBackend('fuzzing every operation of the API', (database) => {
  const log = capturingLogger();
  let client: ReturnType<typeof testClient>;
  let fixture: MerchantFixture;
  /** The merchant's own records, so fuzzed paths and bodies also reach past "not found". */
  let known: Known;

  beforeAll(async () => {
    client = testClient(
      testServices(database(), {
        logger: log.logger,
        // Fuzzed log-ins fail by the hundred; the owner must still be able to sign in.
        throttles: {
          ...DEFAULT_THROTTLES,
          logInPerAddress: { ...DEFAULT_THROTTLES.logInPerAddress, freeAttempts: 1_000_000 },
          logInPerAccountAndAddress: {
            ...DEFAULT_THROTTLES.logInPerAccountAndAddress,
            freeAttempts: 1_000_000,
          },
        },
      }),
    );
    fixture = await buildMerchantFixture(client, 'Fuzz');
    // The key the fuzzer calls with and the owner's own user stay out of its reach: revoking
    // or demoting them would only make the remaining runs bounce off 401s and 403s.
    const { apiKeyId: _key, ownerUserId: _owner, ...reachable } = fixture;
    const ids = Object.values(reachable).filter((v: string) =>
      /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(v),
    );
    known = {
      uuids: ids,
      fields: {
        customerId: [fixture.customerId],
        programId: [fixture.programId],
        rewardId: [fixture.rewardId],
        locationId: [fixture.locationId],
        cardToken: [fixture.cardToken],
        voucherCode: [fixture.voucherCode, fixture.redeemedVoucherCode],
        // Path parameters of the public pages.
        token: [fixture.cardToken, fixture.signupToken],
        slug: [fixture.slug],
      },
    };
  });

  it('enumerates the operations of the document', () => {
    expect(OPERATIONS.length).toBeGreaterThan(10);
  });

  it.each(OPERATIONS)('never fails badly on $key', async (operation) => {
    // Each operation starts signed in (a fuzzed log-out may end the session it runs with).
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email: fixture.ownerEmail, password: fixture.ownerPassword },
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? fixture.cookie;
    const requests = fc.record({
      path: fc
        .tuple(
          ...operation.pathParams.map((name) =>
            pathValue([...known.uuids, ...(known.fields[name] ?? [])]),
          ),
        )
        .map((values) =>
          fillPath(
            operation.path,
            Object.fromEntries(operation.pathParams.map((name, i) => [name, values[i]!])),
          ),
        ),
      query: queryString(operation.queryParams.map((p) => p.name)),
      body: operation.method === 'GET' ? fc.constant(undefined) : fuzzBody(operation.body, known),
      contentType,
      credential: fc.constantFrom<Credential>('owner', 'owner', 'apiKey', 'apiKey', 'none'),
      headers: fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: oddHeaders },
      ),
    });
    await check(operation, requests, (request) => send(operation, request, cookie));
  });

  it('never fails badly on unknown paths and methods, or the docs', async () => {
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
    const paths = [...new Set(OPERATIONS.map((o) => o.path))];
    const requests = fc.record({
      method: fc.constantFrom(...methods),
      path: fc.oneof(
        fc.constantFrom(...paths).map((p) => fillPath(p, new Proxy({}, { get: () => 'x' }))),
        fc.webPath().map((p) => `/api/v1${p}`),
        fc.constantFrom(
          '/api',
          '/api/',
          '/api/v2/customers',
          '/api/v1/customers/',
          '/%',
          '//',
          '/api/openapi.json',
          '/api/docs',
        ),
      ),
    });
    await check({ key: 'unknown routes' } as Operation, requests, async ({ method, path }) => {
      const response = await client.app.request(path, {
        method,
        headers: { cookie: fixture.cookie },
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    });
  });

  async function send(operation: Operation, request: FuzzRequest, cookie: string) {
    const headers: Record<string, string> = {};
    if (request.credential === 'owner') headers.cookie = cookie;
    if (request.credential === 'apiKey') headers.authorization = `Bearer ${fixture.apiKey}`;
    if (request.contentType !== undefined) headers['content-type'] = request.contentType;
    Object.assign(headers, request.headers);
    const text =
      request.body === undefined
        ? undefined
        : 'raw' in request.body
          ? request.body.raw
          : JSON.stringify(request.body.json);
    const response = await client.app.request(`${request.path}${request.query}`, {
      method: operation.method,
      headers,
      // Bytes, not a string: a string body would get a text/plain content type for free.
      ...(text !== undefined ? { body: new TextEncoder().encode(text) } : {}),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  }

  /** Runs the property; on failure, says which request broke what, with the server's log. */
  async function check<T>(
    operation: Operation,
    requests: fc.Arbitrary<T>,
    call: (request: T) => Promise<RawResponse>,
  ) {
    log.drain();
    const property = fc.asyncProperty(requests, async (request) => {
      const response = await withinTime(call(request)).catch((error: Error) => {
        throw new Error(
          `${operation.key}: ${error.message}\nrequest: ${shorten(JSON.stringify(request))}`,
        );
      });
      const problems = responseProblems(response);
      if (problems.length > 0) {
        throw new Error(
          [
            `${operation.key}: ${problems.join('; ')}`,
            `request: ${shorten(JSON.stringify(request))}`,
            `response: ${shorten(response.text)}`,
            ...log.drain().map((line) => `server log: ${shorten(line, 2_000)}`),
          ].join('\n'),
        );
      }
      log.drain();
    });
    try {
      await fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
    } catch (error) {
      // fast-check keeps the property's own error (what broke, the server log) as the cause.
      const cause = (error as { cause?: unknown }).cause;
      throw new Error(
        [
          `Fuzzing ${operation.key} failed with FUZZ_SEED=${SEED}`,
          `(replay: FUZZ_SEED=${SEED} npx vitest run --project server test/http/robustness/fuzz)`,
          cause instanceof Error ? cause.message : '',
          (error as Error).message,
        ].join('\n'),
      );
    }
  }
});

/**
 * One request may take a few seconds (an Idempotency-Key in flight waits up to 5 s), never
 * more: an input that makes the server work for minutes is a denial of service.
 */
const REQUEST_TIME_LIMIT_MS = 10_000;

function withinTime<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${REQUEST_TIME_LIMIT_MS / 1000} s`)),
      REQUEST_TIME_LIMIT_MS,
    );
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function shorten(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
