import type { Tx } from '../db/tenant.ts';

/** The shop's last fit, as `fittedToText` wrote it. */
export function findAnalyticsFit(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('analytics_fits')
    .select(['fitted', 'fitted_at'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
}

/** Keeps a newer fit (a process that fitted later wins; an older one never overwrites it). */
export async function saveAnalyticsFit(
  tx: Tx,
  merchantId: string,
  fit: { fitted: string; fittedAt: Date },
): Promise<void> {
  await tx
    .insertInto('analytics_fits')
    .values({ merchant_id: merchantId, fitted: fit.fitted, fitted_at: fit.fittedAt })
    .onConflict((oc) =>
      oc
        .column('merchant_id')
        .doUpdateSet({ fitted: fit.fitted, fitted_at: fit.fittedAt })
        .where('analytics_fits.fitted_at', '<', fit.fittedAt),
    )
    .execute();
}
