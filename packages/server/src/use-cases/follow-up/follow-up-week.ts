/**
 * Monday of the week containing `day` (days since 1970-01-01; 1 Jan 1970 was a Thursday).
 * @example weekStart(20_432) // 20_430: Thursday 10 Dec 2026 → Monday 7 Dec 2026
 */
export function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}
