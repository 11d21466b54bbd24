import { sql, type Updateable } from 'kysely';
import type { CustomersTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

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

export function findCustomer(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCustomerByCardToken(tx: Tx, merchantId: string, token: string) {
  return tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('card_token', '=', token)
    .executeTakeFirst();
}

/** Cross-merchant: a card link identifies both the merchant and the customer. */
export function findCardHolder(tx: Tx, token: string) {
  return tx
    .selectFrom('customers')
    .select(['merchant_id', 'id', 'member_since'])
    .where('card_token', '=', token)
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

export function updateCustomer(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: CustomerChanges,
  at: Date,
) {
  return tx
    .updateTable('customers')
    .set({ ...changes, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function replaceCardToken(tx: Tx, merchantId: string, id: string, token: string, at: Date) {
  return tx
    .updateTable('customers')
    .set({ card_token: token, card_token_rotated_at: at, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function countCustomers(tx: Tx, merchantId: string): Promise<number> {
  const row = await tx
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('merchant_id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
