export interface SimpleClvInputs {
  /** Average amount per purchase, integer cents. */
  readonly averageBasketCents: number;
  /** How many times a customer buys in a year. */
  readonly purchasesPerYear: number;
  /** How many years the relationship lasts on average. */
  readonly yearsOfRelationship: number;
}

/**
 * Customer lifetime value, the seeds' formula: average basket × purchases per year × years of
 * relationship. It is undiscounted revenue, not margin — the simple figure a shop owner can check
 * by hand; the predictive models give the discounted, margin-based one.
 *
 * @returns the value in cents, rounded to the nearest cent.
 * @example
 * simpleClv({ averageBasketCents: 12_000, purchasesPerYear: 3, yearsOfRelationship: 4 }); // 144_000 (1 440 €)
 * simpleClv({ averageBasketCents: 20_000, purchasesPerYear: 1, yearsOfRelationship: 5 }); // 100_000 (1 000 €)
 */
export function simpleClv(inputs: SimpleClvInputs): number {
  const { averageBasketCents, purchasesPerYear, yearsOfRelationship } = inputs;
  for (const [name, value] of Object.entries(inputs)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`simpleClv: ${name} must be a finite number ≥ 0, got ${value}`);
    }
  }
  return Math.round(averageBasketCents * purchasesPerYear * yearsOfRelationship);
}
