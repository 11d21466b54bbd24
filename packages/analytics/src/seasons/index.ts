/** The shop's seasons: month-of-year effects on the purchase rate (docs/analytics/seasons.md). */
export { estimateSeasons, MIN_SEASON_DAYS, type SeasonsEstimate } from './estimate-seasons.ts';
export { type PurchaseCalendar, purchaseCalendar } from './purchase-calendar.ts';
export { type SeasonExtreme, seasonExtremes } from './season-extremes.ts';
export { type SeasonalClock, seasonalClock } from './seasonal-clock.ts';
export { seasonalModel } from './seasonal-model.ts';
export { UNSEEN_SEASON_SPREAD, unseenShare, widenForUnseen } from './unseen-season.ts';
export { warpSummary } from './warp-summary.ts';
