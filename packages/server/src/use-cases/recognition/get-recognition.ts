import { customerOfTheMonth, longStandingCustomers } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { listRecognitionFacts } from '../../repositories/recognition-facts.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';

const DAY_MS = 86_400_000;

/** The customer of the month and the long-standing customers to invite, with why. */
export function getRecognition(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const timeZone = await merchantTimeZone(tx, merchantId);
    const today = dayToIso(localDay(now, timeZone));
    const rows = await listRecognitionFacts(
      tx,
      merchantId,
      timeZone,
      new Date(now.getTime() - 30 * DAY_MS),
    );
    const facts = rows.map((r) => ({
      customerId: r.customer_id,
      firstPurchaseOn: r.first_on,
      lastPurchaseOn: r.last_on,
      visitsLast30Days: r.recent_visits,
      spendLast30DaysCents: r.recent_spend_cents,
      totalVisits: r.total_visits,
    }));
    const nameOf = new Map(
      rows.map((r) => [
        r.customer_id,
        [r.first_name, r.last_name].filter(Boolean).join(' ') || r.email || '',
      ]),
    );
    const month = customerOfTheMonth(facts, today);
    return {
      asOf: today,
      customerOfTheMonth: month ? { ...month, name: nameOf.get(month.customerId) ?? '' } : null,
      longStanding: longStandingCustomers(facts, today).map((c) => ({
        ...c,
        name: nameOf.get(c.customerId) ?? '',
      })),
    };
  });
}
