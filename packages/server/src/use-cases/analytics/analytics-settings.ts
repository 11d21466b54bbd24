import type { Tx } from '../../db/tenant.ts';
import { findValueSettings, type ValueSettings } from '../../repositories/value-settings.ts';

/**
 * How a merchant's customer value is computed. Margin and discount rate are the shop's own
 * (Réglages → Valeur client), the rest are the product's; every response states the values it
 * used.
 */
export interface AnalyticsSettings {
  /** Share of revenue kept as gross margin, for the predictive CLV (a bakery keeps ~30 % after ingredients and wages). */
  marginRate: number;
  /** Discount rate per month applied to future margin (1 %/month ≈ 12.7 %/year). */
  monthlyDiscountRate: number;
  /** Horizon of the predictions, in months. */
  horizonMonths: number;
  /** Below this P(alive), a customer who came back at least once is "slipping away". */
  slippingAwayPAlive: number;
  /** After this long, figures are recomputed even if no purchase was recorded (recency moves on). */
  maxAgeMinutes: number;
}

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  marginRate: 0.3,
  monthlyDiscountRate: 0.01,
  horizonMonths: 12,
  slippingAwayPAlive: 0.5,
  maxAgeMinutes: 15,
};

/** The defaults a shop's value settings fall back to, in basis points as the shop sets them. */
export const DEFAULT_VALUE_SETTINGS = {
  marginRateBp: Math.round(DEFAULT_ANALYTICS_SETTINGS.marginRate * 10_000),
  annualDiscountRateBp: Math.round(
    ((1 + DEFAULT_ANALYTICS_SETTINGS.monthlyDiscountRate) ** 12 - 1) * 10_000,
  ),
} as const;

/**
 * A shop's settings from its value settings (null: the default).
 * @example analyticsSettingsOf({ marginRateBp: 6000, annualDiscountRateBp: null }).marginRate // 0.6
 */
export function analyticsSettingsOf(value: ValueSettings): AnalyticsSettings {
  return {
    ...DEFAULT_ANALYTICS_SETTINGS,
    ...(value.marginRateBp === null ? {} : { marginRate: value.marginRateBp / 10_000 }),
    ...(value.annualDiscountRateBp === null
      ? {}
      : { monthlyDiscountRate: (1 + value.annualDiscountRateBp / 10_000) ** (1 / 12) - 1 }),
  };
}

/** The settings of one merchant, read in the caller's transaction. */
export async function loadAnalyticsSettings(
  tx: Tx,
  merchantId: string,
): Promise<AnalyticsSettings> {
  return analyticsSettingsOf(await findValueSettings(tx, merchantId));
}

/** Figures computed at `computedAt` are younger than the max age (recency and T move with the clock). */
export function freshFor(computedAt: Date, now: Date, settings: AnalyticsSettings): boolean {
  const age = now.getTime() - computedAt.getTime();
  return age >= 0 && age < settings.maxAgeMinutes * 60_000;
}

/** Whether figures computed with `b` (as stored, possibly another version's shape) used `a`. */
export function sameSettings(a: AnalyticsSettings, b: unknown): boolean {
  const other = (b ?? {}) as Record<string, unknown>;
  return (Object.keys(a) as (keyof AnalyticsSettings)[]).every((key) => a[key] === other[key]);
}
