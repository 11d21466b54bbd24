import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture, fingerprints } from './merchant-fixture.ts';
import {
  fillPath,
  type JsonSchema,
  loadOpenApiDocument,
  type Operation,
  operationsOf,
} from './openapi-operations.ts';
import { type CatalogEntry, type Merchants, type Probe, ROUTE_CATALOG } from './route-catalog.ts';
import { snapshotChanges, snapshotMerchant } from './tenant-snapshot.ts';

/**
 * The two-merchant walk: B has one of everything; A's owner and A's API key call every
 * operation of the API with B's ids. Each must be a 404 (or a 403 for a route the key may not
 * use at all), no answer may mention B, and B's rows must not change.
 */
const OPERATIONS = operationsOf(await loadOpenApiDocument());

describe('the route catalog of the cross-tenant walk', () => {
  it('covers every operation of the OpenAPI document', () => {
    const missing = OPERATIONS.filter((op) => !(op.key in ROUTE_CATALOG)).map((op) => op.key);
    if (missing.length > 0) {
      expect.fail(
        `test/http/robustness/route-catalog.ts does not cover ${missing.join(', ')}: add an entry ` +
          'saying how to call it with merchant B’s ids (see the comment at the top of the catalog)',
      );
    }
  });

  it('names only operations the API has', () => {
    const keys = new Set(OPERATIONS.map((op) => op.key));
    const stale = Object.keys(ROUTE_CATALOG).filter((key) => !keys.has(key));
    expect(stale, 'catalog entries for operations that are not in the document').toEqual([]);
  });

  it('aims a foreign id at every route that takes one', () => {
    const unprobed = OPERATIONS.filter((op) => {
      const entry = ROUTE_CATALOG[op.key];
      return (
        entry &&
        !('exempt' in entry) &&
        takesAnId(op) &&
        !entry.probes.some((p) => p.expect === 'not_found')
      );
    }).map((op) => op.key);
    expect(unprobed, 'routes taking an id with no `foreign` probe in the catalog').toEqual([]);
  });
});

describeEachBackend('merchant A cannot reach merchant B', (database) => {
  let client: ReturnType<typeof testClient>;
  let merchants: Merchants;

  beforeAll(async () => {
    client = testClient(testServices(database()));
    merchants = {
      a: await buildMerchantFixture(client, 'A'),
      b: await buildMerchantFixture(client, 'B'),
    };
  });

  const walked = OPERATIONS.filter((op) => {
    const entry = ROUTE_CATALOG[op.key];
    return entry !== undefined && !('exempt' in entry);
  });

  it.each(walked)('$key', async (operation) => {
    const entry = ROUTE_CATALOG[operation.key] as Exclude<CatalogEntry, { exempt: string }>;
    const { a, b } = merchants;
    const before = await snapshotMerchant(database().db, b.merchantId);
    const failures: string[] = [];
    for (const probe of entry.probes) {
      for (const as of ['owner', 'API key'] as const) {
        const expected =
          as === 'API key' && entry.apiKey === 'forbidden' ? 'forbidden' : probe.expect;
        const problem = await run(operation, probe, as, expected);
        if (problem) failures.push(`${as}, ${probe.what}: ${problem}`);
      }
    }
    const changes = snapshotChanges(before, await snapshotMerchant(database().db, b.merchantId));
    if (changes.length > 0) failures.push(`B's data changed: ${changes.join(', ')}`);
    if (failures.length > 0) expect.fail(`${operation.key}\n${failures.join('\n')}`);
    // A's own credentials still work: the walk never locked A out and then passed vacuously.
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: a.cookie })).status).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me', { apiKey: a.apiKey })).status).toBe(200);
  });

  /** One call as A; what is wrong with the answer, or undefined. */
  async function run(
    operation: Operation,
    probe: Probe,
    as: 'owner' | 'API key',
    expected: Probe['expect'] | 'forbidden',
  ): Promise<string | undefined> {
    const { a, b } = merchants;
    const query = new URLSearchParams(probe.query?.(merchants) ?? {}).toString();
    const path = fillPath(operation.path, probe.params?.(merchants) ?? {});
    const body = probe.body?.(merchants);
    const headers = probe.headers?.(merchants) ?? {};
    const response = await client.request(operation.method, query ? `${path}?${query}` : path, {
      ...(as === 'owner' ? { cookie: a.cookie } : { apiKey: a.apiKey }),
      ...(body !== undefined ? { body } : {}),
      headers,
    });
    const text = JSON.stringify(response.body) ?? '';
    const summary = `${response.status} ${text.slice(0, 300)}`;
    // B's values that A sent itself may be echoed back ("voucher X not found"); any other is a leak.
    const sent = JSON.stringify([path, query, body, headers]);
    const leaked = fingerprints(b).filter((value) => !sent.includes(value) && text.includes(value));
    if (leaked.length > 0) return `the answer mentions B's ${leaked.join(', ')}: ${summary}`;
    switch (expected) {
      case 'not_found':
        return response.status === 404 && /(^|_)not_found$/.test(response.body?.code ?? '')
          ? undefined
          : `expected 404 *not_found, got ${summary}`;
      case 'forbidden':
        return response.status === 403 && response.body?.code === 'forbidden'
          ? undefined
          : `expected 403 forbidden (integration keys may not use this route), got ${summary}`;
      case 'no_leak':
        return response.status < 500 ? undefined : `expected an answer, got ${summary}`;
    }
  }
});

/** Whether an operation names a record: a path parameter, or an `…Id`, card token or voucher code in its body. */
function takesAnId(operation: Operation): boolean {
  if (operation.pathParams.length > 0) return true;
  const names = (schema: JsonSchema | undefined): string[] =>
    schema === undefined
      ? []
      : [
          ...Object.keys(schema.properties ?? {}),
          ...[...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])].flatMap(
            names,
          ),
        ];
  return names(operation.body).some((name) => /Id$|^cardToken$|^voucherCode$/.test(name));
}
