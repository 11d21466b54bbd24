import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

/**
 * Bulk writes of an import. Each statement takes whole columns as arrays (`unnest`), so a batch
 * of thousands of rows is one statement with a handful of parameters: close to `COPY`, and it
 * still runs under row-level security and `on conflict` like any other insert.
 *
 * Every such insert ends with `returning 1`, and what it added is the number of rows it returns.
 * On a Citus cluster an `insert … select` of computed rows without `returning` or `on conflict`
 * is sent to the shards as a COPY, which PostgreSQL refuses into a table under row-level
 * security ("COPY FROM not supported with row-level security"); with either, Citus runs an
 * `insert … select` on each shard instead, which the policies check like any insert. And with
 * `on conflict do nothing`, the command's own count there is the rows offered, not the rows
 * written: the rows returned are the rows written, on one PostgreSQL as on a cluster
 * (docs/scale.md).
 */

/** Rows per statement: large enough to amortise a round trip, small enough to stay in memory. */
export const IMPORT_BATCH = 5000;

/** One import of a merchant at a time: two imports of one file must not both find it new. */
export async function lockMerchantImports(tx: Tx, merchantId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`import:${merchantId}`}))`.execute(tx);
}

export type KnownCustomer = {
  id: string;
  external_ref: string | null;
  email: string | null;
  phone: string | null;
};

/** Customers already known by one of the file's numbers, emails (any case) or phones. */
export async function findCustomersToMatch(
  tx: Tx,
  merchantId: string,
  keys: { refs: string[]; emails: string[]; phones: string[] },
): Promise<KnownCustomer[]> {
  const { rows } = await sql<KnownCustomer>`
    select id, external_ref, lower(email) as email, phone from customers
     where merchant_id = ${merchantId}
       and (external_ref = any(${keys.refs}::text[])
            or lower(email) = any(${keys.emails}::text[])
            or phone = any(${keys.phones}::text[]))`.execute(tx);
  return rows;
}

/** Customers found by email or phone take the number the file gives them. */
export async function linkExternalRefs(
  tx: Tx,
  merchantId: string,
  rows: readonly { id: string; externalRef: string }[],
): Promise<void> {
  for (const batch of batches(rows)) {
    await sql`
      update customers c set external_ref = t.ref
        from unnest(${col(batch, (r) => r.id)}::uuid[], ${col(batch, (r) => r.externalRef)}::text[])
             as t(id, ref)
       where c.merchant_id = ${merchantId} and c.id = t.id`.execute(tx);
  }
}

export type ImportedCustomerRow = {
  id: string;
  externalRef: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  birthDay: number | null;
  birthMonth: number | null;
  cardToken: string;
  customerSince: Date;
  memberSince: Date | null;
};

export async function insertImportedCustomers(
  tx: Tx,
  merchantId: string,
  rows: readonly ImportedCustomerRow[],
  now: Date,
): Promise<void> {
  await inBatches(
    tx,
    rows,
    (batch) => sql`
      insert into customers (merchant_id, id, external_ref, first_name, last_name, email, phone,
                             birth_day, birth_month, card_token, customer_since, member_since,
                             imported, created_at, updated_at)
      select ${merchantId}, id, ref, first_name, last_name, email, phone, birth_day, birth_month,
             card_token, since, member_since, true, ${now}, ${now}
        from unnest(${col(batch, (r) => r.id)}::uuid[], ${col(batch, (r) => r.externalRef)}::text[],
                    ${col(batch, (r) => r.firstName)}::text[], ${col(batch, (r) => r.lastName)}::text[],
                    ${col(batch, (r) => r.email)}::text[], ${col(batch, (r) => r.phone)}::text[],
                    ${col(batch, (r) => r.birthDay)}::smallint[], ${col(batch, (r) => r.birthMonth)}::smallint[],
                    ${col(batch, (r) => r.cardToken)}::text[],
                    ${col(batch, (r) => r.customerSince.toISOString())}::timestamptz[],
                    ${col(batch, (r) => r.memberSince?.toISOString() ?? null)}::timestamptz[])
             as t(id, ref, first_name, last_name, email, phone, birth_day, birth_month,
                  card_token, since, member_since)
      returning 1`,
  );
}

/** Tags added to customers (a tag a customer already carries stays as it is). */
export async function insertImportedTags(
  tx: Tx,
  merchantId: string,
  rows: readonly { customerId: string; tag: string }[],
  now: Date,
): Promise<number> {
  return inBatches(
    tx,
    rows,
    (batch) =>
      sql`
        insert into customer_tags (merchant_id, customer_id, tag, created_at)
        select ${merchantId}, customer_id, tag, ${now}
          from unnest(${col(batch, (r) => r.customerId)}::uuid[], ${col(batch, (r) => r.tag)}::text[])
               as t(customer_id, tag)
        on conflict do nothing
        returning 1`,
  );
}

export type ImportedConsent = {
  customerId: string;
  channel: 'email' | 'sms';
  granted: boolean;
  recordedAt: Date;
  source: string;
};

/**
 * Consents with their proof; one already recorded with the same channel, decision, date and
 * source is not recorded twice (the history stays a history of decisions, not of imports).
 */
export async function insertImportedConsents(
  tx: Tx,
  merchantId: string,
  rows: readonly ImportedConsent[],
  wordingVersion: string,
): Promise<number> {
  return inBatches(
    tx,
    rows,
    (batch) =>
      sql`
        insert into consents (merchant_id, id, customer_id, channel, granted, recorded_at, source,
                              wording_version)
        select ${merchantId}, gen_random_uuid(), t.customer_id, t.channel, t.granted, t.recorded_at,
               t.source, ${wordingVersion}
          from unnest(${col(batch, (r) => r.customerId)}::uuid[], ${col(batch, (r) => r.channel)}::text[],
                      ${col(batch, (r) => r.granted)}::boolean[],
                      ${col(batch, (r) => r.recordedAt.toISOString())}::timestamptz[],
                      ${col(batch, (r) => r.source)}::text[])
               as t(customer_id, channel, granted, recorded_at, source)
         where not exists (
           select 1 from consents c
            where c.merchant_id = ${merchantId} and c.customer_id = t.customer_id
              and c.channel = t.channel and c.granted = t.granted
              and c.recorded_at = t.recorded_at and c.source = t.source)
        returning 1`,
  );
}

export type ImportedPurchaseRow = {
  id: string;
  customerId: string;
  externalId: string;
  amountCents: number;
  /** Days since 1970-01-01, a day of the merchant's calendar. */
  day: number;
  /** The items as JSON, or null when the file says nothing about them. */
  items: string | null;
};

/**
 * Purchases read from a file, dated at noon of their day in the merchant's time zone (the
 * file gives a day, and noon keeps it that day whatever the offset). A purchase whose
 * `external_id` is already stored is left as it is. Returns how many were added.
 */
export async function insertImportedPurchases(
  tx: Tx,
  merchantId: string,
  timeZone: string,
  rows: readonly ImportedPurchaseRow[],
  actor: Actor,
  now: Date,
): Promise<number> {
  return inBatches(tx, rows, (batch) =>
    importedPurchasesInsert(merchantId, timeZone, batch, actor, now),
  );
}

/**
 * The statements of {@link insertImportedPurchases}, one a batch, their parameters made now:
 * for a caller that makes them while the database runs the previous ones, then runs them with
 * {@link runImportStatements}. Only on a single PostgreSQL (where the import defers the
 * purchases' customer check, see {@link deferImportedPurchaseCustomers}): they return no rows
 * and what they added is the command's count, which a Citus cluster does not give (above).
 * A million purchases are then not sent back to be counted.
 */
export function importedPurchaseStatements(
  merchantId: string,
  timeZone: string,
  rows: readonly ImportedPurchaseRow[],
  actor: Actor,
  now: Date,
): RawBuilder<unknown>[] {
  return [...batches(rows)].map((batch) =>
    importedPurchasesInsert(merchantId, timeZone, batch, actor, now, sql``),
  );
}

/** Runs statements made by {@link importedPurchaseStatements}, one at a time; how many rows they added. */
export async function runImportStatements(
  tx: Tx,
  statements: readonly RawBuilder<unknown>[],
): Promise<number> {
  let added = 0;
  for (const statement of statements) {
    added += Number((await statement.execute(tx)).numAffectedRows ?? 0n);
  }
  return added;
}

function importedPurchasesInsert(
  merchantId: string,
  timeZone: string,
  batch: readonly ImportedPurchaseRow[],
  actor: Actor,
  now: Date,
  returning: RawBuilder<unknown> = sql`returning 1`,
): RawBuilder<unknown> {
  return sql`
    insert into purchases (merchant_id, id, customer_id, amount_cents, occurred_at,
                           external_id, items, source, actor_type, actor_id, created_at)
    select ${merchantId}, id, customer_id, amount_cents,
           ((date '1970-01-01' + day) + time '12:00') at time zone ${timeZone},
           external_id, items::jsonb, 'import', ${actor.type}, ${actor.id}, ${now}
      from unnest(${col(batch, (r) => r.id)}::uuid[], ${col(batch, (r) => r.customerId)}::uuid[],
                  ${col(batch, (r) => r.amountCents)}::bigint[], ${col(batch, (r) => r.day)}::int[],
                  ${col(batch, (r) => r.externalId)}::text[], ${col(batch, (r) => r.items)}::text[])
           as t(id, customer_id, amount_cents, day, external_id, items)
    on conflict (merchant_id, external_id) do nothing
    ${returning}`;
}

/** Ids of stored purchases by their `external_id`. */
export async function purchaseIdsByExternalId(
  tx: Tx,
  merchantId: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of batches(externalIds)) {
    const { rows } = await sql<{ id: string; external_id: string }>`
      select id, external_id from purchases
       where merchant_id = ${merchantId} and external_id = any(${[...batch]}::text[])`.execute(tx);
    for (const row of rows) ids.set(row.external_id, row.id);
  }
  return ids;
}

export type ImportedRefundRow = {
  purchaseId: string;
  externalId: string;
  amountCents: number;
  day: number;
};

/** Cancellations read from a file, as refunds of the sales they cancel; once per identity. */
export async function insertImportedRefunds(
  tx: Tx,
  merchantId: string,
  timeZone: string,
  rows: readonly ImportedRefundRow[],
  actor: Actor,
): Promise<number> {
  return inBatches(
    tx,
    rows,
    (batch) =>
      sql`
        insert into refunds (merchant_id, id, purchase_id, amount_cents, reason, external_id,
                             actor_type, actor_id, created_at)
        select ${merchantId}, gen_random_uuid(), purchase_id, amount_cents, null, external_id,
               ${actor.type}, ${actor.id},
               ((date '1970-01-01' + day) + time '12:00') at time zone ${timeZone}
          from unnest(${col(batch, (r) => r.purchaseId)}::uuid[], ${col(batch, (r) => r.externalId)}::text[],
                      ${col(batch, (r) => r.amountCents)}::bigint[], ${col(batch, (r) => r.day)}::int[])
               as t(purchase_id, external_id, amount_cents, day)
        on conflict (merchant_id, external_id) where external_id is not null do nothing
        returning 1`,
  );
}

/** `customerId:programId` of every balance an import already carried over. */
export async function importedOpeningBalances(tx: Tx, merchantId: string): Promise<Set<string>> {
  const { rows } = await sql<{ key: string }>`
    select distinct customer_id || ':' || program_id as key from ledger_entries
     where merchant_id = ${merchantId} and cause_type = 'import'`.execute(tx);
  return new Set(rows.map((r) => r.key));
}

/**
 * Lets the purchases of an import be stored before their customers, in this transaction: their
 * customer is checked when {@link checkImportedPurchaseCustomers} runs, or at commit. False
 * (and nothing changed) on a Citus cluster, whose shards do not defer their checks.
 */
export async function deferImportedPurchaseCustomers(tx: Tx): Promise<boolean> {
  const { rows } = await sql<{ citus: boolean }>`
    select exists (select from pg_extension where extname = 'citus') as citus`.execute(tx);
  if (rows[0]?.citus === true) return false;
  await sql`set constraints purchases_merchant_id_customer_id_fkey deferred`.execute(tx);
  return true;
}

/** Checks now that every purchase written since {@link deferImportedPurchaseCustomers} has its customer. */
export async function checkImportedPurchaseCustomers(tx: Tx): Promise<void> {
  await sql`set constraints purchases_merchant_id_customer_id_fkey immediate`.execute(tx);
}

/**
 * Purchases written for a customer id chosen while the file was read, moved to the customer
 * the import found for them once it was read whole. Those ids were new, so only this import's
 * purchases carry them.
 */
export async function moveImportedPurchases(
  tx: Tx,
  merchantId: string,
  moves: readonly { from: string; to: string }[],
): Promise<void> {
  for (const batch of batches(moves)) {
    await sql`
      update purchases p set customer_id = t.to_id
        from unnest(${col(batch, (m) => m.from)}::uuid[], ${col(batch, (m) => m.to)}::uuid[])
             as t(from_id, to_id)
       where p.merchant_id = ${merchantId} and p.customer_id = t.from_id`.execute(tx);
  }
}

/** Purchases written for customer ids of this import whose customers were left out; how many. */
export async function deleteImportedPurchasesOf(
  tx: Tx,
  merchantId: string,
  customerIds: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (const batch of batches(customerIds)) {
    const result = await sql`
      delete from purchases
       where merchant_id = ${merchantId} and customer_id = any(${col(batch, (id) => id)}::uuid[])`.execute(
      tx,
    );
    deleted += Number(result.numAffectedRows ?? 0n);
  }
  return deleted;
}

/**
 * A point the import can come back to, undoing what it wrote since (a file found to have row
 * problems once read whole) without ending the caller's transaction (the job runner's).
 */
export const importSavepoint = {
  set: (tx: Tx) => sql`savepoint habitue_import`.execute(tx),
  rollBack: (tx: Tx) => sql`rollback to savepoint habitue_import`.execute(tx),
  release: (tx: Tx) => sql`release savepoint habitue_import`.execute(tx),
};

function* batches<T>(rows: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < rows.length; start += IMPORT_BATCH) {
    yield rows.slice(start, start + IMPORT_BATCH);
  }
}

/**
 * Runs one insert per batch and adds up the rows each one added (the rows it returned: an
 * `on conflict do nothing` returns only what it wrote). The next batch's
 * parameters (its arrays as text) are built while the database runs the previous statement,
 * so that neither waits for the other. One statement at a time is ever sent: none is left
 * queued behind a failing one, to run after the transaction has been rolled back.
 */
async function inBatches<T>(
  tx: Tx,
  rows: readonly T[],
  statement: (batch: readonly T[]) => RawBuilder<unknown>,
): Promise<number> {
  let added = 0;
  const all = batches(rows);
  let next = all.next();
  let query = next.done ? null : statement(next.value);
  while (query !== null) {
    const running = query.execute(tx);
    // Observed below; this keeps an early failure from counting as unhandled meanwhile.
    running.catch(() => {});
    // Let the statement reach the database before building the next one.
    await new Promise(setImmediate);
    next = all.next();
    query = next.done ? null : statement(next.value);
    added += (await running).rows.length;
  }
  return added;
}

/**
 * One column of a batch, as the array literal `unnest` takes (`{1,"a b",NULL}`), made here
 * rather than by the driver when the statement is sent, so that {@link inBatches} can make it
 * while the previous statement runs.
 */
function col<T>(rows: readonly T[], pick: (row: T) => ArrayValue): string {
  let literal = '{';
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) literal += ',';
    literal += arrayElement(pick(rows[i]!));
  }
  return `${literal}}`;
}

type ArrayValue = string | number | boolean | null;

function arrayElement(value: ArrayValue): string {
  if (value === null) return 'NULL';
  if (typeof value !== 'string') return String(value);
  // Most texts (ids, row identities) have nothing to escape: no regular expression run on them.
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}
