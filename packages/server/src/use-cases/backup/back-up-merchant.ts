import { type Kysely, sql } from 'kysely';
import { MIGRATIONS } from '../../db/migrator.ts';
import type { Database } from '../../db/schema.ts';
import { findMerchantBySlug } from '../../repositories/merchants.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupHeader } from './backup-file.ts';
import { BACKUP_TABLES } from './backup-tables.ts';

/** Which rows of a table belong to the merchant. */
function rowsOf(table: string, merchantId: string) {
  if (table === 'merchants')
    return sql`select to_jsonb(t) as r from merchants t where id = ${merchantId}`;
  if (table === 'users') {
    return sql`select to_jsonb(t) as r from users t
                where id in (select user_id from memberships where merchant_id = ${merchantId})
                order by id`;
  }
  return sql`select to_jsonb(t) as r from ${sql.table(table)} t
              where merchant_id = ${merchantId}`;
}

/**
 * Every row of one merchant as backup lines (header first), read in one repeatable-read
 * transaction so the file is one consistent moment of the shop. An operator command: it runs
 * as the connecting role, like the other `habitue` commands that name a merchant by slug.
 */
export async function backUpMerchant(
  db: Kysely<Database>,
  slug: string,
  now: Date,
): Promise<{ header: BackupHeader; lines: string[]; rows: number }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const merchant = await findMerchantBySlug(tx, slug);
      if (!merchant) throw new BackupError(`no merchant with slug "${slug}"`);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        schema: MIGRATIONS.at(-1)!.name,
        merchant: { id: merchant.id, slug: merchant.slug, name: merchant.name },
      };
      const lines = [JSON.stringify(header)];
      for (const table of BACKUP_TABLES) {
        const { rows } = await rowsOf(table, merchant.id).execute(tx);
        for (const row of rows as { r: unknown }[])
          lines.push(JSON.stringify({ t: table, r: row.r }));
      }
      return { header, lines, rows: lines.length - 1 };
    });
}
