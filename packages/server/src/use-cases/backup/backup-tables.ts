import { MERCHANT_OWNED_TABLES } from '../../db/migrations/2026-11-22T0920-tenant-isolation.ts';

/**
 * What a merchant's backup holds, in the order restore inserts it (a row after the rows it
 * refers to): the merchant, its people (users with a membership: their logins keep working),
 * then every merchant-owned table — the catalog test's list, so a new table is backed up the
 * day it is added to it (and `backup-restore.test.ts` fails if the catalog has one that is not).
 */
export const BACKUP_TABLES = ['merchants', 'users', ...MERCHANT_OWNED_TABLES] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables the database keeps itself from other tables' rows (triggers on `ledger_entries` and
 * `vouchers` maintain `loyalty_balances`): backed up for completeness, but on restore they are
 * rebuilt by those triggers as the rows they sum are inserted, so their lines are not inserted.
 */
export const REBUILT_ON_RESTORE: ReadonlySet<string> = new Set(['loyalty_balances']);
