import { type ColumnMapOption, importFileReader, readImportFile, readTable } from '@habitue/import';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/tenant.ts';
import {
  type ImportOptions,
  importCustomersAndPurchases,
} from '../../src/use-cases/imports/import-customers-and-purchases.ts';

/** A merchant of its own for one test (Paris time, euros). */
export async function newMerchant(db: Kysely<Database>, slug: string): Promise<string> {
  const id = uuidv7();
  await asSystem(db, (tx) =>
    tx
      .insertInto('merchants')
      .values({ id, name: slug, slug, signup_token: `signup-${slug}`, time_zone: 'Europe/Paris' })
      .execute(),
  );
  return id;
}

/** A points program of the merchant, for opening balances. */
export async function newProgram(db: Kysely<Database>, merchantId: string): Promise<string> {
  const id = uuidv7();
  await asSystem(db, (tx) =>
    tx
      .insertInto('programs')
      .values({
        merchant_id: merchantId,
        id,
        kind: 'points',
        name: JSON.stringify({ fr: 'Points', en: 'Points' }),
        rules: JSON.stringify({ kind: 'points', pointsPerEuro: 1, rounding: 'floor' }),
        spend_estimate: JSON.stringify({}),
      })
      .execute(),
  );
  return id;
}

/**
 * A CSV text read by the import reader and written by the import use case, its sales stored
 * while it is read (as `habitue import` does), or read whole first (`readWhole`, as the web
 * import's job does).
 */
export async function importCsv(
  db: Kysely<Database>,
  merchantId: string,
  csv: string,
  options: Partial<ImportOptions> & { maps?: ColumnMapOption[]; readWhole?: boolean } = {},
) {
  const table = await readTable(new TextEncoder().encode(csv));
  const readOptions = { maps: options.maps ?? [], headerLine: null };
  const file = options.readWhole
    ? readImportFile(table, readOptions)
    : importFileReader(table, readOptions);
  return importCustomersAndPurchases(
    {
      db,
      merchantId,
      actor: { type: 'system', id: 'test' },
      now: new Date('2026-12-06T10:00:00Z'),
    },
    file,
    { dryRun: options.dryRun ?? false, validRowsOnly: options.validRowsOnly ?? false },
  );
}

/** Row counts of what an import writes, for one merchant. */
export async function countRows(db: Kysely<Database>, merchantId: string) {
  const count = async (
    table: 'customers' | 'purchases' | 'refunds' | 'consents' | 'customer_tags' | 'ledger_entries',
  ) => {
    const row = await asSystem(db, (tx) =>
      tx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merchant_id', '=', merchantId)
        .executeTakeFirstOrThrow(),
    );
    return Number(row.n);
  };
  return {
    customers: await count('customers'),
    purchases: await count('purchases'),
    refunds: await count('refunds'),
    consents: await count('consents'),
    tags: await count('customer_tags'),
    ledger: await count('ledger_entries'),
  };
}
