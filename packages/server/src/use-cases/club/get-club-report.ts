import { comparisonCustomers, matchedMarginDifference } from '@habitue/analytics';
import { addMonths, clubDay, clubMonths } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { listAnalyticsPurchases, merchantTimeZone } from '../../repositories/analytics-history.ts';
import type { MerchantScope } from '../scope.ts';
import { shopMemberships } from './club-memberships.ts';

const DAY_MS = 86_400_000;
/** Bands for matching members with comparable non-members (the program comparison's). */
const BANDS = { spendBandEdgesCents: [5_000, 20_000, 50_000], seniorityBandEdgesDays: [90, 365] };

/**
 * What the club brings: members now, fee revenue, joins, renewals and lapses per month, and
 * whether members spend more than comparable non-members over the last 12 months (or since
 * the club's first fee): the matched comparison of the programs (same spend before, same
 * seniority), on spend net of refunds.
 */
export function getClubReport(scope: MerchantScope) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const shop = await shopMemberships(tx, scope.merchantId, scope.now);
    if (!shop) return null;
    const timeZone = await merchantTimeZone(tx, scope.merchantId);
    const months = clubMonths(shop.members, {
      graceDays: shop.settings.graceDays,
      timeZone,
      now: scope.now,
    });
    const end = scope.now.getTime();
    const firstFee = Math.min(
      ...shop.members.flatMap((m) => m.payments.map((p) => p.at.getTime())),
      end,
    );
    const start = Math.max(addMonths(scope.now, -12).getTime(), firstFee);
    const inPeriod = new Set(
      shop.members
        .filter((m) =>
          m.membership.runs.some((r) => r.start.getTime() < end && r.endsAt.getTime() > start),
        )
        .map((m) => m.customerId),
    );
    const purchases = (await listAnalyticsPurchases(tx, scope.merchantId, timeZone)).map((p) => ({
      customerId: p.customer_id,
      at: p.day * DAY_MS,
      amountCents: p.amount_cents,
    }));
    const comparison = matchedMarginDifference(
      comparisonCustomers(purchases, {
        preStart: addMonths(new Date(start), -12).getTime(),
        start,
        end,
        isMember: (id) => inPeriod.has(id),
        margin: { kind: 'rate', rate: 1 },
      }),
      BANDS,
    );
    return {
      members: shop.members.filter((m) => m.membership.isMember).length,
      revenueCents: months.reduce((sum, m) => sum + m.revenueCents, 0),
      months,
      comparison: {
        // A shop-local day: the period runs from it to today.
        from: clubDay(new Date(start), timeZone),
        extraSpendPerMemberCents:
          comparison.perMemberCents === null ? null : Math.round(comparison.perMemberCents),
        standardErrorCents:
          comparison.standardErrorCents === null ? null : Math.round(comparison.standardErrorCents),
        members: comparison.members,
        matchedMembers: comparison.matchedMembers,
      },
    };
  });
}
