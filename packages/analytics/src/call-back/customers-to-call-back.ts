import type { RfmSegment } from '../rfm/segments.ts';

/** Below this probability of still being active, a customer is "probably gone or leaving". */
export const SLIPPING_AWAY_P_ALIVE = 0.5;

/** The good customers the RFM's past view says are gone: the ones worth calling first. */
export const SLIPPING_SEGMENTS: readonly RfmSegment[] = ['cantLoseThem', 'atRisk'];

/**
 * Which view chose the list, and why:
 * - `model`: the purchase model sees customers leave; the list is theirs;
 * - `no-model`: no purchase model could be fitted, the RFM segments speak alone;
 * - `no-dropout`: the model was fitted at its no-dropout boundary (it assumes nobody leaves,
 *   every P(alive) is 1), so its silence says nothing about departures;
 * - `nobody-leaving`: the model was fitted but puts no repeat customer under the threshold.
 */
export type CallBackBasis = 'model' | 'no-model' | 'no-dropout' | 'nobody-leaving';

/** Why one customer is on the list: the model's P(alive), or their RFM segment. */
export type CallBackReason = 'p-alive' | 'cantLoseThem' | 'atRisk';

/** Per-customer columns, index = customer (typed arrays or plain arrays alike). */
export interface CallBackInput {
  /** Repeat purchases (purchase days − 1); customers without a purchase are left out by NaN or < 0. */
  frequency: ArrayLike<number>;
  /** Past revenue, the ranking value (any unit, the same for everyone). */
  value: ArrayLike<number>;
  /** RFM segment; null for a customer without a purchase. */
  segment: ArrayLike<RfmSegment | null>;
  /** The chosen purchase model's P(alive); null when no model was fitted. */
  pAlive: ArrayLike<number> | null;
  /** The chosen model carries the `no-dropout` warning (a fit at its boundary). */
  noDropout: boolean;
}

export interface CallBackOptions {
  /** P(alive) under which a repeat customer counts as leaving (default {@link SLIPPING_AWAY_P_ALIVE}). */
  threshold?: number;
  /** How many customers to return (default: all). */
  top?: number;
}

export interface CallBackList {
  /** `model` when the model's P(alive) chose the list, `rfm` when the RFM segments did. */
  view: 'model' | 'rfm';
  basis: CallBackBasis;
  /** Customers who qualify, before `top`. */
  total: number;
  /** Highest past value first (ties: lower index first), each with why it is there. */
  customers: { index: number; reason: CallBackReason }[];
}

/**
 * The one rule for "customers slipping away", shared by the dashboard and `habitue analyze`
 * (docs/analytics/slipping-away.md). With a model that sees departures: repeat customers
 * whose P(alive) is under the threshold. Otherwise — no model, a no-dropout fit, or nobody under
 * the threshold — the RFM's "can't lose them" and "at risk" segments, so the list is never
 * empty while the RFM counts good customers as gone. Ranked by past value.
 *
 * @example
 * customersToCallBack(
 *   { frequency: [3, 2, 0], value: [500, 900, 80], segment: ['atRisk', 'loyal', 'lost'],
 *     pAlive: [0.2, 0.9, 0.1], noDropout: false },
 * ); // { view: 'model', basis: 'model', total: 1, customers: [{ index: 0, reason: 'p-alive' }] }
 */
export function customersToCallBack(
  input: CallBackInput,
  options: CallBackOptions = {},
): CallBackList {
  const threshold = options.threshold ?? SLIPPING_AWAY_P_ALIVE;
  const n = input.frequency.length;
  const byModel: number[] = [];
  if (input.pAlive && !input.noDropout) {
    for (let c = 0; c < n; c++) {
      const p = input.pAlive[c]!;
      if (input.frequency[c]! > 0 && Number.isFinite(p) && p < threshold) byModel.push(c);
    }
  }
  const basis: CallBackBasis = !input.pAlive
    ? 'no-model'
    : input.noDropout
      ? 'no-dropout'
      : byModel.length === 0
        ? 'nobody-leaving'
        : 'model';
  const chosen = basis === 'model' ? byModel : bySegment(input);
  const v = input.value;
  chosen.sort((a, b) => v[b]! - v[a]! || a - b);
  const top = chosen.slice(0, options.top ?? chosen.length);
  return {
    view: basis === 'model' ? 'model' : 'rfm',
    basis,
    total: chosen.length,
    customers: top.map((index) => ({
      index,
      reason: basis === 'model' ? 'p-alive' : (input.segment[index] as 'cantLoseThem' | 'atRisk'),
    })),
  };
}

function bySegment(input: CallBackInput): number[] {
  const found: number[] = [];
  for (let c = 0; c < input.segment.length; c++) {
    const s = input.segment[c];
    if (s && SLIPPING_SEGMENTS.includes(s)) found.push(c);
  }
  return found;
}
