import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { expect, it } from 'vitest';
import { MERCHANT_OWNED_TABLES } from '../../src/db/migrations/2026-11-22T0920-tenant-isolation.ts';
import type { Database } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';

/**
 * The schema's tenancy plan, read from the catalog rather than from the migrations' text, so a
 * table added tomorrow is checked the day it lands. A merchant-owned table is one with a
 * `merchant_id` column. Each one must be distributable by merchant (Citus-style: the key
 * leads the primary key, is part of every foreign key between such tables and of every
 * uniqueness rule) and must be isolated by a forced row-level security policy.
 */

/**
 * Unique indexes that deliberately do not contain `merchant_id`, with the reason. Each is a
 * globally unique look-up key whose whole point is to find the merchant from a secret alone;
 * in a distributed (Citus) deployment they would move to a reference look-up table
 * (secret → merchant_id, id) and the index here would become (merchant_id, …).
 */
const GLOBAL_LOOKUP_KEYS: Record<string, string> = {
  'customers(card_token)':
    'the public card link /c/<token> names no merchant; the token is what identifies it',
  'api_keys(key_hash)':
    'a point-of-sale system sends only its key; the key is what identifies the merchant',
  'sessions(id_hash)':
    'a browser sends only its session cookie; the cookie is what identifies the merchant',
};

type Db = Kysely<Database>;

async function merchantOwnedTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select c.relname as "table"
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid
     where n.nspname = 'public' and c.relkind in ('r', 'p')
       and a.attname = 'merchant_id' and not a.attisdropped
     order by 1`.execute(db);
  return rows.map((r) => r.table);
}

async function primaryKeyViolations(db: Db, owned: string[]): Promise<string[]> {
  const { rows } = await sql<{ table: string; columns: string[] }>`
    select c.relname as "table",
           array(select a.attname::text from unnest(k.conkey) with ordinality as u(attnum, i)
                   join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                  order by u.i) as columns
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and k.contype = 'p'`.execute(db);
  const byTable = new Map(rows.map((r) => [r.table, r.columns]));
  return owned.flatMap((table) => {
    const columns = byTable.get(table);
    if (!columns) return [`${table}: no primary key`];
    return columns[0] === 'merchant_id'
      ? []
      : [`${table}: primary key (${columns.join(', ')}) does not start with merchant_id`];
  });
}

async function foreignKeyViolations(db: Db, owned: string[]): Promise<string[]> {
  // For each foreign key, whether some column pair maps merchant_id onto merchant_id.
  const { rows } = await sql<{ name: string; from: string; to: string; paired: boolean }>`
    select k.conname as name, c.relname as "from", r.relname as "to",
           exists (
             select from unnest(k.conkey, k.confkey) as p(src, dst)
               join pg_attribute s on s.attrelid = k.conrelid and s.attnum = p.src
               join pg_attribute d on d.attrelid = k.confrelid and d.attnum = p.dst
              where s.attname = 'merchant_id' and d.attname = 'merchant_id') as paired
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class r on r.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and k.contype = 'f'
     order by 1`.execute(db);
  const isOwned = new Set(owned);
  return rows
    .filter((r) => isOwned.has(r.from) && isOwned.has(r.to) && !r.paired)
    .map((r) => `${r.from}: foreign key ${r.name} to ${r.to} does not carry merchant_id`);
}

async function uniqueIndexes(db: Db) {
  const { rows } = await sql<{ table: string; index: string; columns: string[] }>`
    select c.relname as "table", i.relname as "index",
           array(select coalesce(a.attname::text, '<expression>')
                   from unnest(x.indkey::int2[]) with ordinality as u(attnum, k)
                   left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.attnum
                  order by u.k) as columns
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and x.indisunique
     order by 1, 2`.execute(db);
  return rows;
}

async function uniqueViolations(db: Db, owned: string[]): Promise<string[]> {
  const isOwned = new Set(owned);
  return (await uniqueIndexes(db))
    .filter((r) => isOwned.has(r.table) && !r.columns.includes('merchant_id'))
    .filter((r) => !(`${r.table}(${r.columns.join(', ')})` in GLOBAL_LOOKUP_KEYS))
    .map((r) => `${r.table}: unique index ${r.index} (${r.columns.join(', ')}) lacks merchant_id`);
}

async function securityViolations(db: Db, owned: string[]): Promise<string[]> {
  const { rows } = await sql<{
    table: string;
    enabled: boolean;
    forced: boolean;
    policies: string[];
  }>`
    select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
           array(select coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' / ' ||
                        coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
                   from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p')`.execute(db);
  const byTable = new Map(rows.map((r) => [r.table, r]));
  return owned.flatMap((table) => {
    const row = byTable.get(table)!;
    const problems: string[] = [];
    if (!row.enabled) problems.push(`${table}: row-level security not enabled`);
    if (!row.forced) problems.push(`${table}: row-level security not forced`);
    if (row.policies.length === 0) problems.push(`${table}: no policy`);
    // A policy that filters reads but not writes (or on another column) is no isolation.
    for (const policy of row.policies) {
      const [using = '', check = ''] = policy.split(' / ');
      if (
        !/merchant_id = app_merchant_id\(\)/.test(using) ||
        !/merchant_id = app_merchant_id\(\)/.test(check)
      ) {
        problems.push(`${table}: policy does not both filter and check merchant_id: ${policy}`);
      }
    }
    return problems;
  });
}

function listViolations(owned: string[]): string[] {
  const listed = new Set<string>(MERCHANT_OWNED_TABLES);
  return [
    ...owned
      .filter((t) => !listed.has(t))
      .map((t) => `${t}: has merchant_id but is not in MERCHANT_OWNED_TABLES`),
    ...[...listed]
      .filter((t) => !owned.includes(t))
      .map((t) => `${t}: in MERCHANT_OWNED_TABLES but has no merchant_id column`),
  ];
}

describeEachBackend('schema plan', (database) => {
  it('finds the merchant-owned tables in the catalog', async () => {
    const owned = await merchantOwnedTables(database().db);
    // Guards the checks below against passing on an empty list.
    expect(owned).toEqual(expect.arrayContaining(['customers', 'ledger_entries', 'purchases']));
  });

  it('plans every merchant-owned table for distribution and isolation by merchant', async () => {
    const { db } = database();
    const owned = await merchantOwnedTables(db);
    const violations = [
      ...(await primaryKeyViolations(db, owned)),
      ...(await foreignKeyViolations(db, owned)),
      ...(await uniqueViolations(db, owned)),
      ...(await securityViolations(db, owned)),
      ...listViolations(owned),
    ].sort();
    expect(violations).toEqual([]);
  });

  it('still has every allow-listed global look-up key (no stale exceptions)', async () => {
    const labels = (await uniqueIndexes(database().db)).map(
      (r) => `${r.table}(${r.columns.join(', ')})`,
    );
    expect(labels).toEqual(expect.arrayContaining(Object.keys(GLOBAL_LOOKUP_KEYS)));
  });

  it('isolates the merchants table itself by a forced policy', async () => {
    const { rows } = await sql<{ enabled: boolean; forced: boolean; policies: number }>`
      select relrowsecurity as enabled, relforcerowsecurity as forced,
             (select count(*)::int from pg_policy where polrelid = c.oid) as policies
        from pg_class c where c.oid = 'public.merchants'::regclass`.execute(database().db);
    expect(rows[0]).toEqual({ enabled: true, forced: true, policies: 1 });
  });

  it('rejects UPDATE and DELETE of ledger entries even from the owner role, which bypasses row-level security', async () => {
    const { db } = database();
    const { rows } = await sql<{ bypass: boolean }>`
      select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user`.execute(
      db,
    );
    expect(rows[0]?.bypass).toBe(true);

    const merchantId = uuidv7();
    const customerId = uuidv7();
    const programId = uuidv7();
    const entryId = uuidv7();
    await asSystem(db, async (tx) => {
      await tx
        .insertInto('merchants')
        .values({ id: merchantId, name: 'Plan', slug: 'schema-plan', signup_token: 'plan-token' })
        .execute();
      await tx
        .insertInto('customers')
        .values({ merchant_id: merchantId, id: customerId, card_token: 'plan-card' })
        .execute();
      await sql`insert into programs (merchant_id, id, kind, name, rules)
                values (${merchantId}, ${programId}, 'stamps', '{"fr": "Plan"}', '{}')`.execute(tx);
      // Only the columns a ledger entry cannot do without; the rest keep their defaults.
      await sql`insert into ledger_entries
                  (merchant_id, id, customer_id, program_id, program_version, kind, unit, delta,
                   cause_type, cause, actor_type, occurred_at)
                values (${merchantId}, ${entryId}, ${customerId}, ${programId}, 1, 'earn',
                        'stamps', 1, 'bonus', '{}', 'system', now())`.execute(tx);
    });

    await expect(
      asSystem(db, (tx) =>
        sql`update ledger_entries set actor_id = 'tampered' where id = ${entryId}`.execute(tx),
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      asSystem(db, (tx) => sql`delete from ledger_entries where id = ${entryId}`.execute(tx)),
    ).rejects.toThrow(/append-only/);
    const after = await sql<{ actorId: string | null }>`
      select actor_id as "actorId" from ledger_entries where id = ${entryId}`.execute(db);
    expect(after.rows).toEqual([{ actorId: null }]);
  });
});
