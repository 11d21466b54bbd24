/**
 * Parameters of a simulated shop. Rates are per day; amounts are in cents. The purchase process is
 * BG/NBD (Fader, Hardie & Lee 2005) and the basket process Gamma-Gamma (Fader, Hardie & Lee 2005b),
 * so a model fitted on the output should find these numbers again.
 */
export interface ShopParameters {
  /** Mean number of new customers per day, before weekday and seasonal weights. */
  readonly arrivalsPerDay: number;
  /** Relative arrival weights, Sunday first; normalised to mean 1. */
  readonly weekdayWeights: readonly [number, number, number, number, number, number, number];
  /** Arrivals × (1 + amplitude × cos(2π (day of year − peak) / 365.24)). */
  readonly seasonality: { readonly amplitude: number; readonly peakDayOfYear: number };
  /**
   * Seasons of the purchase rate: a customer's rate on a day is λ × (1 + amplitude × cos(2π (day
   * of year − peak) / 365.24)). Absent (or amplitude 0): the rate is the same all year.
   */
  readonly purchaseSeasonality?: { readonly amplitude: number; readonly peakDayOfYear: number };
  /** Purchase rate λ ~ Gamma(shape r, rate α), purchases per day while alive. */
  readonly purchaseRate: { readonly r: number; readonly alpha: number };
  /** Dropout probability after each repeat purchase, p ~ Beta(a, b). */
  readonly dropout: { readonly a: number; readonly b: number };
  /** Spend: ν ~ Gamma(q, rate γ) per customer, each basket ~ Gamma(p, rate ν), in cents. */
  readonly spend: { readonly p: number; readonly q: number; readonly gamma: number };
  /** Opening hours in minutes after local midnight: purchases fall between them. */
  readonly openingHours: { readonly opensAt: number; readonly closesAt: number };
  /**
   * Loyalty membership: each customer is a member with probability `share`, from the later of
   * their first visit and `launchAt`; from then their purchase rate is multiplied by
   * `frequencyLift` (1 = the program changes nothing). `selection` > 0 makes frequent buyers
   * likelier to join (self-selection): logit P(member) = logit(share) + selection × ln(λ / E[λ]),
   * so `share` is then the share of a customer of average rate. `null` = no program.
   */
  readonly membership: {
    readonly share: number;
    readonly frequencyLift: number;
    readonly launchAt?: number;
    readonly selection?: number;
  } | null;
}

export interface ShopSimulationOptions extends Partial<ShopParameters> {
  readonly seed: number;
  /** Local midnight of the first day, ms since epoch (the merchant's time zone is the caller's). */
  readonly start: number;
  /** End of the history, ms since epoch, exclusive. */
  readonly end: number;
}

/**
 * A French boulangerie over two years, about 2 000 identified customers: a few daily regulars,
 * many occasional and one-off visitors, baskets mostly between 4 € and 15 €. Reasons for each
 * number are in docs/demo-data.md.
 */
export const BOULANGERIE: ShopParameters = {
  arrivalsPerDay: 2.75,
  // Sunday busiest (pastries, the weekend baguette), Monday quiet, Saturday market day.
  weekdayWeights: [1.6, 0.6, 0.9, 0.9, 0.9, 1.0, 1.3],
  // More newcomers in December (galettes, bûches) than in August (holidays).
  seasonality: { amplitude: 0.2, peakDayOfYear: 350 },
  // Mean λ = 0.3 / 6 = 0.05 purchase a day (18 a year); shape 0.3 → most rare, a few daily.
  purchaseRate: { r: 0.3, alpha: 6 },
  // Mean p = 0.5 / 30.5 ≈ 1.6 %, shape 0.5 → most customers stay for years, some leave soon.
  dropout: { a: 0.5, b: 30 },
  // Per-customer mean basket p γ / (q − 1) = 6 × 1 050 / 7 = 900 cents (9 €); CV of a basket 41 %.
  spend: { p: 6, q: 8, gamma: 1_050 },
  openingHours: { opensAt: 7 * 60, closesAt: 19 * 60 + 30 },
  membership: { share: 0.35, frequencyLift: 1 },
};
