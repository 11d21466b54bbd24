import { RFM_SEGMENT_LABELS, type RfmSegment } from '@habitue/analytics';
import type { CustomerMetrics } from './customer-metrics.ts';
import { dayToIso } from './local-day.ts';

export type RiskLevel = 'low' | 'medium' | 'high';

/** One customer's figures, as the customer list and the customer page show them. */
export interface CustomerValue {
  id: string;
  firstName: string | null;
  lastName: string | null;
  member: boolean;
  memberSince: string | null;
  customerSince: string;
  /** Purchases recorded (refunded ones left out). */
  purchases: number;
  /** Distinct purchase days; `frequency` = purchaseDays − 1 (the models' repeat purchases x). */
  purchaseDays: number;
  frequency: number;
  /** Weeks from first to last purchase day (t_x), and from first purchase day to today (T). */
  recencyWeeks: number;
  ageWeeks: number;
  firstVisit: string | null;
  lastVisit: string | null;
  daysSinceLastVisit: number | null;
  totalSpendCents: number;
  annualSpendCents: number;
  averageBasketCents: number | null;
  rfm: {
    recency: number;
    frequency: number;
    monetary: number;
    segment: RfmSegment;
    label: { fr: string; en: string };
  } | null;
  pAlive: number | null;
  /** 80 % intervals [low, high] of the figures they follow (the fitted parameters' uncertainty). */
  pAliveInterval: [number, number] | null;
  risk: RiskLevel | null;
  expectedPurchases: number | null;
  expectedPurchasesInterval: [number, number] | null;
  expectedAverageSpendCents: number | null;
  predictedClvCents: number | null;
  predictedClvIntervalCents: [number, number] | null;
  simpleClvCents: number | null;
}

const finiteOrNull = (values: Float64Array | null | undefined, c: number) => {
  const v = values?.[c];
  return v === undefined || !Number.isFinite(v) ? null : v;
};

const intervalOrNull = (
  low: Float64Array | null | undefined,
  high: Float64Array | null | undefined,
  c: number,
): [number, number] | null => {
  const [l, h] = [finiteOrNull(low, c), finiteOrNull(high, c)];
  return l === null || h === null ? null : [l, h];
};

/** P(alive) ≥ 0.7 is low risk, below 0.4 high: the bands the counter shows. */
export function riskLevel(pAlive: number | null): RiskLevel | null {
  if (pAlive === null) return null;
  return pAlive >= 0.7 ? 'low' : pAlive >= 0.4 ? 'medium' : 'high';
}

/**
 * Customer `c` of the metrics. Simple CLV per customer = the customer's spend over the last
 * 12 months (their basket × their purchases per year) × the shop's years of relationship.
 */
export function customerValue(m: CustomerMetrics, c: number): CustomerValue {
  const row = m.customers[c]!;
  const s = m.summary;
  const days = s.purchaseDays[c]!;
  const rfm = m.rfm[c];
  const p = m.predictions;
  const pAlive = finiteOrNull(p?.pAlive, c);
  const years = m.simpleClv.inputs?.yearsOfRelationship ?? null;
  const purchases = m.purchaseCount[c]!;
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    member: row.member_since !== null,
    memberSince: row.member_since?.toISOString() ?? null,
    customerSince: row.customer_since.toISOString(),
    purchases,
    purchaseDays: days,
    frequency: s.frequency[c]!,
    recencyWeeks: s.recency[c]!,
    ageWeeks: s.T[c]!,
    firstVisit: days > 0 ? dayToIso(s.firstPurchaseDay[c]!) : null,
    lastVisit: days > 0 ? dayToIso(s.lastPurchaseDay[c]!) : null,
    daysSinceLastVisit: days > 0 ? m.asOfDay - s.lastPurchaseDay[c]! : null,
    totalSpendCents: s.revenueCents[c]!,
    annualSpendCents: m.annualSpendCents[c]!,
    averageBasketCents: purchases > 0 ? s.revenueCents[c]! / purchases : null,
    rfm: rfm
      ? {
          recency: rfm.recency,
          frequency: rfm.frequencyScore,
          monetary: rfm.monetaryScore,
          segment: rfm.segment,
          label: RFM_SEGMENT_LABELS[rfm.segment],
        }
      : null,
    pAlive,
    pAliveInterval: intervalOrNull(p?.pAliveLow, p?.pAliveHigh, c),
    risk: riskLevel(pAlive),
    expectedPurchases: finiteOrNull(p?.expectedPurchases, c),
    expectedPurchasesInterval: intervalOrNull(p?.expectedPurchasesLow, p?.expectedPurchasesHigh, c),
    expectedAverageSpendCents: finiteOrNull(p?.expectedAvgSpendCents, c),
    predictedClvCents: finiteOrNull(p?.clvCents, c),
    predictedClvIntervalCents: intervalOrNull(p?.clvLowCents, p?.clvHighCents, c),
    simpleClvCents: years === null ? null : Math.round(m.annualSpendCents[c]! * years),
  };
}
