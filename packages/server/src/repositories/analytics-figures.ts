import type { Tx } from '../db/tenant.ts';

/** The shop's stored figures, if they were computed from this data version. */
export function findAnalyticsFigures(tx: Tx, merchantId: string, dataVersion: string) {
  return tx
    .selectFrom('analytics_figures')
    .select(['settings', 'computed_at', 'figures'])
    .where('merchant_id', '=', merchantId)
    .where('data_version', '=', dataVersion)
    .executeTakeFirst();
}

/** Keeps the newer computation (an older one finishing late never overwrites it). */
export async function saveAnalyticsFigures(
  tx: Tx,
  merchantId: string,
  row: { dataVersion: string; settings: unknown; computedAt: Date; figures: Buffer },
): Promise<void> {
  const values = {
    data_version: row.dataVersion,
    settings: JSON.stringify(row.settings),
    computed_at: row.computedAt,
    figures: row.figures,
  };
  await tx
    .insertInto('analytics_figures')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((oc) =>
      oc
        .column('merchant_id')
        .doUpdateSet(values)
        .where('analytics_figures.computed_at', '<', row.computedAt),
    )
    .execute();
}
