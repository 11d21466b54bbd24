import {
  type CustomerSummary,
  PACKED_INDICES,
  PACKED_VALUES,
  packedIndex,
  packWithIndex,
  RFM_SEGMENT_LABELS,
  type RfmScore,
  type RfmSegment,
  type ValuePredictions,
} from '@habitue/analytics';
import { wholeCents } from './key-figures.ts';

/** The segments by their code in {@link CustomerColumns.rfm} (code 0: no score). */
const SEGMENTS = Object.keys(RFM_SEGMENT_LABELS) as RfmSegment[];

/** The per-customer predictions the customer list shows (NaN where a customer has none). */
export type PredictionColumn =
  | 'pAlive'
  | 'pAliveLow'
  | 'pAliveHigh'
  | 'expectedPurchases'
  | 'expectedPurchasesLow'
  | 'expectedPurchasesHigh'
  | 'expectedAvgSpendCents'
  | 'clvCents'
  | 'clvLowCents'
  | 'clvHighCents';

const PREDICTION_COLUMNS: readonly PredictionColumn[] = [
  'pAlive',
  'pAliveLow',
  'pAliveHigh',
  'expectedPurchases',
  'expectedPurchasesLow',
  'expectedPurchasesHigh',
  'expectedAvgSpendCents',
  'clvCents',
  'clvLowCents',
  'clvHighCents',
];

/**
 * The customer list as columns, one entry per listed customer in the list's order: plain
 * strings and typed arrays only, so that a part of it is copied to a worker thread cheaply
 * (no object per customer to clone).
 */
export interface CustomerColumns {
  ids: string[];
  frequency: Int32Array;
  recency: Float64Array;
  T: Float64Array;
  monetaryRepeatCents: Float64Array;
  monetaryAllCents: Float64Array;
  revenueCents: Float64Array;
  firstPurchaseDay: Int32Array;
  lastPurchaseDay: Int32Array;
  /** Absent columns: no purchase model (or no spend model for the money columns). */
  predictions: Partial<Record<PredictionColumn, Float64Array>>;
  /** Four bytes per customer: R, F and M scores and the segment's code (all 0: no score). */
  rfm: Uint8Array;
}

/**
 * The listed customers — every one with a purchase day — highest CLV first, then highest
 * revenue (as the report rounds them), then in file order, as {@link CustomerColumns}.
 */
export function listedCustomerColumns(
  ids: readonly string[],
  full: CustomerSummary,
  rfm: readonly (RfmScore | null)[],
  predictions: ValuePredictions | null,
): CustomerColumns {
  const listed: number[] = [];
  for (let c = 0; c < full.customerCount; c++) if (full.purchaseDays[c] !== 0) listed.push(c);
  // The keys as the report rounds them (whole cents), computed once per customer.
  const clv = predictions?.clvCents;
  const clvKey = new Float64Array(full.customerCount);
  const revenueKey = new Float64Array(full.customerCount);
  for (const c of listed) {
    clvKey[c] = clv && Number.isFinite(clv[c]!) ? wholeCents(clv[c]!) : 0;
    revenueKey[c] = wholeCents(full.revenueCents[c]!);
  }
  const order = listOrder(listed, clvKey, revenueKey);
  const n = order.length;
  const gather = <T extends Int32Array | Float64Array>(values: T): T => {
    const out = new (values.constructor as new (n: number) => T)(n);
    for (let i = 0; i < n; i++) out[i] = values[order[i]!]!;
    return out;
  };
  const scores = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    const score = rfm[order[i]!];
    if (!score) continue;
    scores[4 * i] = score.recency;
    scores[4 * i + 1] = score.frequencyScore;
    scores[4 * i + 2] = score.monetaryScore;
    scores[4 * i + 3] = SEGMENTS.indexOf(score.segment) + 1;
  }
  const gathered: CustomerColumns['predictions'] = {};
  for (const key of PREDICTION_COLUMNS) {
    const values = predictions?.[key];
    if (values) gathered[key] = gather(values);
  }
  return {
    ids: order.map((c) => ids[c]!),
    frequency: gather(full.frequency),
    recency: gather(full.recency),
    T: gather(full.T),
    monetaryRepeatCents: gather(full.monetaryRepeatCents),
    monetaryAllCents: gather(full.monetaryAllCents),
    revenueCents: gather(full.revenueCents),
    firstPurchaseDay: gather(full.firstPurchaseDay),
    lastPurchaseDay: gather(full.lastPurchaseDay),
    predictions: gathered,
    rfm: scores,
  };
}

/**
 * The listed customers (`listed`, ascending) highest CLV first, then highest revenue, then in
 * file order (the lower index), by whole cents. One numeric sort of packed keys (−CLV with the
 * index, {@link packWithIndex}: by CLV, then index) puts them in order but for the revenue within
 * equal CLVs, which only those runs then sort, by packed keys too: for 160,000 customers, a
 * fraction of the 100 ms of CPU one comparison sort of them took.
 */
function listOrder(listed: number[], clvKey: Float64Array, revenueKey: Float64Array): number[] {
  const byKeys = (a: number, b: number) =>
    clvKey[b]! - clvKey[a]! || revenueKey[b]! - revenueKey[a]! || a - b;
  const n = listed.length;
  const fits = n === 0 || listed[n - 1]! < PACKED_INDICES;
  if (!fits || listed.some((c) => !(Math.abs(clvKey[c]!) < PACKED_VALUES))) {
    return listed.sort(byKeys);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = packWithIndex(-clvKey[listed[i]!]!, listed[i]!);
  keys.sort();
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = packedIndex(keys[i]!);
  // Runs of equal CLV, in file order so far: sorted by revenue (then file order), packed the
  // same way (−revenue with the index) when the revenues fit.
  const runKeys = new Float64Array(n);
  for (let start = 0; start < n; ) {
    const value = clvKey[order[start]!]!;
    let end = start + 1;
    while (end < n && clvKey[order[end]!] === value) end++;
    if (end - start > 1) {
      const run = runKeys.subarray(0, end - start);
      let packed = true;
      for (let k = 0; k < run.length && packed; k++) {
        const c = order[start + k]!;
        packed = Math.abs(revenueKey[c]!) < PACKED_VALUES;
        run[k] = packWithIndex(-revenueKey[c]!, c);
      }
      if (packed) {
        run.sort();
        for (let k = 0; k < run.length; k++) order[start + k] = packedIndex(run[k]!);
      } else {
        const sorted = order.slice(start, end).sort(byKeys);
        for (let k = 0; k < sorted.length; k++) order[start + k] = sorted[k]!;
      }
    }
    start = end;
  }
  return order;
}

/** The segment of a code in {@link CustomerColumns.rfm}. */
export function segmentOfCode(code: number): RfmSegment {
  return SEGMENTS[code - 1]!;
}
