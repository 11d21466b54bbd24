import {
  type CollectedTransactions,
  type CollectOptions,
  collectTransactions,
} from '../src/collect-transactions.ts';
import { readTable } from '../src/read-table.ts';

/** A CSV written as a French till or Excel would: lines joined with CRLF, UTF-8. */
export const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

/** The reader's whole path, bytes to transactions, as `habitue analyze` runs it. */
export async function collect(
  bytes: Uint8Array,
  options: Partial<CollectOptions> = {},
): Promise<CollectedTransactions> {
  return collectTransactions(await readTable(bytes), {
    overrides: {},
    asOfDay: null,
    keepDuplicates: false,
    ...options,
  });
}

/** Revenue in cents per customer id, in order of first appearance. */
export function revenueByCustomer(collected: CollectedTransactions): Record<string, number> {
  const { customer, amountCents } = collected.transactions;
  const revenue: Record<string, number> = {};
  for (const id of collected.customerIds) revenue[id] = 0;
  customer.forEach((c, i) => {
    const id = collected.customerIds[c]!;
    revenue[id] = revenue[id]! + amountCents[i]!;
  });
  return revenue;
}

/** The header of the column chosen for a role, for readable assertions. */
export function columnName(collected: CollectedTransactions, index: number | null): string | null {
  return index === null ? null : (collected.columns.headers[index] ?? null);
}
