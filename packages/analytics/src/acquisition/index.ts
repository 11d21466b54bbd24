export {
  type AcquiredCustomer,
  type AcquisitionCosts,
  acquisitionCosts,
  type Budget,
  type ChannelAcquisition,
  type MonthAcquisition,
  type SpendEntry,
} from './acquisition-costs.ts';
export { addMonthsToMonth, monthOf, monthsFrom } from './calendar.ts';
export {
  type AcquisitionFacts,
  acquisitionChannelOf,
  type ChannelKey,
  countsAsAcquiredHere,
} from './channel.ts';
export {
  type CapitalCustomer,
  type CustomerCapital,
  customerCapital,
  type SeniorityYear,
} from './customer-capital.ts';
export {
  type AcquiredHistory,
  type DatedRevenue,
  MIN_CUSTOMERS_PER_POINT,
  type Payback,
  type PaybackPoint,
  type PaybackStatus,
  paybackOf,
} from './payback.ts';
