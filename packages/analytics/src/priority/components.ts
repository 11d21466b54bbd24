import { midRanks } from '../rfm/quintile.ts';

/** What makes a customer worth prioritising (seeds 003 and 004), in display order. */
export const PRIORITY_COMPONENTS = [
  'volume',
  'growth',
  'payment',
  'profitability',
  'relationship',
  'disputes',
] as const;
export type PriorityComponent = (typeof PRIORITY_COMPONENTS)[number];

export interface PriorityInput {
  readonly customerId: string;
  /** Revenue over the last 12 months, cents (seed 003: « volume d'achats annuel »). */
  readonly annualVolumeCents: number;
  /** Value predicted for the next 12 months by a model, cents; compared with the annual volume. */
  readonly predictedAnnualValueCents: number;
  /** Share of invoices paid on time, 0…1 (1 for a shop paid at the counter). */
  readonly onTimePaymentShare: number;
  /** Average days late of late invoices, ≥ 0. */
  readonly averageDaysLate: number;
  /** Gross margin rate on this customer's purchases, 0…1 (seed 003: « indice de rentabilité »). */
  readonly marginRate: number;
  /** Years since the first purchase. */
  readonly relationshipYears: number;
  /** What disputes, complaints and chasing cost over the last 12 months, cents (seed 004). */
  readonly disputeCostCents: number;
}

export interface NormalisationSettings {
  /** Average days late at which payment quality falls to 0. */
  readonly daysLateForZero: number;
  /** Dispute cost, as a share of annual volume, at which the disputes component falls to 0. */
  readonly disputeShareForZero: number;
}

/** Percentile of each value among all customers in [0, 1], ties sharing their mid-rank. */
function percentiles(values: readonly number[]): number[] {
  if (values.length === 1) return [0.5]; // one customer: no one to compare with, stay neutral
  return midRanks(values).map((rank) => rank / (values.length - 1));
}

const clamp01 = (value: number) => Math.min(Math.max(value, 0), 1);

/**
 * Each component normalised to [0, 1], higher = more worth prioritising. Volume, growth, margin
 * and seniority are unbounded or skewed (Pareto), so they are ranked among the customers given;
 * payment and disputes have a natural scale (a perfect payer, no dispute) and are kept absolute.
 */
export function normaliseComponents(
  customers: readonly PriorityInput[],
  settings: NormalisationSettings,
): Record<PriorityComponent, number>[] {
  const volume = percentiles(customers.map((c) => c.annualVolumeCents));
  // Predicted over past value; a customer with no past but a forecast ranks as the highest growth.
  const growth = percentiles(
    customers.map((c) => c.predictedAnnualValueCents / Math.max(c.annualVolumeCents, 1)),
  );
  const profitability = percentiles(customers.map((c) => c.marginRate));
  const relationship = percentiles(customers.map((c) => c.relationshipYears));
  return customers.map((c, i) => ({
    volume: volume[i]!,
    growth: growth[i]!,
    payment:
      clamp01(c.onTimePaymentShare) *
      (1 -
        Math.min(Math.max(c.averageDaysLate, 0), settings.daysLateForZero) /
          settings.daysLateForZero),
    profitability: profitability[i]!,
    relationship: relationship[i]!,
    disputes:
      c.disputeCostCents <= 0
        ? 1
        : 1 -
          clamp01(
            c.disputeCostCents / (Math.max(c.annualVolumeCents, 1) * settings.disputeShareForZero),
          ),
  }));
}

/** Raw value behind each component, echoed in the explanation. */
export function rawComponents(customer: PriorityInput): Record<PriorityComponent, number> {
  return {
    volume: customer.annualVolumeCents,
    growth: customer.predictedAnnualValueCents / Math.max(customer.annualVolumeCents, 1),
    payment: customer.onTimePaymentShare,
    profitability: customer.marginRate,
    relationship: customer.relationshipYears,
    disputes: customer.disputeCostCents,
  };
}
