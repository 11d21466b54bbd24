import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/auth/rate-limiter.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import {
  contentType,
  type FuzzBody,
  fuzzBody,
  oddHeaders,
  pathValue,
  queryString,
} from './fuzz-inputs.ts';
import {
  fillPath,
  loadOpenApiDocument,
  type Operation,
  operationsOf,
} from './openapi-operations.ts';
import { capturingLogger, type RawResponse, responseProblems } from './response-checks.ts';

/**
 * Throws random and malformed requests at every operation of the OpenAPI document (so a new
 * route is fuzzed the day it lands) and checks the server's manners: never a 5xx, every 4xx a
 * problem+json whose `code` matches its status, and no internals in any body.
 *
 * Replay a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project server
 * test/http/robustness/fuzz. FUZZ_RUNS raises the number of requests per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const OPERATIONS = operationsOf(await loadOpenApiDocument());

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
  let owner: Awaited<ReturnType<typeof signUpOwner>>;
  let apiKey: string;
  /** The merchant's own ids, so fuzzed paths also reach past "not found" into real rows. */
  let knownIds: string[];

  beforeAll(async () => {
    client = testClient(
      testServices(database(), {
        logger: log.logger,
        // Fuzzed log-ins fail by the hundred; the owner must still be able to sign in.
        loginLimiter: new RateLimiter(1_000_000, 60_000),
      }),
    );
    owner = await signUpOwner(client);
    const as = { cookie: owner.cookie };
    const post = async (path: string, body: unknown) => {
      const r = await client.request('POST', path, { ...as, body });
      if (r.status !== 201) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    apiKey = (await post('/api/v1/api-keys', { name: 'fuzzer' })).key;
    knownIds = [
      (await post('/api/v1/customers', { firstName: 'Zoé', email: 'zoe@example.fr' })).id,
      (
        await post('/api/v1/staff', {
          email: `staff-${Date.now()}@example.fr`,
          role: 'staff',
          initialPassword: 'tarte-aux-pommes-77',
        })
      ).id,
      // A second key to aim revocations at, so the fuzzer's own key keeps working.
      (await post('/api/v1/api-keys', { name: 'target' })).id,
      (await post('/api/v1/locations', { name: 'Rue des Lilas' })).id,
      // TODO(lead): add one program, reward, purchase, voucher… id here as their routes land.
    ];
  });

  it('enumerates the operations of the document', () => {
    expect(OPERATIONS.length).toBeGreaterThan(10);
  });

  it.each(OPERATIONS)('never fails badly on $key', async (operation) => {
    // Each operation starts signed in (a fuzzed log-out may end the session it runs with).
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email: owner.email, password: owner.password },
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? owner.cookie;
    const requests = fc.record({
      path: fc
        .tuple(...operation.pathParams.map(() => pathValue(knownIds)))
        .map((values) =>
          fillPath(
            operation.path,
            Object.fromEntries(operation.pathParams.map((name, i) => [name, values[i]!])),
          ),
        ),
      query: queryString(operation.queryParams.map((p) => p.name)),
      body: operation.method === 'GET' ? fc.constant(undefined) : fuzzBody(operation.body),
      contentType,
      credential: fc.constantFrom<Credential>('owner', 'owner', 'apiKey', 'apiKey', 'none'),
      headers: fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: oddHeaders },
      ),
    });
    await check(operation, requests, (request) => send(operation, request, cookie));
  });

  it('answers unknown paths and methods with a 404 problem', async () => {
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
    const paths = [...new Set(OPERATIONS.map((o) => o.path))];
    const requests = fc.record({
      method: fc.constantFrom(...methods),
      path: fc.oneof(
        fc.constantFrom(...paths).map((p) => fillPath(p, new Proxy({}, { get: () => 'x' }))),
        fc.webPath().map((p) => `/api/v1${p}`),
        fc.constantFrom('/api', '/api/', '/api/v2/customers', '/api/v1/customers/', '/%', '//'),
      ),
    });
    await check({ key: 'unknown routes' } as Operation, requests, async ({ method, path }) => {
      const response = await client.app.request(path, {
        method,
        headers: { cookie: owner.cookie },
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
    if (request.credential === 'apiKey') headers.authorization = `Bearer ${apiKey}`;
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
      const response = await call(request);
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

function shorten(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
