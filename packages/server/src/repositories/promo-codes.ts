import { type Selectable, sql } from 'kysely';
import type { PromoCodesTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type PromoCodeRow = Selectable<PromoCodesTable>;

/** The settings of a promo code, as the owner writes them. */
export type PromoCodeFields = {
  code: string;
  percentOff: number | null;
  amountOffCents: number | null;
  minimumPurchaseCents: number | null;
  startsOn: string | null;
  endsOn: string | null;
  maxUses: number | null;
  perCustomerLimit: number | null;
};

function columns(f: Partial<PromoCodeFields>) {
  return {
    ...(f.code !== undefined ? { code: f.code } : {}),
    ...(f.percentOff !== undefined ? { percent_off: f.percentOff } : {}),
    ...(f.amountOffCents !== undefined ? { amount_off_cents: f.amountOffCents } : {}),
    ...(f.minimumPurchaseCents !== undefined
      ? { minimum_purchase_cents: f.minimumPurchaseCents }
      : {}),
    ...(f.startsOn !== undefined ? { starts_on: f.startsOn } : {}),
    ...(f.endsOn !== undefined ? { ends_on: f.endsOn } : {}),
    ...(f.maxUses !== undefined ? { max_uses: f.maxUses } : {}),
    ...(f.perCustomerLimit !== undefined ? { per_customer_limit: f.perCustomerLimit } : {}),
  };
}

export function insertPromoCode(
  tx: Tx,
  row: { merchantId: string; id: string; at: Date } & PromoCodeFields,
) {
  return tx
    .insertInto('promo_codes')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      code: row.code,
      percent_off: row.percentOff,
      amount_off_cents: row.amountOffCents,
      minimum_purchase_cents: row.minimumPurchaseCents,
      starts_on: row.startsOn,
      ends_on: row.endsOn,
      max_uses: row.maxUses,
      per_customer_limit: row.perCustomerLimit,
      created_at: row.at,
      updated_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updatePromoCode(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: Partial<PromoCodeFields> & { archived?: boolean },
  at: Date,
) {
  return tx
    .updateTable('promo_codes')
    .set({
      ...columns(changes),
      ...(changes.archived !== undefined ? { archived_at: changes.archived ? at : null } : {}),
      updated_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Every code of the shop with how many times it was used, newest first. */
export function listPromoCodes(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('promo_codes as p')
    .selectAll('p')
    .select(
      sql<number>`(select count(*) from promo_code_uses u
        where u.merchant_id = p.merchant_id and u.promo_code_id = p.id
          and u.released_at is null)::int`.as('uses'),
    )
    .where('p.merchant_id', '=', merchantId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}

export function findPromoCode(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('promo_codes as p')
    .selectAll('p')
    .select(
      sql<number>`(select count(*) from promo_code_uses u
        where u.merchant_id = p.merchant_id and u.promo_code_id = p.id
          and u.released_at is null)::int`.as('uses'),
    )
    .where('p.merchant_id', '=', merchantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/**
 * A code by what was typed, with what its limits need: uses so far (all customers, and this
 * customer) and the shop's time zone. With `lock`, the code's row is locked first, so that two
 * purchases using the last use of a code are decided one after the other: the second counts
 * the first's use once it commits (each count is a statement started after the lock).
 */
export async function findPromoCodeByCode(
  tx: Tx,
  merchantId: string,
  code: string,
  customerId: string,
  lock: boolean,
) {
  const base = tx
    .selectFrom('promo_codes')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('code', '=', code)
    .where('archived_at', 'is', null);
  const row = await (lock ? base.forUpdate() : base).executeTakeFirst();
  if (!row) return undefined;
  const counts = await tx
    .selectFrom('merchants as m')
    .select([
      'm.time_zone',
      sql<number>`(select count(*) from promo_code_uses u
        where u.merchant_id = ${merchantId} and u.promo_code_id = ${row.id}
          and u.released_at is null)::int`.as('uses'),
      sql<number>`(select count(*) from promo_code_uses u
        where u.merchant_id = ${merchantId} and u.promo_code_id = ${row.id}
          and u.customer_id = ${customerId} and u.released_at is null)::int`.as('customer_uses'),
    ])
    .where('m.id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return {
    row,
    timeZone: counts.time_zone,
    uses: counts.uses,
    customerUses: counts.customer_uses,
  };
}

export function insertPromoCodeUse(
  tx: Tx,
  use: {
    merchantId: string;
    purchaseId: string;
    promoCodeId: string;
    customerId: string;
    amountOffCents: number;
    at: Date;
  },
) {
  return tx
    .insertInto('promo_code_uses')
    .values({
      merchant_id: use.merchantId,
      purchase_id: use.purchaseId,
      promo_code_id: use.promoCodeId,
      customer_id: use.customerId,
      amount_off_cents: use.amountOffCents,
      used_at: use.at,
    })
    .execute();
}

/**
 * Gives back the promo code use of a purchase refunded in full: the use stays, marked released
 * by the refund, and is no longer counted. Returns the code's id, or undefined when the purchase
 * used no code or its use was already released (so it happens once).
 */
export async function releasePromoCodeUse(
  tx: Tx,
  merchantId: string,
  purchaseId: string,
  release: { refundId: string; at: Date },
) {
  const row = await tx
    .updateTable('promo_code_uses')
    .set({ released_at: release.at, released_by_refund_id: release.refundId })
    .where('merchant_id', '=', merchantId)
    .where('purchase_id', '=', purchaseId)
    .where('released_at', 'is', null)
    .returning('promo_code_id')
    .executeTakeFirst();
  return row?.promo_code_id;
}
