import {
  type CallBackBasis,
  customersToCallBack,
  type RfmSegment,
  SLIPPING_AWAY_P_ALIVE,
} from '@habitue/analytics';
import type { CustomerReport, ModelsReport } from './analysis-report.ts';

/** The RFM segments of customers who have not come for long, compared with the others. */
export const ABSENT_SEGMENTS: readonly RfmSegment[] = [
  'cantLoseThem',
  'atRisk',
  'hibernating',
  'lost',
];

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
   * list is never empty while the RFM counts customers as gone. The dashboard's rule too
   * (`customersToCallBack`).
   */
  slippingBasis: 'models' | 'rfm';
  /** Why that view (`no-model`, `no-dropout`, `nobody-leaving` or `model`). */
  slippingReason: CallBackBasis;
  /** The customers expected to bring the most (CLV), or the best RFM customers without one. */
  mostValuable: CustomerReport[];
  valuableBasis: 'clv' | 'rfm';
  departures: DepartureViews;
}

/** Whether the model used for the customer figures was fitted at its no-dropout boundary. */
export function chosenAtNoDropout(models: ModelsReport): boolean {
  const chosen = models.chosen && models[models.chosen.model];
  return chosen?.status === 'fitted' && chosen.warnings.some((w) => w.code === 'no-dropout');
}

/** Who to look at first, and how the RFM's and the model's views of departures compare. */
export function customersToWatch(
  customers: readonly CustomerReport[],
  top: number,
  models: ModelsReport,
): CustomersToWatch {
  const byRevenue = (a: CustomerReport, b: CustomerReport) => b.revenue - a.revenue;
  const inSegments = (segments: readonly RfmSegment[]) =>
    customers.filter((c) => c.rfm !== null && segments.includes(c.rfm.segment));
  const withModel = customers.some((c) => c.pAlive !== null);
  const gone = (c: CustomerReport) => c.pAlive !== null && c.pAlive < SLIPPING_AWAY_P_ALIVE;
  const absent = inSegments(ABSENT_SEGMENTS);

  const slipping = customersToCallBack(
    {
      frequency: customers.map((c) => c.frequency),
      value: customers.map((c) => c.revenue),
      segment: customers.map((c) => c.rfm?.segment ?? null),
      pAlive: withModel ? customers.map((c) => c.pAlive ?? Number.NaN) : null,
      noDropout: chosenAtNoDropout(models),
    },
    { threshold: SLIPPING_AWAY_P_ALIVE, top },
  );

  const withClv = customers.filter((c) => c.clv !== null).sort((a, b) => b.clv! - a.clv!);
  const valuableBasis = withClv.length > 0 ? 'clv' : 'rfm';
  const mostValuable =
    valuableBasis === 'clv' ? withClv : inSegments(['champions']).sort(byRevenue);

  return {
    slippingAway: slipping.customers.map(({ index }) => customers[index]!),
    slippingBasis: slipping.view === 'model' ? 'models' : 'rfm',
    slippingReason: slipping.basis,
    mostValuable: mostValuable.slice(0, top),
    valuableBasis,
    departures: {
      absentByRfm: absent.length,
      goneByModelAmongAbsent: withModel ? absent.filter(gone).length : null,
      goneByModel: withModel ? customers.filter(gone).length : null,
    },
  };
}
