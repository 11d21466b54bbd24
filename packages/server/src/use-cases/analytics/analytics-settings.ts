/**
 * How a merchant's customer value is computed. These are the defaults every merchant gets until
 * the settings page lets an owner change them; every response states the values it used.
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

/** The settings of one merchant (the defaults, until they are stored per merchant). */
export function analyticsSettingsFor(_merchantId: string): AnalyticsSettings {
  return DEFAULT_ANALYTICS_SETTINGS;
}
