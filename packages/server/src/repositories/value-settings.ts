import type { Tx } from '../db/tenant.ts';

/** The shop's margin and yearly discount rate in basis points (null: the product's default). */
export type ValueSettings = { marginRateBp: number | null; annualDiscountRateBp: number | null };

export async function findValueSettings(tx: Tx, merchantId: string): Promise<ValueSettings> {
  const row = await tx
    .selectFrom('merchants')
    .select(['margin_rate_bp', 'annual_discount_rate_bp'])
    .where('id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return { marginRateBp: row.margin_rate_bp, annualDiscountRateBp: row.annual_discount_rate_bp };
}

export async function saveValueSettings(tx: Tx, merchantId: string, settings: ValueSettings) {
  await tx
    .updateTable('merchants')
    .set({
      margin_rate_bp: settings.marginRateBp,
      annual_discount_rate_bp: settings.annualDiscountRateBp,
    })
    .where('id', '=', merchantId)
    .execute();
}
