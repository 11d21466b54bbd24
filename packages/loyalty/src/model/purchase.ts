/** One line of a receipt. Quantities are whole units (a coupe, a wash, a billed hour). */
export interface PurchaseItem {
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly quantity: number;
  readonly unitPriceCents: number;
}

/** A purchase as the counter or a POS reports it. `amountCents` is what the customer paid. */
export interface Purchase {
  readonly id: string;
  readonly amountCents: number;
  readonly items?: readonly PurchaseItem[] | undefined;
}
