import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { MERCHANT_OWNED_TABLES } from '../../../src/db/migrations/2026-11-22T0920-tenant-isolation.ts';
import type { Database } from '../../../src/db/schema.ts';
import { asSystem } from '../../../src/db/tenant.ts';

/** Per table: how many rows one merchant has there, and a hash of their content. */
export type TenantSnapshot = Record<string, { rows: number; hash: string }>;

/**
 * Everything one merchant owns, read as the system (past row-level security): its row in
 * `merchants` and its rows in every merchant-owned table, so a new table is covered as soon
 * as the isolation migration lists it.
 */
export async function snapshotMerchant(
  db: Kysely<Database>,
  merchantId: string,
): Promise<TenantSnapshot> {
  return asSystem(db, async (tx) => {
    const snapshot: TenantSnapshot = {};
    const tables: [string, string][] = [
      ['merchants', 'id'],
      ...MERCHANT_OWNED_TABLES.map((t): [string, string] => [t, 'merchant_id']),
    ];
    for (const [table, column] of tables) {
      const { rows } = await sql<Record<string, unknown>>`
        select * from ${sql.table(table)} where ${sql.ref(column)} = ${merchantId}`.execute(tx);
      const lines = rows.map((row) => JSON.stringify(row)).sort();
      snapshot[table] = {
        rows: rows.length,
        hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
      };
    }
    return snapshot;
  });
}

/** "customers (1 → 2 rows), api_keys (content)": what differs between two snapshots. */
export function snapshotChanges(before: TenantSnapshot, after: TenantSnapshot): string[] {
  return Object.keys({ ...before, ...after }).flatMap((table) => {
    const b = before[table];
    const a = after[table];
    if (b?.rows !== a?.rows) return [`${table} (${b?.rows} → ${a?.rows} rows)`];
    if (b?.hash !== a?.hash) return [`${table} (content changed)`];
    return [];
  });
}
