import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * What merging a duplicate into a survivor moves, and how duplicates are found. The ledger is
 * never touched here: its entries stay on the duplicate, and the merge appends offsetting
 * entries (`use-cases/customers/merge-customers.ts`).
 */

/** Both customers locked, in id order so that two merges of the same pair never deadlock. */
export async function lockPair(tx: Tx, merchantId: string, ids: readonly [string, string]) {
  const rows = await tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
  return {
    survivor: rows.find((r) => r.id === ids[0]),
    duplicate: rows.find((r) => r.id === ids[1]),
  };
}

/** The duplicate's non-zero balances and last activity, per program, from the snapshots the triggers keep. */
export function balancesToCarry(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('loyalty_balances as b')
    .innerJoin('programs as p', (j) =>
      j.onRef('p.merchant_id', '=', 'b.merchant_id').onRef('p.id', '=', 'b.program_id'),
    )
    .select(['b.program_id', 'b.balance', 'b.last_activity_at', 'p.version', 'p.kind'])
    .where('b.merchant_id', '=', merchantId)
    .where('b.customer_id', '=', customerId)
    .where('b.balance', '<>', 0)
    .orderBy('b.program_id')
    .execute();
}

/**
 * Open vouchers (neither used nor voided) change hands, still valid, and the open counts of
 * both snapshots follow; used ones stay on the duplicate with the redemption that used them.
 */
export async function moveOpenVouchers(tx: Tx, merchantId: string, from: string, to: string) {
  const { rows } = await sql<{ program_id: string; n: number }>`
    with moved as (
      update vouchers v set customer_id = ${to}
      where v.merchant_id = ${merchantId} and v.customer_id = ${from}
        and not exists (select from voucher_events e
                        where e.merchant_id = v.merchant_id and e.voucher_id = v.id)
      returning v.program_id
    )
    select program_id, count(*)::int as n from moved group by program_id`.execute(tx);
  for (const { program_id, n } of rows) {
    await sql`update loyalty_balances set open_vouchers = open_vouchers - ${n}
      where merchant_id = ${merchantId} and customer_id = ${from} and program_id = ${program_id}`.execute(
      tx,
    );
    await sql`insert into loyalty_balances as b (merchant_id, customer_id, program_id, open_vouchers)
      values (${merchantId}, ${to}, ${program_id}, ${n})
      on conflict (merchant_id, customer_id, program_id)
      do update set open_vouchers = b.open_vouchers + excluded.open_vouchers`.execute(tx);
  }
  return rows.reduce((sum, r) => sum + r.n, 0);
}

/**
 * Purchases, notes, interactions, consent history and follow-up items follow the customer;
 * counts of each but the last.
 */
export async function moveHistory(tx: Tx, merchantId: string, from: string, to: string) {
  const move = async (table: 'purchases' | 'customer_notes' | 'interactions' | 'consents') => {
    const result = await tx
      .updateTable(table)
      .set({ customer_id: to })
      .where('merchant_id', '=', merchantId)
      .where('customer_id', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  };
  const purchases = await move('purchases');
  const notes = await move('customer_notes');
  const interactions = await move('interactions');
  const consents = await move('consents');
  // The team's follow-up items about the person (open or done) are the survivor's now.
  await tx
    .updateTable('follow_up_items')
    .set({ customer_id: to })
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', from)
    .execute();
  await sql`insert into customer_tags (merchant_id, customer_id, tag, created_at)
    select merchant_id, ${to}, tag, created_at from customer_tags
    where merchant_id = ${merchantId} and customer_id = ${from}
    on conflict do nothing`.execute(tx);
  const tags = await tx
    .deleteFrom('customer_tags')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', from)
    .executeTakeFirst();
  return { purchases, notes, interactions, consents, tags: Number(tags.numDeletedRows) };
}

/**
 * The duplicate becomes a tombstone: it names the survivor (and so do the customers merged
 * into it before: no chains), and keeps no personal data — what the survivor lacked was
 * copied over first. The card token stays, so the duplicate's card opens the survivor's.
 */
export async function markMerged(
  tx: Tx,
  merchantId: string,
  duplicateId: string,
  survivorId: string,
  at: Date,
) {
  await tx
    .updateTable('customers')
    .set({ merged_into: survivorId, merged_at: at, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('merged_into', '=', duplicateId)
    .execute();
  await tx
    .updateTable('customers')
    .set({
      merged_into: survivorId,
      merged_at: at,
      first_name: null,
      last_name: null,
      email: null,
      phone: null,
      birth_day: null,
      birth_month: null,
      company: null,
      external_ref: null,
      updated_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', duplicateId)
    .execute();
}

export type DuplicateReason = 'email' | 'phone' | 'name_birthday';

/**
 * Pairs of live customers who look like one person: the same email (any case), the same phone
 * (digits only, French 0X and +33X alike), or the same first and last name (case and accents
 * aside) with the same birthday. The older customer comes first: the natural survivor.
 */
export async function findDuplicatePairs(tx: Tx, merchantId: string, limit: number) {
  const { rows } = await sql<{ first_id: string; second_id: string; reasons: DuplicateReason[] }>`
    with live as (
      select id, created_at,
        nullif(lower(trim(email)), '') as email,
        nullif(regexp_replace(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), '^(33|0)', ''), '') as phone,
        case when first_name is not null and last_name is not null and birth_day is not null
          then lower(translate(first_name || ' ' || last_name,
            'àáâäãåçèéêëìíîïñòóôöõùúûüýÿÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕÙÚÛÜÝŸ',
            'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'))
            || '|' || birth_day || '-' || birth_month end as name_birthday
      from customers
      where merchant_id = ${merchantId} and merged_into is null and erased_at is null
    )
    , pairs as (
      select a.id as first_id, b.id as second_id from live a join live b on a.email = b.email
        and (a.created_at, a.id) < (b.created_at, b.id)
      union
      select a.id, b.id from live a join live b on a.phone = b.phone
        and (a.created_at, a.id) < (b.created_at, b.id)
      union
      select a.id, b.id from live a join live b on a.name_birthday = b.name_birthday
        and (a.created_at, a.id) < (b.created_at, b.id)
    )
    select p.first_id, p.second_id,
      array_remove(array[
        case when a.email = b.email then 'email' end,
        case when a.phone = b.phone then 'phone' end,
        case when a.name_birthday = b.name_birthday then 'name_birthday' end
      ], null) as reasons
    from pairs p
    join live a on a.id = p.first_id
    join live b on b.id = p.second_id
    order by b.created_at desc, a.id
    limit ${limit}`.execute(tx);
  return rows;
}

/** What a merge of these customers would combine: their history and balances, per customer. */
export async function describeForMerge(tx: Tx, merchantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    purchases: number;
    spent_cents: number;
    notes: number;
    interactions: number;
    tags: string[];
    open_vouchers: number;
    balances: { programId: string; balance: number; unit: 'stamps' | 'points' }[];
  }>`
    select c.id,
      (select count(*)::int from purchases p
        where p.merchant_id = c.merchant_id and p.customer_id = c.id) as purchases,
      (select coalesce(sum(p.amount_cents), 0)::bigint from purchases p
        where p.merchant_id = c.merchant_id and p.customer_id = c.id) as spent_cents,
      (select count(*)::int from customer_notes n
        where n.merchant_id = c.merchant_id and n.customer_id = c.id) as notes,
      (select count(*)::int from interactions i
        where i.merchant_id = c.merchant_id and i.customer_id = c.id) as interactions,
      coalesce((select array_agg(t.tag order by t.tag) from customer_tags t
        where t.merchant_id = c.merchant_id and t.customer_id = c.id), '{}') as tags,
      (select coalesce(sum(b.open_vouchers), 0)::int from loyalty_balances b
        where b.merchant_id = c.merchant_id and b.customer_id = c.id) as open_vouchers,
      coalesce((select json_agg(json_build_object('programId', b.program_id,
          'balance', b.balance, 'unit', p.kind) order by b.program_id)
        from loyalty_balances b join programs p
          on p.merchant_id = b.merchant_id and p.id = b.program_id
        where b.merchant_id = c.merchant_id and b.customer_id = c.id and b.balance <> 0),
        '[]') as balances
    from customers c
    where c.merchant_id = ${merchantId} and c.id in (${sql.join(ids)})`.execute(tx);
  return rows.map((r) => ({ ...r, spent_cents: Number(r.spent_cents) }));
}

export function findCustomerRows(tx: Tx, merchantId: string, ids: readonly string[]) {
  return tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', [...ids])
    .execute();
}
