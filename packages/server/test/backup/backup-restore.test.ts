import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/schema.ts';
import { backUpMerchant } from '../../src/use-cases/backup/back-up-merchant.ts';
import {
  BackupError,
  decryptBackup,
  encryptBackup,
  isEncrypted,
} from '../../src/use-cases/backup/backup-file.ts';
import { BACKUP_TABLES } from '../../src/use-cases/backup/backup-tables.ts';
import { restoreMerchant } from '../../src/use-cases/backup/restore-merchant.ts';
import { shopWithKnownCustomer } from '../http/gdpr/personal-data.ts';
import { BACKENDS, describeEachBackend, openTestDatabase } from '../support/backends.ts';
import { testClient, testServices } from '../support/test-app.ts';

async function merchantOwnedTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select distinct c.table_name as "table" from information_schema.columns c
     where c.table_schema = 'public' and c.column_name = 'merchant_id' order by 1`.execute(db);
  return rows.map((r) => r.table);
}

/** Every read route of the API, with the fixture's ids in its path; routes needing others are left out. */
async function readRoutes(client: ReturnType<typeof testClient>, ids: Record<string, string>) {
  const doc = (await (await client.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const params: [RegExp, Record<string, string>][] = [
    [/^\/api\/v1\/(customers|analytics\/customers)\/\{id\}/, { id: ids.customerId! }],
    [/^\/api\/v1\/programs\/\{id\}/, { id: ids.programId! }],
    [/^\/api\/v1\/webhooks\/\{id\}/, { id: ids.webhookId! }],
    [/^\/api\/v1\/public\/cards\/\{token\}/, { token: ids.cardToken! }],
    [/^\/api\/v1\/public\/join\//, { slug: ids.slug!, token: ids.signupToken! }],
  ];
  return Object.entries(doc.paths).flatMap(([path, ops]) => {
    // The shop's data; /health and /ready describe the server itself.
    if (!('get' in ops) || !path.startsWith('/api/v1/')) return [];
    const values = params.find(([re]) => re.test(path))?.[1] ?? {};
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
    return filled.includes('{') ? [] : [filled];
  });
}

/** Answers without what changes by itself: computation times (`asOf`: the moment a report was made), last-seen stamps. */
function stable(text: string): unknown {
  try {
    return JSON.parse(text, (key, value) =>
      [
        'computedAt',
        'computeMs',
        'fittedAt',
        'asOf',
        'lastSeenAt',
        'exportedAt',
        'correlationId',
      ].includes(key)
        ? '…'
        : value,
    );
  } catch {
    return text;
  }
}

describeEachBackend('backup covers every merchant-owned table', (database) => {
  it('lists every table that has a merchant_id column', async () => {
    const owned = await merchantOwnedTables(database().db);
    expect(owned.filter((t) => !(BACKUP_TABLES as readonly string[]).includes(t))).toEqual([]);
  });
});

describe('backup and restore across backends', () => {
  const opened: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const h of opened) await h.close();
  });
  const open = async (kind: (typeof BACKENDS)[number]) => {
    const h = await openTestDatabase(kind);
    opened.push(h);
    return h;
  };

  for (const from of BACKENDS) {
    for (const to of BACKENDS.filter((b) => b !== from)) {
      it(`restores a shop from ${from} into ${to} with identical answers on every read route`, async () => {
        const source = await open(from);
        const target = await open(to);
        const a = testClient(testServices(source));
        const { fixture: f, auth } = await shopWithKnownCustomer(a, 'Backup');
        const erasedOne = await a.request('POST', '/api/v1/customers', {
          ...auth,
          body: { firstName: 'Oublié', email: 'oublie@exemple.fr' },
        });
        expect(
          (await a.request('POST', `/api/v1/customers/${erasedOne.body.id}/erase`, auth)).status,
        ).toBe(200);

        const backup = await backUpMerchant(source.db, f.slug, new Date());
        const file = encryptBackup(Buffer.from(backup.lines.join('\n')), 'correct horse battery');
        expect(isEncrypted(file)).toBe(true);
        expect(() => decryptBackup(file, 'wrong horse')).toThrow(BackupError);
        const text = decryptBackup(file, 'correct horse battery').toString('utf8');
        expect(text).not.toContain('oublie@exemple.fr');
        await restoreMerchant(target.db, text);

        const b = testClient(testServices(target));
        const routes = await readRoutes(a, { ...f });
        expect(routes.length).toBeGreaterThan(30);
        for (const path of routes) {
          const [ra, rb] = [
            await a.app.request(path, { headers: { cookie: f.cookie } }),
            await b.app.request(path, { headers: { cookie: f.cookie } }),
          ];
          expect(rb.status, path).toBe(ra.status);
          expect(stable(await rb.text()), path).toEqual(stable(await ra.text()));
        }
        // The printed card link works on the new server; the erased customer stays erased.
        expect((await b.request('GET', `/api/v1/public/cards/${f.cardToken}`)).status).toBe(200);
        const erased = await b.request('GET', `/api/v1/customers/${erasedOne.body.id}`, auth);
        expect(erased.body).toMatchObject({ firstName: null, email: null });

        // A second restore is refused and writes nothing.
        const count = async () =>
          (await sql<{ n: number }>`select count(*)::int as n from customers`.execute(target.db))
            .rows[0]!.n;
        const before = await count();
        await expect(restoreMerchant(target.db, text)).rejects.toThrow(BackupError);
        expect(await count()).toBe(before);
      });
    }
  }
});
