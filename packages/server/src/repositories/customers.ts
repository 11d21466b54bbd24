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
    .select(['merchant_id', 'id'])
    .where('card_token', '=', token)
    .executeTakeFirst();
}

/**
 * Counter search: a card token or phone matches exactly, anything else as a prefix of email,
 * first name, last name or "first last". Newest customers first; keyset pagination on id.
 */
export function searchCustomers(
  tx: Tx,
  merchantId: string,
  options: { query?: string; phoneDigits?: string; limit: number; after?: string },
) {
  let q = tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.after) q = q.where('id', '<', options.after);
  const text = options.query?.trim().toLowerCase();
  if (text) {
    const prefix = `${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('card_token', '=', options.query!.trim()),
        eb(sql`lower(email)`, 'like', prefix),
        eb(sql`lower(first_name)`, 'like', prefix),
        eb(sql`lower(last_name)`, 'like', prefix),
        eb(sql`lower(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))`, 'like', prefix),
        eb(sql`lower(company)`, 'like', prefix),
        ...(options.phoneDigits && options.phoneDigits.length >= 4
          ? [
              eb(
                sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
                'like',
                `%${options.phoneDigits}%`,
              ),
            ]
          : []),
      ]),
    );
  }
  return q.execute();
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
