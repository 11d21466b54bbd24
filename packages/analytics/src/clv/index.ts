export { type HistoricalClv, historicalClv, type MarginRule, marginOf } from './historical-clv.ts';
export {
  DAY_MS,
  DAYS_PER_YEAR,
  groupByCustomer,
  type Purchase,
  purchasesBetween,
} from './purchase.ts';
export { type SimpleClvInputs, simpleClv } from './simple-clv.ts';
export {
  type SimpleClvFromPurchases,
  simpleClvFromPurchases,
} from './simple-clv-from-purchases.ts';
