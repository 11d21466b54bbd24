export interface Profitability {
  /** Net spend × margin rate, cents. */
  readonly marginCents: number;
  readonly servingCostCents: number;
  /** marginCents − servingCostCents (seed 003: « indice de rentabilité du client »). */
  readonly profitCents: number;
  /** profit / net spend: the share of what they spend that the shop keeps; null without spend. */
  readonly profitRate: number | null;
}

/**
 * The profitability index of a customer or an account: the margin they bring minus what
 * serving them costs (time, concessions, late payments: `servingCost` on the server).
 * @example
 * profitability({ netSpendCents: 1_000_000, marginRate: 0.3, servingCostCents: 50_000 });
 * // { marginCents: 300_000, servingCostCents: 50_000, profitCents: 250_000, profitRate: 0.25 }
 */
export function profitability(input: {
  readonly netSpendCents: number;
  readonly marginRate: number;
  readonly servingCostCents: number;
}): Profitability {
  const marginCents = Math.round(input.netSpendCents * input.marginRate);
  const profitCents = marginCents - input.servingCostCents;
  return {
    marginCents,
    servingCostCents: input.servingCostCents,
    profitCents,
    profitRate: input.netSpendCents > 0 ? profitCents / input.netSpendCents : null,
  };
}
