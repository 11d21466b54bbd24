import { DAY_MS, type GoalHistory } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { customerIdsWithTag } from '../../repositories/analytics-history.ts';
import { listEmailConsentChanges } from '../../repositories/steering-history.ts';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { localDay } from '../analytics/local-day.ts';
import { movementsAsPurchases } from '../analytics/movements-as-purchases.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * What the goals are measured on, in the shop's calendar: instants are local days written as
 * UTC midnights (like the dashboard's measures), customers are the dashboard's customer
 * indices. `today` is the shop's local day; `tagged` the customers carrying each tag asked for.
 */
export type SteeringData = {
  history: GoalHistory;
  today: number;
  tagged: Map<string, Set<string>>;
};

/** The shop's purchases (from the dashboard's cached computation), members and email consents. */
export async function loadSteeringData(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  tags: readonly string[] = [],
  metrics?: CustomerMetrics,
): Promise<SteeringData> {
  const m = metrics ?? (await loadCustomerMetrics(scope));
  const today = localDay(scope.now, m.timeZone);
  const keyOf = (id: string) => String(m.indexOf.get(id) ?? id);
  const dayAt = (at: Date) => localDay(at, m.timeZone) * DAY_MS;
  const { consents, tagged } = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const tagged = new Map<string, Set<string>>();
    for (const tag of new Set(tags)) {
      const ids = await customerIdsWithTag(tx, scope.merchantId, tag);
      tagged.set(tag, new Set([...ids].map(keyOf)));
    }
    return { consents: await listEmailConsentChanges(tx, scope.merchantId), tagged };
  });
  const memberSince = new Map<string, number | null>();
  m.customers.forEach((c, i) => {
    memberSince.set(String(i), c.member_since === null ? null : dayAt(c.member_since));
  });
  return {
    history: {
      purchases: movementsAsPurchases(m.transactions, today),
      memberSince,
      emailConsents: consents.map((c) => ({
        customerId: keyOf(c.customer_id),
        at: dayAt(c.recorded_at),
        granted: c.granted,
      })),
    },
    today,
    tagged,
  };
}
