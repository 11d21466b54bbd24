import type { RfmSegment } from '@habitue/analytics';
import type { CustomerReport } from './analysis-report.ts';

/** Below this probability of still being active, a customer is "probably gone or leaving". */
export const SLIPPING_AWAY_P_ALIVE = 0.5;

/** The RFM segments of customers who have not come for long, compared with the others. */
export const ABSENT_SEGMENTS: readonly RfmSegment[] = [
  'cantLoseThem',
  'atRisk',
  'hibernating',
  'lost',
];

/** The good customers the RFM's past view says are gone: the ones worth calling first. */
const SLIPPING_SEGMENTS: readonly RfmSegment[] = ['cantLoseThem', 'atRisk'];

/**
 * The two views of departures side by side. RFM ranks how long ago each customer last came
 * against the others (the past); P(alive) weighs that silence against the customer's own rhythm
 * (the model). They count different customers, and the report says how many of each.
 */
export interface DepartureViews {
  /** Customers in the absent segments ("can't lose them", "at risk", "hibernating", "lost"). */
  absentByRfm: number;
  /** Of those, how many the model thinks probably gone; null without a model. */
  goneByModelAmongAbsent: number | null;
  /** All customers the model thinks probably gone; null without a model. */
  goneByModel: number | null;
}

export interface CustomersToWatch {
  /** Valuable customers who are probably leaving or gone: worth a call or a voucher now. */
  slippingAway: CustomerReport[];
  /**
   * `models`: P(alive) below 50 %. `rfm`: the "can't lose them" and "at risk" segments, when
   * there is no model or the model sees nobody leave (a fit at its no-dropout boundary) — so the
   * list is never empty while the RFM counts customers as gone.
   */
  slippingBasis: 'models' | 'rfm';
  /** The customers expected to bring the most (CLV), or the best RFM customers without one. */
  mostValuable: CustomerReport[];
  valuableBasis: 'clv' | 'rfm';
  departures: DepartureViews;
}

/** Who to look at first, and how the RFM's and the model's views of departures compare. */
export function customersToWatch(
  customers: readonly CustomerReport[],
  top: number,
): CustomersToWatch {
  const byRevenue = (a: CustomerReport, b: CustomerReport) => b.revenue - a.revenue;
  const inSegments = (segments: readonly RfmSegment[]) =>
    customers.filter((c) => c.rfm !== null && segments.includes(c.rfm.segment));
  const withModel = customers.some((c) => c.pAlive !== null);
  const gone = (c: CustomerReport) => c.pAlive !== null && c.pAlive < SLIPPING_AWAY_P_ALIVE;
  const absent = inSegments(ABSENT_SEGMENTS);

  const slippingByModel = customers.filter((c) => gone(c) && c.frequency > 0).sort(byRevenue);
  const slippingBasis = slippingByModel.length > 0 ? 'models' : 'rfm';
  const slippingAway =
    slippingBasis === 'models' ? slippingByModel : inSegments(SLIPPING_SEGMENTS).sort(byRevenue);

  const withClv = customers.filter((c) => c.clv !== null).sort((a, b) => b.clv! - a.clv!);
  const valuableBasis = withClv.length > 0 ? 'clv' : 'rfm';
  const mostValuable =
    valuableBasis === 'clv' ? withClv : inSegments(['champions']).sort(byRevenue);

  return {
    slippingAway: slippingAway.slice(0, top),
    slippingBasis,
    mostValuable: mostValuable.slice(0, top),
    valuableBasis,
    departures: {
      absentByRfm: absent.length,
      goneByModelAmongAbsent: withModel ? absent.filter(gone).length : null,
      goneByModel: withModel ? customers.filter(gone).length : null,
    },
  };
}
