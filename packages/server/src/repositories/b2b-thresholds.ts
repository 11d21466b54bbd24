import { type B2bThresholds, NO_B2B_THRESHOLDS } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';

/** The shop's volume steps for business accounts; none when it never set them. */
export async function findB2bThresholds(tx: Tx, merchantId: string): Promise<B2bThresholds> {
  const row = await tx
    .selectFrom('b2b_threshold_settings')
    .select(['period_months', 'steps'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  if (!row) return NO_B2B_THRESHOLDS;
  return { periodMonths: row.period_months, steps: row.steps as B2bThresholds['steps'] };
}

export async function saveB2bThresholds(
  tx: Tx,
  merchantId: string,
  settings: B2bThresholds,
  at: Date,
) {
  const steps = JSON.stringify(settings.steps);
  await tx
    .insertInto('b2b_threshold_settings')
    .values({
      merchant_id: merchantId,
      period_months: settings.periodMonths,
      steps,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc
        .column('merchant_id')
        .doUpdateSet({ period_months: settings.periodMonths, steps, updated_at: at }),
    )
    .execute();
}
