import type { CustomerReport } from './analysis-report.ts';

/** Below this probability of still being active, a valuable customer is "slipping away". */
const SLIPPING_AWAY_P_ALIVE = 0.5;

export interface CustomersToWatch {
  /** Valuable customers who are probably leaving: worth a call or a voucher now. */
  slippingAway: CustomerReport[];
  /** The customers expected to bring the most (CLV), or the best RFM customers without models. */
  mostValuable: CustomerReport[];
  basis: 'models' | 'rfm';
}

/**
 * Who to look at first. With the models: high past revenue and P(alive) < 0.5, and the highest
 * CLV. Without them: the RFM segments "can't lose them" and "at risk", and the champions.
 */
export function customersToWatch(
  customers: readonly CustomerReport[],
  top: number,
): CustomersToWatch {
  const byRevenue = (a: CustomerReport, b: CustomerReport) => b.revenue - a.revenue;
  const withModels = customers.some((c) => c.pAlive !== null);
  if (withModels) {
    const slippingAway = customers
      .filter((c) => c.pAlive !== null && c.pAlive < SLIPPING_AWAY_P_ALIVE && c.frequency > 0)
      .sort(byRevenue);
    const mostValuable = customers.filter((c) => c.clv !== null).sort((a, b) => b.clv! - a.clv!);
    return {
      slippingAway: slippingAway.slice(0, top),
      mostValuable: mostValuable.slice(0, top),
      basis: 'models',
    };
  }
  const inSegments = (...segments: string[]) =>
    customers.filter((c) => c.rfm !== null && segments.includes(c.rfm.segment)).sort(byRevenue);
  return {
    slippingAway: inSegments('cantLoseThem', 'atRisk').slice(0, top),
    mostValuable: inSegments('champions').slice(0, top),
    basis: 'rfm',
  };
}
