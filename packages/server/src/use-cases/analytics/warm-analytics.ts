import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';

/**
 * Computes each merchant's customer metrics once, right after start-up, so the first dashboard
 * visit reads a warm cache instead of waiting for the model fits. Merchants are taken one at a
 * time, most recently active first, with a pause between them so requests get served.
 */
export async function warmAnalytics(
  db: Kysely<Database>,
  options: {
    now: () => Date;
    limit?: number;
    onError?: (merchantId: string, error: unknown) => void;
  },
): Promise<number> {
  const merchants = await db
    .selectFrom('merchants')
    .leftJoin('purchases', 'purchases.merchant_id', 'merchants.id')
    .select(['merchants.id'])
    .groupBy('merchants.id')
    .orderBy(
      (eb) => eb.fn.max('purchases.created_at'),
      (ob) => ob.desc().nullsLast(),
    )
    .limit(options.limit ?? 50)
    .execute();
  let warmed = 0;
  for (const { id } of merchants) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      await loadCustomerMetrics({ db, merchantId: id, now: options.now() });
      warmed += 1;
    } catch (error) {
      options.onError?.(id, error);
    }
  }
  return warmed;
}
