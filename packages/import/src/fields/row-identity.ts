import { hash as digest } from 'node:crypto';
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
    // The one-shot digest: the same SHA-256 as a Hash object, without one per row.
    const hash = digest('sha256', content, 'base64url').slice(0, 32);
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
  return rowContentOf(mapping)(cell);
}

/** {@link rowContent} for every row of one file: the fields sorted once. */
export function rowContentOf(mapping: FieldMapping): (cell: (column: number) => Cell) => string {
  const fields = (Object.keys(mapping) as ImportField[]).sort();
  const columns = fields.map((field) => mapping[field]!);
  const labels = fields.map((field, i) => `${i === 0 ? '' : '\u001f'}${field}=`);
  return (cell) => {
    let content = '';
    for (let i = 0; i < columns.length; i++) content += labels[i]! + cellText(cell(columns[i]!));
    return content;
  };
}

function cellText(value: Cell): string {
  if (value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value).trim();
}
