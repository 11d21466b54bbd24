/** One line of an imported file that records a sale (or a cancellation), once typed. */
export interface PurchaseLine {
  /** Line (row in XLSX) of the file, for the report. */
  line: number;
  identity: string;
  /** How the customer is known in the file (number, email or phone), as the import resolves it. */
  customerKey: string;
  day: number;
  amountCents: number;
  invoice: string | null;
  item: string | null;
  quantity: number | null;
  unitPriceCents: number | null;
}

/** One purchase: the lines of one receipt or invoice number, or a line alone without one. */
export interface ImportedPurchase {
  /** The identity of the purchase: its invoice, or the identity of its only line. */
  identity: string;
  customerKey: string;
  day: number;
  invoice: string | null;
  /** Sum of the lines, negative for a cancellation or credit note. */
  amountCents: number;
  items: {
    identity: string;
    line: number;
    item: string | null;
    quantity: number | null;
    unitPriceCents: number | null;
    amountCents: number;
  }[];
}

/** A line whose receipt number was already used for another customer: it is not guessed. */
export interface PurchaseLineConflict {
  line: number;
  problem: 'invoice-of-another-customer';
}

/**
 * Lines → purchases: the lines of one receipt or invoice number form one purchase with its
 * items, in the order of the file; identical lines on a receipt stay separate items. The
 * purchase takes the customer and day of its first line. A cancellation has its own number
 * (C536379, AV1001) and negative lines, and stays a purchase of its own: it is netted against
 * the sale in the customer's totals, never merged into it.
 */
export function groupPurchases(lines: readonly PurchaseLine[]): {
  purchases: ImportedPurchase[];
  conflicts: PurchaseLineConflict[];
} {
  const grouper = new PurchaseGrouper();
  for (const line of lines) grouper.add(line);
  return grouper.result();
}

/**
 * {@link groupPurchases} a line at a time, for a file read a slice at a time: a line without a
 * receipt number is a whole purchase as soon as it is read, and is handed out by
 * {@link takeComplete} (a receipt can have more lines further down the file, so it is whole
 * only at the end).
 */
export class PurchaseGrouper {
  private readonly purchases: ImportedPurchase[] = [];
  private readonly byInvoice = new Map<string, ImportedPurchase>();
  private readonly conflicts: PurchaseLineConflict[] = [];
  private complete: ImportedPurchase[] = [];

  add(line: PurchaseLine): void {
    const item = {
      identity: line.identity,
      line: line.line,
      item: line.item,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      amountCents: line.amountCents,
    };
    const existing = line.invoice === null ? undefined : this.byInvoice.get(line.invoice);
    if (existing) {
      if (existing.customerKey !== line.customerKey) {
        this.conflicts.push({ line: line.line, problem: 'invoice-of-another-customer' });
        return;
      }
      existing.items.push(item);
      existing.amountCents += line.amountCents;
      return;
    }
    const purchase: ImportedPurchase = {
      identity: line.invoice === null ? line.identity : `invoice:${line.invoice}`,
      customerKey: line.customerKey,
      day: line.day,
      invoice: line.invoice,
      amountCents: line.amountCents,
      items: [item],
    };
    this.purchases.push(purchase);
    if (line.invoice !== null) this.byInvoice.set(line.invoice, purchase);
    else this.complete.push(purchase);
  }

  /** The purchases that no later line can change, added since the last call. */
  takeComplete(): ImportedPurchase[] {
    const complete = this.complete;
    this.complete = [];
    return complete;
  }

  /** Every purchase, in the order of the file, and the lines left out. */
  result(): { purchases: ImportedPurchase[]; conflicts: PurchaseLineConflict[] } {
    return { purchases: this.purchases, conflicts: this.conflicts };
  }
}
