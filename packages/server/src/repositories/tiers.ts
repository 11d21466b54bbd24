import type { TierActivity, TierLadder, TierPurchase, TierRefund } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';

/** The shop's ladder with its version, or undefined when the shop has none. */
export async function findTierLadder(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('tier_ladders')
    .select(['ladder', 'version', 'updated_at'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return (
    row && { ladder: row.ladder as TierLadder, version: row.version, updatedAt: row.updated_at }
  );
}

/** The ladder and the shop's time zone in one read: what every tier computation needs. */
export async function findTierSetting(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('tier_ladders')
    .innerJoin('merchants', 'merchants.id', 'tier_ladders.merchant_id')
    .select(['tier_ladders.ladder', 'merchants.time_zone'])
    .where('tier_ladders.merchant_id', '=', merchantId)
    .executeTakeFirst();
  return tierSettingOf(row ?? null);
}

/** The tier setting from its row (`findTierSetting`, or joined to the purchase's customer lock). */
export function tierSettingOf(row: { ladder: unknown; time_zone: string } | null) {
  return row ? { ladder: row.ladder as TierLadder, timeZone: row.time_zone } : undefined;
}

/** Saves the ladder as the next version (the first is 1). */
export async function saveTierLadder(tx: Tx, merchantId: string, ladder: TierLadder, at: Date) {
  const json = JSON.stringify(ladder);
  return tx
    .insertInto('tier_ladders')
    .values({ merchant_id: merchantId, ladder: json, version: 1, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc.column('merchant_id').doUpdateSet((eb) => ({
        ladder: json,
        version: eb('tier_ladders.version', '+', 1),
        updated_at: at,
      })),
    )
    .returning(['version', 'updated_at'])
    .executeTakeFirstOrThrow();
}

/** Removes the ladder and every member's recorded level: the shop no longer has tiers. */
export async function deleteTierLadder(tx: Tx, merchantId: string) {
  await tx.deleteFrom('customer_tiers').where('merchant_id', '=', merchantId).execute();
  const result = await tx
    .deleteFrom('tier_ladders')
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * What tiers are computed from, for one customer: sign-up and purchases with their refunds
 * (two indexed reads of this customer's rows, never the ledger). Imported history does not
 * count: imported purchases are the shop's history and earn nothing, tiers included.
 */
export async function loadTierActivity(
  tx: Tx,
  merchantId: string,
  customerId: string,
  memberSince: Date,
): Promise<TierActivity> {
  const activities = await loadTierActivities(tx, merchantId, [{ id: customerId, memberSince }]);
  return activities.get(customerId) ?? { memberSince, purchases: [], refunds: [] };
}

/** The same for a page of members at once (the daily review): two reads whatever the page size. */
export async function loadTierActivities(
  tx: Tx,
  merchantId: string,
  members: readonly { readonly id: string; readonly memberSince: Date }[],
): Promise<Map<string, TierActivity>> {
  const ids = members.map((m) => m.id);
  if (ids.length === 0) return new Map();
  const [purchases, refunds] = await Promise.all([
    tx
      .selectFrom('purchases')
      .select(['id', 'customer_id', 'occurred_at', 'amount_cents'])
      .where('merchant_id', '=', merchantId)
      .where('customer_id', 'in', ids)
      .where('source', '=', 'recorded')
      .execute(),
    tx
      .selectFrom('refunds')
      .innerJoin('purchases', (join) =>
        join
          .onRef('purchases.merchant_id', '=', 'refunds.merchant_id')
          .onRef('purchases.id', '=', 'refunds.purchase_id'),
      )
      .select([
        'purchases.customer_id',
        'refunds.purchase_id',
        'refunds.created_at',
        'refunds.amount_cents',
      ])
      .where('refunds.merchant_id', '=', merchantId)
      .where('purchases.customer_id', 'in', ids)
      .where('purchases.source', '=', 'recorded')
      .execute(),
  ]);
  const activities = new Map<
    string,
    TierActivity & { purchases: TierPurchase[]; refunds: TierRefund[] }
  >(members.map((m) => [m.id, { memberSince: m.memberSince, purchases: [], refunds: [] }]));
  for (const p of purchases) {
    activities.get(p.customer_id)?.purchases.push({
      id: p.id,
      at: p.occurred_at,
      amountCents: Number(p.amount_cents),
    });
  }
  for (const r of refunds) {
    activities.get(r.customer_id)?.refunds.push({
      purchaseId: r.purchase_id,
      at: r.created_at,
      amountCents: Number(r.amount_cents),
    });
  }
  return activities;
}

/**
 * The level a member was last known at, or undefined before their first tier computation.
 * `forUpdate` locks the row until the transaction ends, so that two writers (two nightly
 * reviews catching up, a review and a refund) cannot both announce the same change.
 */
export function findCustomerTier(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { forUpdate?: boolean } = {},
) {
  const q = tx
    .selectFrom('customer_tiers')
    .select(['level_id', 'since'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId);
  return (options.forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export async function saveCustomerTier(
  tx: Tx,
  merchantId: string,
  customerId: string,
  level: { levelId: string; since: string },
  at: Date,
) {
  await tx
    .insertInto('customer_tiers')
    .values({
      merchant_id: merchantId,
      customer_id: customerId,
      level_id: level.levelId,
      since: level.since,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc
        .columns(['merchant_id', 'customer_id'])
        .doUpdateSet({ level_id: level.levelId, since: level.since, updated_at: at }),
    )
    .execute();
}

/** Members of the shop, a page at a time in id order, for the daily review. */
export function listMembersAfter(
  tx: Tx,
  merchantId: string,
  afterId: string | null,
  limit: number,
) {
  let q = tx
    .selectFrom('customers')
    .select(['id', 'member_since'])
    .where('merchant_id', '=', merchantId)
    .where('member_since', 'is not', null)
    .where('merged_into', 'is', null)
    .orderBy('id')
    .limit(limit);
  if (afterId !== null) q = q.where('id', '>', afterId);
  return q.execute();
}
