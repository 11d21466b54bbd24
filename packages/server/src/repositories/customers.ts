import { sql, type Updateable } from 'kysely';
import type { CustomersTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import { AppError } from '../errors/app-error.ts';

export type CustomerRow = Awaited<ReturnType<typeof findCustomer>> & {};

export type NewCustomer = {
  merchantId: string;
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  birthDay: number | null;
  birthMonth: number | null;
  company: string | null;
  cardToken: string;
  customerSince: Date;
  memberSince: Date | null;
};

export function insertCustomer(tx: Tx, c: NewCustomer) {
  return tx
    .insertInto('customers')
    .values({
      merchant_id: c.merchantId,
      id: c.id,
      first_name: c.firstName,
      last_name: c.lastName,
      email: c.email,
      phone: c.phone,
      birth_day: c.birthDay,
      birth_month: c.birthMonth,
      company: c.company,
      card_token: c.cardToken,
      customer_since: c.customerSince,
      member_since: c.memberSince,
      created_at: c.customerSince,
      updated_at: c.customerSince,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The one refusal of a merged duplicate's id: every look-up of a customer by id goes through
 * it (here and in `ledger.ts`), so every route that takes a customer id answers 409
 * `customer_merged` with the survivor's id instead of acting on the tombstone.
 */
export function refuseMerged<T extends { id: string; merged_into: string | null } | undefined>(
  row: T,
): T {
  if (row?.merged_into) {
    throw new AppError('customer_merged', 'This customer was merged into another one', {
      mergedInto: row.merged_into,
    });
  }
  return row;
}

/** A customer by id; a merged duplicate's id is refused (`customer_merged`). */
export async function findCustomer(tx: Tx, merchantId: string, id: string) {
  return refuseMerged(await findCustomerRecord(tx, merchantId, id));
}

/** The row as stored, merged duplicates included: for the merge itself and its checks. */
export function findCustomerRecord(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The customer a card token names. A merged duplicate's card (still in the customer's pocket)
 * opens the survivor's: `merged_into` always names the final survivor.
 */
export async function findCustomerByCardToken(tx: Tx, merchantId: string, token: string) {
  const row = await tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('card_token', '=', token)
    .executeTakeFirst();
  return row?.merged_into ? findCustomerRecord(tx, merchantId, row.merged_into) : row;
}

/**
 * Cross-merchant: a card link identifies both the merchant and the customer — the survivor,
 * for the card of a merged duplicate.
 */
export function findCardHolder(tx: Tx, token: string) {
  return tx
    .selectFrom('customers as c')
    .leftJoin('customers as s', (j) =>
      j.onRef('s.merchant_id', '=', 'c.merchant_id').onRef('s.id', '=', 'c.merged_into'),
    )
    .select([
      'c.merchant_id',
      sql<string>`coalesce(s.id, c.id)`.as('id'),
      sql<Date | null>`case when s.id is null then c.member_since else s.member_since end`.as(
        'member_since',
      ),
    ])
    .where('c.card_token', '=', token)
    .executeTakeFirst();
}

/**
 * Accented letters (both cases: `lower()` leaves them alone under the C locale) and word
 * separators, folded the way `foldForSearch` folds the query.
 */
const FOLD_FROM = "àáâäãåçèéêëìíîïñòóôöõùúûüýÿÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕÙÚÛÜÝŸ-.@_'";
const FOLD_TO = 'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy     ';

/**
 * Counter search by words (already folded): every word must start a word of the first name,
 * last name, email or company, in any order ("faure claire" and "Faure" find Claire Faure);
 * or, for `phoneDigits`, the phone holds those digits. Newest customers first; keyset
 * pagination on id. Without words or digits, every customer (the list).
 */
export function searchCustomers(
  tx: Tx,
  merchantId: string,
  options: { words?: string[]; phoneDigits?: string; limit: number; after?: string },
) {
  let q = tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('merged_into', 'is', null)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.after) q = q.where('id', '<', options.after);
  const haystack = sql<string>`' ' || translate(lower(concat_ws(' ', first_name, last_name, email, company)), ${FOLD_FROM}, ${FOLD_TO})`;
  for (const word of options.words ?? []) {
    const escaped = word.replace(/[\\%_]/g, (m) => `\\${m}`);
    q = q.where(haystack, 'like', `% ${escaped}%`);
  }
  if (options.phoneDigits) {
    q = q.where(
      sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
      'like',
      `%${options.phoneDigits}%`,
    );
  }
  return q.execute();
}

/** The customer holding a voucher, from its exact (normalized) code. */
export function findCustomerByVoucherCode(tx: Tx, merchantId: string, code: string) {
  return tx
    .selectFrom('customers')
    .innerJoin('vouchers', (j) =>
      j
        .onRef('vouchers.merchant_id', '=', 'customers.merchant_id')
        .onRef('vouchers.customer_id', '=', 'customers.id'),
    )
    .selectAll('customers')
    .where('customers.merchant_id', '=', merchantId)
    .where('vouchers.code', '=', code)
    .executeTakeFirst();
}

export type CustomerChanges = Partial<
  Pick<
    Updateable<CustomersTable>,
    | 'first_name'
    | 'last_name'
    | 'email'
    | 'phone'
    | 'birth_day'
    | 'birth_month'
    | 'company'
    | 'member_since'
  >
>;

/** Changes a customer; a merged duplicate is refused (and the transaction rolls back). */
export async function updateCustomer(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: CustomerChanges,
  at: Date,
) {
  const row = await tx
    .updateTable('customers')
    .set({ ...changes, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return refuseMerged(row);
}

/** A new card link; a merged duplicate is refused (its card leads to the survivor's). */
export async function replaceCardToken(
  tx: Tx,
  merchantId: string,
  id: string,
  token: string,
  at: Date,
) {
  const row = await tx
    .updateTable('customers')
    .set({ card_token: token, card_token_rotated_at: at, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return refuseMerged(row);
}

export async function countCustomers(tx: Tx, merchantId: string): Promise<number> {
  const row = await tx
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('merchant_id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
