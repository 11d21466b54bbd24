import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture } from '../robustness/merchant-fixture.ts';
import { fillPath, loadOpenApiDocument, operationsOf } from '../robustness/openapi-operations.ts';
import { type Merchants, ROUTE_CATALOG } from '../robustness/route-catalog.ts';

const OPERATIONS = operationsOf(await loadOpenApiDocument());

/**
 * The tenant walk's catalogue aims a foreign customer id at every route that takes one. Here
 * that id is a customer of the shop itself, merged into another: every such route must answer
 * 409 `customer_merged` naming the survivor, and act on nothing.
 */
describeEachBackend('a merged customer’s id on every route', (database) => {
  it('answers 409 customer_merged with mergedInto wherever a customer id is taken', async () => {
    const client = testClient(testServices(database()));
    const a = await buildMerchantFixture(client, 'Merged');
    const created = await client.request('POST', '/api/v1/customers', {
      cookie: a.cookie,
      body: { firstName: 'Doublon', email: a.customerEmail },
    });
    const merged = created.body.id as string;
    const merge = await client.request('POST', `/api/v1/customers/${a.customerId}/merge`, {
      cookie: a.cookie,
      body: { duplicateId: merged },
    });
    expect(merge.status).toBe(200);

    // "B" is the shop itself, with the merged customer where B's customer would be.
    const m: Merchants = { a, b: { ...a, customerId: merged } };
    const failures: string[] = [];
    const checked: string[] = [];
    for (const operation of OPERATIONS) {
      const entry = ROUTE_CATALOG[operation.key];
      if (!entry || 'exempt' in entry) continue;
      for (const probe of entry.probes) {
        if (probe.expect !== 'not_found') continue;
        const params = probe.params?.(m) ?? {};
        const body = probe.body?.(m);
        const query = new URLSearchParams(probe.query?.(m) ?? {}).toString();
        if (!JSON.stringify([params, body, query]).includes(merged)) continue;
        const path = fillPath(operation.path, params);
        const r = await client.request(operation.method, query ? `${path}?${query}` : path, {
          cookie: a.cookie,
          headers: probe.headers?.(m) ?? {},
          ...(body !== undefined ? { body } : {}),
        });
        checked.push(operation.key);
        if (
          r.status !== 409 ||
          r.body?.code !== 'customer_merged' ||
          r.body?.mergedInto !== a.customerId
        ) {
          failures.push(
            `${operation.key} (${probe.what}): ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(new Set(checked).size).toBeGreaterThan(15);
    expect(checked).toContain('POST /api/v1/purchases');
  });
});
