export type { CustomerSummary, HoldoutCounts } from './customer-summary.ts';
export { type SortedTransactions, sortByCustomerAndDay } from './sort-by-customer-day.ts';
export { type SummaryOptions, summarizeCustomers } from './summarize-customers.ts';
export { daysPerUnit, NO_PURCHASE_DAY, type TimeUnit, type Transactions } from './transactions.ts';
