import { descendingOrder } from './descending-order.ts';

/**
 * How well a forecast ranks customers: the Gini of the actual values ordered by the forecast,
 * divided by the Gini of the actual values ordered by themselves. 1: the forecast orders
 * customers exactly as they turned out; 0: no better than chance; NaN when nothing happened.
 *
 * @example
 * normalisedGini([0, 1, 5], [0.1, 0.5, 2]); // 1
 * normalisedGini([5, 1, 0], [0.1, 0.5, 2]); // −1 (exactly backwards)
 */
export function normalisedGini(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const best = gini(actual, actual);
  return best === 0 ? Number.NaN : gini(actual, predicted) / best;
}

function gini(actual: ArrayLike<number>, order: ArrayLike<number>): number {
  const n = actual.length;
  const index = descendingOrder(order);
  let total = 0;
  for (let i = 0; i < n; i++) total += actual[i]!;
  if (total === 0 || n === 0) return 0;
  let cumulative = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    cumulative += actual[index[k]!]!;
    sum += cumulative / total - (k + 1) / n;
  }
  return sum / n;
}
