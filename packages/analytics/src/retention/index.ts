export { type CohortRow, cohortRetention } from './cohorts.ts';
export { churnRate, customerRetentionRate, type RetentionCountsInput } from './crr.ts';
export { type MonthKey, monthKeyUtc, monthKeyWithOffset, monthsBetween } from './month-key.ts';
export { repeatPurchaseRate } from './repeat-purchase-rate.ts';
export {
  type RetentionFromPurchases,
  type RetentionPeriod,
  retentionFromPurchases,
} from './retention-from-purchases.ts';
