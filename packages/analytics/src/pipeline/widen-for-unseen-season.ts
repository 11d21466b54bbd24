import { widenForUnseen } from '../seasons/unseen-season.ts';
import type { Estimate, ValuePredictions } from './predict-value.ts';

/**
 * The predictions with the intervals of expected purchases and CLV widened for the share of the
 * horizon in months the history never covered (P(alive) looks back, not forward: unchanged).
 */
export function widenForUnseenSeason(p: ValuePredictions, share: number): ValuePredictions {
  const widenArrays = (low: Float64Array | null, high: Float64Array | null) => {
    if (!low || !high) return;
    for (let c = 0; c < low.length; c++) {
      if (Number.isNaN(low[c]!)) continue;
      [low[c], high[c]] = widenForUnseen(low[c]!, high[c]!, share);
    }
  };
  widenArrays(p.expectedPurchasesLow, p.expectedPurchasesHigh);
  widenArrays(p.clvLowCents, p.clvHighCents);
  const widen = (e: Estimate): Estimate => {
    const [low, high] = widenForUnseen(e.low, e.high, share);
    return { value: e.value, low, high };
  };
  return {
    ...p,
    totals: {
      ...p.totals,
      expectedPurchases: widen(p.totals.expectedPurchases),
      clvCents: p.totals.clvCents && widen(p.totals.clvCents),
    },
  };
}
