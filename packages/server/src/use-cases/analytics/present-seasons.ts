import { type SeasonsReport, seasonExtremes } from '@habitue/analytics';

/**
 * What the forecast knows of the shop's year: the monthly factors when a year of history gave
 * them, else which months were never seen and how much of the horizon falls in them.
 */
export function presentSeasons(seasons: SeasonsReport) {
  const estimate = seasons.estimate;
  return {
    status: estimate?.status ?? ('off' as const),
    monthly: estimate?.status === 'estimated' ? estimate.monthly : null,
    /** The busiest and quietest months; null when the year is flat within 5 % or unknown. */
    extremes: estimate?.status === 'estimated' ? seasonExtremes(estimate.monthly) : null,
    coveredMonths: estimate?.status === 'too-short' ? estimate.covered : null,
    historyDays: estimate?.days ?? null,
    unseenShare: seasons.unseenShare,
    explanationKey: 'seasons',
  };
}
