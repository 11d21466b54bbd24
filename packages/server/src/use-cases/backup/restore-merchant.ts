import { type Kysely, sql } from 'kysely';
import { MIGRATIONS } from '../../db/migrator.ts';
import type { Database } from '../../db/schema.ts';
import { reserveSlug } from '../../repositories/merchant-slugs.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type BackupLine,
} from './backup-file.ts';
import { BACKUP_TABLES, REBUILT_ON_RESTORE } from './backup-tables.ts';

const BATCH = 500;

function readLines(text: string): { header: BackupHeader; rows: BackupLine[] } {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  let header: BackupHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as BackupHeader;
  } catch {
    throw new BackupError('not a Habitué backup (no header line)');
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupError('not a Habitué backup');
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError(
      `backup format version ${header.version} is not supported (this release reads ${BACKUP_VERSION})`,
    );
  }
  if (header.schema !== MIGRATIONS.at(-1)!.name) {
    throw new BackupError(
      `the backup was taken at schema ${header.schema}, this database is at ${MIGRATIONS.at(-1)!.name}: restore it with the same release`,
    );
  }
  const rows = lines.slice(1).map((l) => JSON.parse(l) as BackupLine);
  const known = new Set<string>(BACKUP_TABLES);
  const unknown = rows.find((r) => !known.has(r.t));
  if (unknown)
    throw new BackupError(`the backup holds a table this release does not know: ${unknown.t}`);
  return { header, rows };
}

/**
 * Restores a merchant from a backup into a database that does not hold it, with the same ids,
 * card tokens and logins, in one transaction: if the merchant, one of its people or any row
 * already exists (or a card token is taken), nothing is written.
 */
export async function restoreMerchant(db: Kysely<Database>, text: string) {
  const { header, rows } = readLines(text);
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const list = byTable.get(row.t) ?? [];
    list.push(row.r);
    byTable.set(row.t, list);
  }
  try {
    await db.transaction().execute(async (tx) => {
      const taken = await tx
        .selectFrom('merchants')
        .select('slug')
        .where((eb) =>
          eb.or([eb('id', '=', header.merchant.id), eb('slug', '=', header.merchant.slug)]),
        )
        .executeTakeFirst();
      if (taken) {
        throw new BackupError(
          `this database already holds the merchant "${taken.slug}": nothing restored`,
        );
      }
      // The shop's address is reserved like at sign-up (one slug, one shop, on a cluster too).
      if (!(await reserveSlug(tx, header.merchant.slug, header.merchant.id))) {
        throw new BackupError(
          `this database already holds a shop at the address "${header.merchant.slug}": nothing restored`,
        );
      }
      for (const table of BACKUP_TABLES) {
        if (REBUILT_ON_RESTORE.has(table)) continue;
        const list = byTable.get(table) ?? [];
        for (let i = 0; i < list.length; i += BATCH) {
          await sql`insert into ${sql.table(table)}
                    select * from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(list.slice(i, i + BATCH))}::jsonb)`.execute(
            tx,
          );
        }
      }
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new BackupError(
        `a row of the backup already exists in this database (${(error as { detail?: string }).detail ?? 'duplicate key'}): nothing restored`,
      );
    }
    throw error;
  }
  return { merchant: header.merchant, rows: rows.length };
}
