import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Access,
  API_KEY_SCOPES,
  type ApiKeyScope,
  accessOf,
  type Caller,
  decide,
  OPERATIONS,
} from '../../src/auth/permissions.ts';
import { describeEachBackend } from '../support/backends.ts';
import { type Credentials, sessionCookie, testClient, testServices } from '../support/test-app.ts';
import { buildMerchantFixture } from './robustness/merchant-fixture.ts';
import { fillPath, loadOpenApiDocument, operationsOf } from './robustness/openapi-operations.ts';
import { type CatalogEntry, type Merchants, ROUTE_CATALOG } from './robustness/route-catalog.ts';

/**
 * The permission walk: every operation of the API, called by every kind of principal (owner,
 * manager, cashier, an API key with every scope, API keys each missing one scope), must answer
 * what `OPERATIONS` × `ROLE_GRANTS` in `src/auth/permissions.ts` say — a refusal is a 403 with
 * the table's code, never a 2xx; a grant is never refused for want of permission. Calls reuse
 * the cross-tenant walk's catalog (valid bodies aimed at merchant B's ids), so a granted call
 * reaches the handler without changing anyone's data.
 */
const OPERATIONS_OF_DOCUMENT = operationsOf(await loadOpenApiDocument());

/** Routes outside the OpenAPI document that the table covers too (the document itself). */
const UNDOCUMENTED = ['GET /api/openapi.json', 'GET /api/docs'];

describe('the permission table', () => {
  it('has an entry for every operation of the OpenAPI document', () => {
    const missing = OPERATIONS_OF_DOCUMENT.filter((op) => accessOf(op.key) === undefined);
    expect(
      missing.map((op) => op.key),
      'add each to OPERATIONS in src/auth/permissions.ts (see docs/roles.md, "Adding a route")',
    ).toEqual([]);
  });

  it('names only operations the API has', () => {
    const keys = new Set([...OPERATIONS_OF_DOCUMENT.map((op) => op.key), ...UNDOCUMENTED]);
    expect(Object.keys(OPERATIONS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('declares public exactly the operations the document publishes without security', () => {
    const mismatched = OPERATIONS_OF_DOCUMENT.filter(
      (op) => (accessOf(op.key) === 'public') === op.secured,
    ).map((op) => `${op.key}: ${accessOf(op.key)}, secured ${op.secured}`);
    expect(mismatched).toEqual([]);
  });
});

type Principal = { name: string; caller: Caller; credentials: Credentials };

describeEachBackend('every operation answers each principal as the table says', (database) => {
  let client: ReturnType<typeof testClient>;
  let merchants: Merchants;
  let principals: Principal[];

  beforeAll(async () => {
    client = testClient(testServices(database()));
    merchants = {
      a: await buildMerchantFixture(client, 'A'),
      b: await buildMerchantFixture(client, 'B'),
    };
    const { a } = merchants;
    const member = async (role: 'manager' | 'staff'): Promise<Principal> => {
      const email = `${role}-walk-${Date.now()}@example.fr`;
      const password = 'chausson-aux-pommes-9';
      const added = await client.request('POST', '/api/v1/staff', {
        cookie: a.cookie,
        body: { email, role, initialPassword: password },
      });
      expect(added.status).toBe(201);
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email, password },
      });
      return {
        name: role,
        caller: { role },
        credentials: { cookie: sessionCookie(login.headers) },
      };
    };
    const key = async (name: string, scopes: ApiKeyScope[]): Promise<Principal> => {
      const created = await client.request('POST', '/api/v1/api-keys', {
        cookie: a.cookie,
        body: { name, scopes },
      });
      expect(created.status).toBe(201);
      return {
        name,
        caller: { role: 'integration', scopes },
        credentials: { apiKey: created.body.key },
      };
    };
    principals = [
      { name: 'owner', caller: { role: 'owner' }, credentials: { cookie: a.cookie } },
      await member('manager'),
      await member('staff'),
      await key('API key with every scope', [...API_KEY_SCOPES]),
      ...(await Promise.all(
        API_KEY_SCOPES.map((missing) =>
          key(
            `API key without ${missing}`,
            API_KEY_SCOPES.filter((s) => s !== missing),
          ),
        ),
      )),
    ];
  });

  const walked = OPERATIONS_OF_DOCUMENT.filter((op) => accessOf(op.key) !== 'public');

  it.each(walked)('$key', async (operation) => {
    const access = accessOf(operation.key) as Exclude<Access, 'public'>;
    const entry = ROUTE_CATALOG[operation.key] as Exclude<CatalogEntry, { exempt: string }>;
    expect(entry?.probes, `no probe in the route catalog for ${operation.key}`).toBeDefined();
    const failures: string[] = [];
    for (const principal of principals) {
      const decision =
        access === 'signed_in' ? { allowed: true as const } : decide(principal.caller, access);
      for (const probe of entry.probes) {
        const query = new URLSearchParams(probe.query?.(merchants) ?? {}).toString();
        const path = fillPath(operation.path, probe.params?.(merchants) ?? {});
        const body = probe.body?.(merchants);
        const response = await client.request(operation.method, query ? `${path}?${query}` : path, {
          ...principal.credentials,
          ...(body !== undefined ? { body } : {}),
          headers: probe.headers?.(merchants) ?? {},
        });
        const got = `${response.status} ${response.body?.code ?? ''}`;
        if (!decision.allowed) {
          if (response.status !== 403 || response.body?.code !== decision.code) {
            failures.push(
              `${principal.name}, ${probe.what}: expected 403 ${decision.code}, got ${got}`,
            );
          }
        } else if (
          response.status >= 500 ||
          (response.status === 403 && ['forbidden', 'missing_scope'].includes(response.body?.code))
        ) {
          failures.push(`${principal.name}, ${probe.what}: granted by the table, got ${got}`);
        }
      }
    }
    if (failures.length > 0) expect.fail(`${operation.key} (${access})\n${failures.join('\n')}`);
  });

  it('refuses every non-public operation without credentials (401)', async () => {
    const answers = await Promise.all(
      walked.map(async (op) => {
        const path = fillPath(
          op.path,
          Object.fromEntries(op.pathParams.map((p) => [p, merchants.a.customerId])),
        );
        const r = await client.request(op.method, path, op.method === 'GET' ? {} : { body: {} });
        return `${op.key} ${r.status}`;
      }),
    );
    expect(answers.filter((a) => !a.endsWith(' 401'))).toEqual([]);
  });
});
