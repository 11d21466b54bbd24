/** A points program's rate, "100 points = 1 €". */
export type PointsRate = { points: number; cents: number };

/**
 * What a number of points is worth off the purchase, rounded down like the server's rule
 * (`centsForPoints` in the loyalty rules; shown before asking, the server's answer is final).
 * @example pointsWorth({ points: 100, cents: 100 }, 250) // 250
 */
export function pointsWorth(rate: PointsRate, points: number): number {
  return Math.floor((points * rate.cents) / rate.points);
}

/**
 * The points to suggest: enough to pay what is due, never more than the balance.
 * @example pointsToCover({ points: 100, cents: 100 }, 850, 2000) // 850
 */
export function pointsToCover(rate: PointsRate, dueCents: number, balance: number): number {
  const needed = Math.ceil((dueCents * rate.points) / rate.cents);
  return Math.max(0, Math.min(needed, balance));
}
