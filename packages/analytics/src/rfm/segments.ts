import type { Score } from './quintile.ts';

export type RfmSegment =
  | 'champions'
  | 'loyal'
  | 'potentialLoyalist'
  | 'new'
  | 'promising'
  | 'needAttention'
  | 'aboutToSleep'
  | 'atRisk'
  | 'cantLoseThem'
  | 'hibernating'
  | 'lost';

/** Display names, English and French, for a customer list or a chart legend. */
export const RFM_SEGMENT_LABELS: Readonly<Record<RfmSegment, { en: string; fr: string }>> = {
  champions: { en: 'Champions', fr: 'Champions' },
  loyal: { en: 'Loyal', fr: 'Fidèles' },
  potentialLoyalist: { en: 'Potential loyalist', fr: 'Fidèles potentiels' },
  new: { en: 'New', fr: 'Nouveaux' },
  promising: { en: 'Promising', fr: 'Prometteurs' },
  needAttention: { en: 'Need attention', fr: 'À surveiller' },
  aboutToSleep: { en: 'About to sleep', fr: 'Sur le point de décrocher' },
  atRisk: { en: 'At risk', fr: 'À risque' },
  cantLoseThem: { en: "Can't lose them", fr: 'À ne pas perdre' },
  hibernating: { en: 'Hibernating', fr: 'En sommeil' },
  lost: { en: 'Lost', fr: 'Perdus' },
};

/**
 * The R × FM grid: row = recency score (5 first), column = FM score 1…5. It is the widely used
 * RFM segment grid (recent and frequent = champions; frequent but gone = can't lose them), with
 * the bottom-left cell split off as "lost".
 */
const GRID: Readonly<
  Record<Score, readonly [RfmSegment, RfmSegment, RfmSegment, RfmSegment, RfmSegment]>
> = {
  5: ['new', 'potentialLoyalist', 'potentialLoyalist', 'champions', 'champions'],
  4: ['promising', 'potentialLoyalist', 'potentialLoyalist', 'loyal', 'loyal'],
  3: ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  2: ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLoseThem'],
  1: ['lost', 'hibernating', 'atRisk', 'atRisk', 'cantLoseThem'],
};

/**
 * FM score: the mean of F and M, halves rounded up (F 4, M 5 → 5), so a customer strong on one
 * axis is not pulled below a customer average on both.
 *
 * @example
 * fmScore(4, 5); // 5
 * fmScore(2, 2); // 2
 */
export function fmScore(frequency: Score, monetary: Score): Score {
  return Math.ceil((frequency + monetary) / 2) as Score;
}

/**
 * Named segment for a recency score and an FM score, from the grid documented in
 * docs/analytics/measures.md.
 *
 * @example
 * rfmSegment(5, 5); // 'champions'
 * rfmSegment(1, 5); // 'cantLoseThem'
 * rfmSegment(1, 1); // 'lost'
 */
export function rfmSegment(recency: Score, fm: Score): RfmSegment {
  return GRID[recency][fm - 1]!;
}
