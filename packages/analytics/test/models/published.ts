/**
 * Published CDNOW estimates. BG/NBD and Pareto/NBD: Fader, Hardie & Lee (2005), "Counting Your
 * Customers the Easy Way" and "A note on deriving the Pareto/NBD model…", also reproduced by
 * lifetimes. Gamma-Gamma: lifetimes' documentation of the FHL (2005) "RFM and CLV" model on
 * cdnow_customers_summary_with_transactions.csv.
 */
export const PUBLISHED = {
  bgNbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258, logLikelihood: -9582.43 },
  bgNbdCustomer1: { expected39Weeks: 1.2259, probabilityAlive: 0.7266 },
  paretoNbd: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667, logLikelihood: -9594.97 },
  gammaGamma: { p: 6.2488, q: 3.7446, gamma: 15.4477 },
};

/** |actual − expected| ≤ 5e-4 · |expected|: agreement to (at least) 3 significant digits. */
export function agreesTo3Digits(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 5e-4 * Math.abs(expected);
}
