import type { AnalyticsCustomerRow } from '../repositories/analytics-history.ts';
import { nextTurn } from './metrics-messages.ts';

/**
 * The customers as they cross from the worker: a few long strings and typed arrays instead of
 * 100,000 objects. Receiving objects means deserialising each of their fields on the server
 * thread at once (a second at 100,000 customers on a busy machine); strings and typed arrays
 * are copied or moved whole, and the rows are rebuilt from them a slice at a time.
 */
export type CustomerColumns = {
  count: number;
  /** Each text column's values joined by NUL, which PostgreSQL text never contains. */
  ids: string;
  firstNames: string;
  lastNames: string;
  emails: string;
  companies: string;
  /** Which of first name, last name, email, company are null: four bits per customer. */
  nulls: Uint8Array;
  /** Epoch ms; NaN for a null `member_since`. */
  customerSince: Float64Array;
  memberSince: Float64Array;
};

const SEPARATOR = '\u0000';
const TEXT = ['first_name', 'last_name', 'email', 'company'] as const;

export function customerColumns(rows: readonly AnalyticsCustomerRow[]): CustomerColumns {
  const nulls = new Uint8Array(rows.length);
  const customerSince = new Float64Array(rows.length);
  const memberSince = new Float64Array(rows.length);
  const texts: string[][] = TEXT.map(() => new Array(rows.length));
  rows.forEach((row, i) => {
    TEXT.forEach((column, k) => {
      const value = row[column];
      if (value === null) nulls[i]! |= 1 << k;
      texts[k]![i] = value ?? '';
    });
    customerSince[i] = row.customer_since.getTime();
    memberSince[i] = row.member_since === null ? Number.NaN : row.member_since.getTime();
  });
  const [firstNames, lastNames, emails, companies] = texts.map((t) => t.join(SEPARATOR));
  return {
    count: rows.length,
    ids: rows.map((r) => r.id).join(SEPARATOR),
    firstNames: firstNames!,
    lastNames: lastNames!,
    emails: emails!,
    companies: companies!,
    nulls,
    customerSince,
    memberSince,
  };
}

/** What `customerColumns` moves rather than copies. */
export function columnBuffers(columns: CustomerColumns): ArrayBuffer[] {
  return [columns.nulls, columns.customerSince, columns.memberSince].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/**
 * The rows again, appended to `rows` `slice` at a time with a turn of the event loop between
 * slices (and between splitting the text columns), so that no request waits behind them.
 */
export async function appendRows(
  rows: AnalyticsCustomerRow[],
  columns: CustomerColumns,
  onRow: (row: AnalyticsCustomerRow, index: number) => void,
  slice = 5_000,
): Promise<void> {
  // Read as they go (one string split in one go would take its whole column in one turn).
  const texts = [columns.firstNames, columns.lastNames, columns.emails, columns.companies];
  const at = [0, 0, 0, 0];
  let idAt = 0;
  const next = (text: string, from: number): [string, number] => {
    const end = text.indexOf(SEPARATOR, from);
    const to = end < 0 ? text.length : end;
    return [text.slice(from, to), to + 1];
  };
  for (let start = 0; start < columns.count; start += slice) {
    const end = Math.min(columns.count, start + slice);
    for (let i = start; i < end; i++) {
      const nulls = columns.nulls[i]!;
      const values = texts.map((text, k) => {
        const [value, after] = next(text, at[k]!);
        at[k] = after;
        return nulls & (1 << k) ? null : value;
      });
      const [id, afterId] = next(columns.ids, idAt);
      idAt = afterId;
      const member = columns.memberSince[i]!;
      const row: AnalyticsCustomerRow = {
        id,
        first_name: values[0]!,
        last_name: values[1]!,
        email: values[2]!,
        company: values[3]!,
        customer_since: new Date(columns.customerSince[i]!),
        member_since: Number.isNaN(member) ? null : new Date(member),
      };
      onRow(row, rows.length);
      rows.push(row);
    }
    await nextTurn();
  }
}
