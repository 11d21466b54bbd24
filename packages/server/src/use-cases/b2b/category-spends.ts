import type { CategorySpend } from '@habitue/analytics';

/** Rows (account, category, cents) → one spend record per account. */
export function categorySpends(
  rows: readonly { account_id: string; category: string; cents: number }[],
): CategorySpend[] {
  const byAccount = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const categories = byAccount.get(row.account_id) ?? {};
    categories[row.category] = (categories[row.category] ?? 0) + row.cents;
    byAccount.set(row.account_id, categories);
  }
  return [...byAccount].map(([accountId, byCategory]) => ({ accountId, byCategory }));
}
