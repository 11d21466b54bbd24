import { randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.ts';
import { MIGRATIONS, migrateToLatest } from '../../src/db/migrator.ts';
import { BACKENDS } from '../support/backends.ts';
import { withDatabase } from '../support/global-setup.ts';

const MIGRATION = '2026-12-06T1010-roles-and-adjustments';

/** A new, empty database on `kind`'s server, migrated up to just before MIGRATION. */
async function databaseBeforeRoles(kind: (typeof BACKENDS)[number]) {
  const server = inject('testServers')[kind];
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
  await sql.raw(`create database ${name} owner ${server.appRole}`).execute(admin.db);
  await admin.close();
  const handle = await openDatabase({ kind, url: withDatabase(server.appUrl, name) });
  const earlier = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((m) => m.name === MIGRATION),
  );
  const { error } = await new Migrator({
    db: handle.db,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          earlier.map((m) => [
            m.name,
            {
              up: async (trx: Kysely<unknown>) => {
                for (const statement of m.up) await sql.raw(statement).execute(trx);
              },
            },
          ]),
        ),
    },
  }).migrateToLatest();
  if (error) throw error;
  return {
    handle,
    async drop() {
      await handle.close();
      const cleanup = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      await cleanup.close();
    },
  };
}

describe.each(BACKENDS)('the roles migration on existing data [%s]', (kind) => {
  let db: { handle: DatabaseHandle; drop(): Promise<void> };
  const merchant = randomUUID();
  const customer = randomUUID();
  const program = randomUUID();
  const adjustment = randomUUID();

  beforeAll(async () => {
    db = await databaseBeforeRoles(kind);
    const run = (text: string) => sql.raw(text).execute(db.handle.db);
    await run(`insert into merchants (id, name, slug, signup_token)
      values ('${merchant}', 'Boulangerie', 'boulangerie-${merchant.slice(0, 8)}', 'tok-${merchant}')`);
    await run(`insert into api_keys (merchant_id, id, name, key_prefix, key_hash)
      values ('${merchant}', '${randomUUID()}', 'Caisse', 'abcd', 'hash-${merchant}')`);
    await run(`insert into customers (merchant_id, id, card_token)
      values ('${merchant}', '${customer}', 'card-${customer}')`);
    await run(`insert into programs (merchant_id, id, kind, name, rules)
      values ('${merchant}', '${program}', 'stamps', '{"fr":"Carte","en":"Card"}', '{}')`);
    await run(`insert into ledger_entries (merchant_id, id, customer_id, program_id, program_version,
        kind, unit, delta, cause_type, cause_ref, cause, actor_type, actor_id, occurred_at)
      values ('${merchant}', '${randomUUID()}', '${customer}', '${program}', 1, 'adjust', 'stamps', 2,
        'staff_adjustment', '${adjustment}',
        '{"type":"staff_adjustment","adjustmentId":"${adjustment}","staffId":"user:x","reason":"Mme Martin, carte perdue"}',
        'user', 'x', now())`);
    const { error } = await migrateToLatest(db.handle.db);
    if (error) throw error;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('keeps what an existing API key could do: the counter and adjustments', async () => {
    const keys = await sql<{ scopes: string[] }>`select scopes from api_keys`.execute(db.handle.db);
    expect(keys.rows.map((r) => [...r.scopes].sort())).toEqual([
      [
        'balances:adjust',
        'customers:read',
        'customers:write',
        'programs:read',
        'purchases:write',
        'redemptions:write',
        'refunds:write',
      ],
    ]);
  });

  it('moves reasons typed before reason codes out of the ledger, where they can be erased', async () => {
    const ledger = await sql<{ cause: Record<string, unknown>; delta: number }>`
      select cause, delta from ledger_entries`.execute(db.handle.db);
    expect(ledger.rows).toEqual([
      {
        delta: 2,
        cause: {
          type: 'staff_adjustment',
          adjustmentId: adjustment,
          staffId: 'user:x',
          reasonCode: 'other',
        },
      },
    ]);
    const moved = await sql<{ id: string; reason: string; reason_code: string }>`
      select id, reason, reason_code from balance_adjustments`.execute(db.handle.db);
    expect(moved.rows).toEqual([
      { id: adjustment, reason: 'Mme Martin, carte perdue', reason_code: 'other' },
    ]);
    // The ledger is append-only again for everyone.
    await expect(sql`update ledger_entries set delta = 3`.execute(db.handle.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
