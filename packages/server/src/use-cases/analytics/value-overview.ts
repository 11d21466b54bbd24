import { customersToCallBack, RFM_SEGMENT_LABELS, type RfmSegment } from '@habitue/analytics';
import type { CustomerMetrics } from './customer-metrics.ts';
import { customerValue } from './customer-value-row.ts';

const SEGMENT_ORDER = Object.keys(RFM_SEGMENT_LABELS) as RfmSegment[];

/** Customers and revenue per RFM segment, in the grid's order, with their labels. */
export function segmentCounts(m: CustomerMetrics) {
  const customers = new Map<RfmSegment, number>();
  const revenue = new Map<RfmSegment, number>();
  let total = 0;
  m.rfm.forEach((score, c) => {
    if (!score) return;
    customers.set(score.segment, (customers.get(score.segment) ?? 0) + 1);
    revenue.set(score.segment, (revenue.get(score.segment) ?? 0) + m.summary.revenueCents[c]!);
    total += m.summary.revenueCents[c]!;
  });
  return SEGMENT_ORDER.map((segment) => ({
    segment,
    label: RFM_SEGMENT_LABELS[segment],
    customers: customers.get(segment) ?? 0,
    revenueCents: revenue.get(segment) ?? 0,
    revenueShare: total === 0 ? 0 : (revenue.get(segment) ?? 0) / total,
  }));
}

/**
 * Average and total predicted CLV over the customers the model could predict, the total's 80 %
 * interval, and what the estimate rests on.
 */
export function predictedClv(m: CustomerMetrics) {
  const clv = m.predictions?.clvCents;
  const total = m.predictions?.totals.clvCents;
  let sum = 0;
  let n = 0;
  if (clv) {
    for (const v of clv) {
      if (!Number.isFinite(v)) continue;
      sum += v;
      n++;
    }
  }
  const interval: [number, number] | null =
    total && n > 0 && Number.isFinite(total.low) && Number.isFinite(total.high)
      ? [total.low, total.high]
      : null;
  return {
    averageCents: n === 0 ? null : sum / n,
    averageIntervalCents: interval && ([interval[0] / n, interval[1] / n] as [number, number]),
    totalCents: n === 0 ? null : sum,
    totalIntervalCents: interval,
    customers: n,
    sufficiency: m.sufficiency,
  };
}

/**
 * Customers worth a call, by the one rule `habitue analyze` follows too (`customersToCallBack`):
 * the model's departures when it sees some, else the RFM's "can't lose them" and "at risk"; the
 * basis says which view chose them and why.
 */
export function slippingAway(m: CustomerMetrics, top = 10) {
  const s = m.summary;
  const chosen = m.models.chosen;
  const list = customersToCallBack(
    {
      frequency: s.frequency,
      value: s.revenueCents,
      // Customers without a purchase have no history to slip from.
      segment: m.rfm.map((score, c) => (s.purchaseDays[c] === 0 ? null : (score?.segment ?? null))),
      pAlive: m.predictions?.pAlive ?? null,
      noDropout:
        chosen !== null &&
        m.models[chosen].status === 'fitted' &&
        m.models[chosen].warnings.some((w) => w.code === 'no-dropout'),
    },
    { threshold: m.settings.slippingAwayPAlive, top },
  );
  return {
    basis: list.view,
    basisReason: list.basis,
    total: list.total,
    customers: list.customers.map(({ index }) => customerValue(m, index)),
  };
}
