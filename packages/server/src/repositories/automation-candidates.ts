import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Customers an automation may greet: not erased, and not created by an import unless they
 * have bought in the shop since (an import brings history, not occasions).
 */
export const ELIGIBLE = sql`c.erased_at is null
  and (not c.imported or exists (select 1 from purchases q
        where q.merchant_id = c.merchant_id and q.customer_id = c.id and q.source = 'recorded'))`;

/** Members who joined at or after `from`. */
export async function membersJoinedSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{ id: string; member_since: Date }>`
    select c.id, c.member_since from customers c
     where c.merchant_id = ${merchantId} and c.member_since >= ${from} and ${ELIGIBLE}
     order by c.member_since, c.id`.execute(tx);
  return result.rows.map((r) => ({ ...r, member_since: new Date(r.member_since) }));
}

/** Customers with a birthday on record. */
export async function customersWithBirthdays(tx: Tx, merchantId: string) {
  const result = await sql<{ id: string; birth_day: number; birth_month: number }>`
    select c.id, c.birth_day, c.birth_month from customers c
     where c.merchant_id = ${merchantId} and c.birth_day is not null and c.birth_month is not null
       and ${ELIGIBLE}
     order by c.id`.execute(tx);
  return result.rows;
}

/** Of these customers, those an automation may greet (for lists computed elsewhere). */
export async function eligibleAmong(
  tx: Tx,
  merchantId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await sql<{ id: string }>`
    select c.id from customers c
     where c.merchant_id = ${merchantId} and c.id = any(${[...ids]}::uuid[]) and ${ELIGIBLE}`.execute(
    tx,
  );
  return new Set(result.rows.map((r) => r.id));
}

/** A sale recorded in the shop and not refunded in full (imported history is not an occasion). */
const REAL_SALE = sql`p.source = 'recorded'
  and p.amount_cents > coalesce((select sum(f.amount_cents) from refunds f
                                  where f.merchant_id = p.merchant_id and f.purchase_id = p.id), 0)`;

/** Each customer's first real sale in the shop, if it happened at or after `from`. */
export async function firstPurchasesSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{ id: string; purchase_id: string; occurred_at: Date }>`
    select c.id, f.id as purchase_id, f.occurred_at from customers c
      join lateral (select p.id, p.occurred_at from purchases p
                     where p.merchant_id = c.merchant_id and p.customer_id = c.id and ${REAL_SALE}
                     order by p.occurred_at, p.id limit 1) f on true
     where c.merchant_id = ${merchantId} and f.occurred_at >= ${from} and ${ELIGIBLE}
     order by f.occurred_at, c.id`.execute(tx);
  return result.rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at) }));
}

/** Real sales since `from`, with their items and the buyer's tags. */
export async function purchasesWithItemsSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{
    id: string;
    customer_id: string;
    occurred_at: Date;
    items: Array<{ name?: string; sku?: string; category?: string }> | null;
    tags: string[];
  }>`
    select p.id, p.customer_id, p.occurred_at, p.items,
           coalesce((select array_agg(t.tag) from customer_tags t
                      where t.merchant_id = c.merchant_id and t.customer_id = c.id), '{}') as tags
      from purchases p join customers c on c.merchant_id = p.merchant_id and c.id = p.customer_id
     where p.merchant_id = ${merchantId} and p.occurred_at >= ${from} and ${REAL_SALE}
       and ${ELIGIBLE}
     order by p.occurred_at, p.id`.execute(tx);
  return result.rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at) }));
}

/** Vouchers neither used nor voided, issued at or after `from`, with their reward's name. */
export async function openVouchersSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{
    id: string;
    customer_id: string;
    code: string;
    issued_at: Date;
    expires_at: Date | null;
    source_type: string | null;
    reward_name: { fr: string; en: string };
  }>`
    select v.id, v.customer_id, v.code, v.issued_at, v.expires_at,
           v.source->>'type' as source_type, r.name as reward_name
      from vouchers v
      join customers c on c.merchant_id = v.merchant_id and c.id = v.customer_id
      join rewards r on r.merchant_id = v.merchant_id and r.id = v.reward_id
     where v.merchant_id = ${merchantId} and v.issued_at >= ${from} and ${ELIGIBLE}
       and not exists (select from voucher_events e
                        where e.merchant_id = v.merchant_id and e.voucher_id = v.id)
     order by v.issued_at, v.id`.execute(tx);
  return result.rows.map((r) => ({
    ...r,
    issued_at: new Date(r.issued_at),
    expires_at: r.expires_at === null ? null : new Date(r.expires_at),
  }));
}

/**
 * The birthday voucher a customer was granted in `year` and has not used yet (granted by the
 * birthday bonus, `source.type = 'birthday'`), so the wishes can carry its code.
 */
export async function birthdayVoucherCode(
  tx: Tx,
  merchantId: string,
  customerId: string,
  year: number,
): Promise<string | null> {
  const result = await sql<{ code: string }>`
    select v.code from vouchers v
     where v.merchant_id = ${merchantId} and v.customer_id = ${customerId}
       and v.source->>'type' = 'birthday'
       and extract(year from v.issued_at) between ${year - 1} and ${year}
       and not exists (select from voucher_events e
                        where e.merchant_id = v.merchant_id and e.voucher_id = v.id)
     order by v.issued_at desc limit 1`.execute(tx);
  return result.rows[0]?.code ?? null;
}

/** Positive balances by customer and programme, with their last activity. */
export async function positiveBalances(tx: Tx, merchantId: string) {
  const result = await sql<{
    customer_id: string;
    program_id: string;
    balance: number;
    last_activity_at: Date | null;
  }>`
    select b.customer_id, b.program_id, b.balance, b.last_activity_at
      from loyalty_balances b join customers c on c.merchant_id = b.merchant_id and c.id = b.customer_id
     where b.merchant_id = ${merchantId} and b.balance > 0 and ${ELIGIBLE}
     order by b.customer_id, b.program_id`.execute(tx);
  return result.rows.map((r) => ({
    ...r,
    last_activity_at: r.last_activity_at === null ? null : new Date(r.last_activity_at),
  }));
}

/** Members whose level was recorded at or after `from`. */
export async function tierChangesSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{ customer_id: string; level_id: string; updated_at: Date }>`
    select t.customer_id, t.level_id, t.updated_at
      from customer_tiers t join customers c on c.merchant_id = t.merchant_id and c.id = t.customer_id
     where t.merchant_id = ${merchantId} and t.updated_at >= ${from} and ${ELIGIBLE}
     order by t.updated_at, t.customer_id`.execute(tx);
  return result.rows.map((r) => ({ ...r, updated_at: new Date(r.updated_at) }));
}

/** The occasion keys an automation already recorded for these customers. */
export async function recordedKeys(
  tx: Tx,
  merchantId: string,
  automation: string,
  customerIds: readonly string[],
) {
  if (customerIds.length === 0) return [];
  return tx
    .selectFrom('automation_sends')
    .select(['customer_id', 'occasion_key'])
    .where('merchant_id', '=', merchantId)
    .where('automation', '=', automation)
    .where('customer_id', 'in', [...customerIds])
    .execute();
}
