import { createHash } from 'node:crypto';
import type { Cell } from '../table.ts';
import type { ImportField } from './import-fields.ts';
import type { FieldMapping } from './map-columns.ts';

/**
 * The identity of each row of an imported file, so that importing the same file twice adds
 * nothing the second time. A row with a receipt or invoice number is that number and its line on
 * the receipt (1, 2…, in file order); a row without one is a hash of its content plus which
 * repeat of that content it is, so that two identical rows stay two purchases.
 *
 * @example
 * const ids = new RowIdentities();
 * ids.next('F1', '…'); // 'invoice:F1:1'
 * ids.next('F1', '…'); // 'invoice:F1:2'
 */
export class RowIdentities {
  private readonly linesPerInvoice = new Map<string, number>();
  private readonly repeats = new Map<string, number>();

  /** The next row's identity, from its invoice number (or null) and its {@link rowContent}. */
  next(invoice: string | null, content: string): string {
    if (invoice !== null && invoice !== '') {
      const line = (this.linesPerInvoice.get(invoice) ?? 0) + 1;
      this.linesPerInvoice.set(invoice, line);
      return `invoice:${invoice}:${line}`;
    }
    const hash = createHash('sha256').update(content).digest('base64url').slice(0, 32);
    const repeat = (this.repeats.get(hash) ?? 0) + 1;
    this.repeats.set(hash, repeat);
    return `content:${hash}:${repeat}`;
  }
}

/**
 * The content of a row that its identity is made of: the mapped cells only, by field name, so
 * that a column added to a later export, or columns in another order, keep the identities.
 */
export function rowContent(cell: (column: number) => Cell, mapping: FieldMapping): string {
  return (Object.keys(mapping) as ImportField[])
    .sort()
    .map((field) => `${field}=${cellText(cell(mapping[field]!))}`)
    .join('\u001f');
}

function cellText(value: Cell): string {
  if (value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value).trim();
}
