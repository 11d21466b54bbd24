import type { components } from '../../api/schema.d.ts';

export type CampaignSegment = components['schemas']['CampaignSegment'];
export type RfmSegment = NonNullable<CampaignSegment['rfmSegments']>[number];

/** The segment picker's fields as typed: empty means "does not narrow". */
export type SegmentForm = {
  rfmSegments: RfmSegment[];
  tags: string[];
  programIds: string[];
  /** Level ids of the shop's tier ladder. */
  tiers: string[];
  /** A percentage, "30" for P(alive) below 0.3. */
  pAliveBelowPercent: string;
  lastVisitBefore: string;
  lastVisitAfter: string;
  /** Euros as typed, "45" or "45,50". */
  minSpendEuros: string;
  birthdayMonth: string;
  /** The item to offer (`GET /api/v1/cross-sell/rules`' consequent), "" for none. */
  crossSellItem: string;
};

export const EMPTY_SEGMENT: SegmentForm = {
  rfmSegments: [],
  tags: [],
  programIds: [],
  tiers: [],
  pAliveBelowPercent: '',
  lastVisitBefore: '',
  lastVisitAfter: '',
  minSpendEuros: '',
  birthdayMonth: '',
  crossSellItem: '',
};

const euros = (text: string): number | null => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0
    ? Math.round(value * 100)
    : null;
};

/**
 * The segment the API receives: only the keys the owner filled in, so `{}` is everyone.
 * @example segmentFromForm({ ...EMPTY_SEGMENT, minSpendEuros: '45,50' }) // { minSpendCents: 4550 }
 */
export function segmentFromForm(form: SegmentForm): CampaignSegment {
  const segment: CampaignSegment = {};
  if (form.rfmSegments.length) segment.rfmSegments = form.rfmSegments;
  if (form.tags.length) segment.tags = form.tags;
  if (form.programIds.length) segment.programIds = form.programIds;
  if (form.tiers.length) segment.tiers = form.tiers;
  const percent = Number(form.pAliveBelowPercent.replace(',', '.'));
  if (form.pAliveBelowPercent.trim() !== '' && percent > 0 && percent <= 100) {
    segment.pAliveBelow = percent / 100;
  }
  if (form.lastVisitBefore) segment.lastVisitBefore = form.lastVisitBefore;
  if (form.lastVisitAfter) segment.lastVisitAfter = form.lastVisitAfter;
  const cents = euros(form.minSpendEuros);
  if (cents !== null) segment.minSpendCents = cents;
  if (form.birthdayMonth) segment.birthdayMonth = Number(form.birthdayMonth);
  if (form.crossSellItem) segment.crossSellItem = form.crossSellItem;
  return segment;
}
