export { midRanks, quintileScores, type Score } from './quintile.ts';
export { type RfmInput, type RfmScore, rfmFromPurchases, rfmScores } from './rfm-scores.ts';
export { fmScore, RFM_SEGMENT_LABELS, type RfmSegment, rfmSegment } from './segments.ts';
