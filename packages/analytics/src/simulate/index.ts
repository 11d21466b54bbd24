/** Seeded shop-history simulator and the random numbers it runs on. */
export * from '../random/index.ts';
export { toModelDays, toTimestamp } from './business-clock.ts';
export type { CustomerTimeline, LatentCustomer } from './customer-history.ts';
export { BOULANGERIE, type ShopParameters, type ShopSimulationOptions } from './options.ts';
export {
  type ShopHistory,
  type SimulatedCustomer,
  type SimulatedTransaction,
  simulateShopHistory,
} from './simulate-shop-history.ts';
