import type { RfmSegment } from '@habitue/analytics';

/**
 * Who a campaign is for. Every key present narrows the audience (all must hold); an absent key
 * does not; `{}` is every customer. Dates are the shop's local days (YYYY-MM-DD), both bounds
 * exclusive: `lastVisitBefore: '2026-09-01'` is "not seen since August".
 */
export type Segment = {
  rfmSegments?: RfmSegment[];
  pAliveBelow?: number;
  tags?: string[];
  tiers?: string[];
  lastVisitBefore?: string;
  lastVisitAfter?: string;
  minSpendCents?: number;
  birthdayMonth?: number;
  programIds?: string[];
  /** An item (SKU or name) "à proposer" to the customer: see use-cases/cross-sell. */
  crossSellItem?: string;
};

/** What the segment is matched against, for one customer. */
export type SegmentFacts = {
  rfmSegment: RfmSegment | null;
  /** Null when the models could not say (too little history). */
  pAlive: number | null;
  tags: readonly string[];
  /** The tier level held now on the shop's ladder (none without a ladder or membership). */
  tierIds?: readonly string[];
  /** Local day of the last visit, or null for someone never seen buying. */
  lastVisit: string | null;
  totalSpendCents: number;
  birthMonth: number | null;
  programIds: readonly string[];
  /** Whether the segment's `crossSellItem` is among what to offer the customer. */
  crossSellOffered?: boolean;
};

const someOf = (wanted: readonly string[], held: readonly string[]) =>
  wanted.some((w) => held.includes(w));

/**
 * @example
 * matchesSegment({ tags: ['vip'] }, { tags: ['vip', 'b2b'], … }); // true
 * matchesSegment({}, anyone); // true
 */
export function matchesSegment(segment: Segment, c: SegmentFacts): boolean {
  if (segment.rfmSegments && (c.rfmSegment === null || !segment.rfmSegments.includes(c.rfmSegment)))
    return false;
  if (segment.pAliveBelow !== undefined && (c.pAlive === null || c.pAlive >= segment.pAliveBelow))
    return false;
  if (segment.tags && !someOf(segment.tags, c.tags)) return false;
  if (segment.tiers && !someOf(segment.tiers, c.tierIds ?? [])) return false;
  if (segment.lastVisitBefore && (c.lastVisit === null || c.lastVisit >= segment.lastVisitBefore))
    return false;
  if (segment.lastVisitAfter && (c.lastVisit === null || c.lastVisit <= segment.lastVisitAfter))
    return false;
  if (segment.minSpendCents !== undefined && c.totalSpendCents < segment.minSpendCents)
    return false;
  if (segment.birthdayMonth !== undefined && c.birthMonth !== segment.birthdayMonth) return false;
  if (segment.programIds && !someOf(segment.programIds, c.programIds)) return false;
  if (segment.crossSellItem !== undefined && c.crossSellOffered !== true) return false;
  return true;
}
