const DAY_BITS = 2 ** 21;
const MAX_FREQUENCY = 2 ** 10;

/**
 * Map keys for a customer's (x, t_x, T) and (x, T): numbers packed from the whole days behind
 * t_x and T when they fit in 53 bits (no string per customer), else text. A time that is not a
 * whole number of days in the summary's unit also falls back to text, so two different
 * histories never share a key.
 *
 * @example
 * const keys = historyKeys(7); // times in weeks
 * keys.history(2, 1, 3); // (2 · 2²¹ + 7) · 2²¹ + 21
 * keys.pair(2, 0.5); // '2,0.5' (half a week is not a whole number of days)
 */
export function historyKeys(daysPerUnit: number) {
  const days = (time: number) => {
    const d = Math.round(time * daysPerUnit);
    return d >= 0 && d < DAY_BITS && d / daysPerUnit === time ? d : -1;
  };
  const packable = (x: number) => Number.isInteger(x) && x >= 0 && x < MAX_FREQUENCY;
  return {
    history(x: number, recency: number, T: number): number | string {
      const [r, t] = [days(recency), days(T)];
      if (!packable(x) || r < 0 || t < 0) return `${x},${recency},${T}`;
      return (x * DAY_BITS + r) * DAY_BITS + t;
    },
    pair(x: number, T: number): number | string {
      const t = days(T);
      return packable(x) && t >= 0 ? x * DAY_BITS + t : `${x},${T}`;
    },
  };
}
