import { pointsLiability } from '../program/reward-economics.ts';
import type { MonthFlow, ProgramHistory, VoucherTrace } from './liability-input.ts';

/** One program's liability at the end of one month. Money in cents, balances in units. */
export interface ProgramLiability {
  readonly programId: string;
  readonly month: string;
  readonly outstandingUnits: number;
  readonly openVouchers: number;
  /** Outstanding units and open vouchers at cost price, as if all were used. */
  readonly atCostCents: number;
  /** Share of units expected to be used: redeemed / (redeemed + expired) so far; 1 without history. */
  readonly useProbability: number;
  /** The same for vouchers: used / (used + expired unused); voided ones count as neither. */
  readonly voucherUseProbability: number;
  /** PCG provision: cost price × probability of use. */
  readonly provisionCents: number;
  /** IFRS 15 contract liability: revenue deferred by relative stand-alone selling price, net of breakage. */
  readonly contractLiabilityCents: number;
  /** Sales that earned units over the 12 months ending with this one. */
  readonly trailingSalesCents: number;
  /** Units redeemed over those 12 months, at cost price: what the rewards given cost. */
  readonly trailingRewardCostCents: number;
}

/**
 * A program's liability at the end of each month of `months` (`YYYY-MM`, oldest first): what the
 * shop owes its customers in stamps, points and unused vouchers, valued at cost price (the
 * French provision, PCG) and as deferred revenue (IFRS 15), both weighted by the probability of
 * use the shop's own history shows. Formulas and sources: docs/analytics/liability.md.
 * @example
 * liabilityByMonth(history, ['2026-11'], monthEnds)
 * // [{ month: '2026-11', outstandingUnits: 340, provisionCents: 2380, contractLiabilityCents: 5100, ... }]
 */
export function liabilityByMonth(
  history: ProgramHistory,
  months: readonly string[],
  monthEnd: (month: string) => Date,
): ProgramLiability[] {
  return months.map((month) => liabilityAt(history, month, monthEnd(month)));
}

function liabilityAt(history: ProgramHistory, month: string, end: Date): ProgramLiability {
  const upTo = history.flows.filter((f) => f.month <= month);
  const sum = (pick: (f: MonthFlow) => number) => upTo.reduce((s, f) => s + pick(f), 0);
  const outstandingUnits = Math.max(
    0,
    sum((f) => f.earned - f.redeemed - f.expired + f.other),
  );
  const useProbability = share(
    sum((f) => f.redeemed),
    sum((f) => f.expired),
  );
  const vouchers = voucherState(history.vouchers, end);
  const voucherUseProbability = share(vouchers.used, vouchers.lapsed);
  const unitsAtCost = pointsLiability({
    outstandingPoints: outstandingUnits,
    valuePerPointCents: history.unitCostCents,
  });
  const provisionCents =
    pointsLiability({
      outstandingPoints: outstandingUnits,
      valuePerPointCents: history.unitCostCents,
      expectedRedemptionShare: useProbability,
    }) + Math.round(vouchers.open.costCents * voucherUseProbability);
  // IFRS 15: the last 12 months' sales that earned units are split between the goods and the
  // units by stand-alone selling price (a unit's SSP = its retail value × the chance it is used).
  const trailing = upTo.filter((f) => f.month > monthsBack(month, 12));
  const sales = trailing.reduce((s, f) => s + f.salesCents, 0);
  const earned = trailing.reduce((s, f) => s + f.earned, 0);
  const unitSsp = history.unitRetailCents * useProbability;
  const allocation = sales > 0 && earned > 0 ? sales / (sales + earned * unitSsp) : 1;
  const contractLiabilityCents = Math.round(
    outstandingUnits * unitSsp * allocation +
      vouchers.open.retailCents * voucherUseProbability * allocation,
  );
  return {
    programId: history.programId,
    month,
    outstandingUnits,
    openVouchers: vouchers.open.count,
    atCostCents: unitsAtCost + vouchers.open.costCents,
    useProbability,
    voucherUseProbability,
    provisionCents,
    contractLiabilityCents,
    trailingSalesCents: sales,
    trailingRewardCostCents: Math.round(
      trailing.reduce((s, f) => s + f.redeemed, 0) * history.unitCostCents,
    ),
  };
}

/** used / (used + lapsed), 1 when nothing has been settled yet (prudence: provide in full). */
function share(used: number, lapsed: number): number {
  const settled = used + lapsed;
  return settled > 0 ? used / settled : 1;
}

function voucherState(vouchers: readonly VoucherTrace[], end: Date) {
  const t = end.getTime();
  const open = { count: 0, costCents: 0, retailCents: 0 };
  let used = 0;
  let lapsed = 0;
  for (const v of vouchers) {
    if (v.issuedAt.getTime() > t) continue;
    const closed = v.closedAt !== null && v.closedAt.getTime() <= t;
    if (closed && v.closedAs === 'used') used += 1;
    else if (closed && v.closedAs === 'voided')
      continue; // taken back by a refund: neither
    else if (v.expiresAt !== null && v.expiresAt.getTime() <= t) lapsed += 1;
    else {
      open.count += 1;
      open.costCents += v.costPriceCents;
      open.retailCents += v.retailValueCents;
    }
  }
  return { open, used, lapsed };
}

/** `YYYY-MM` n months before `month`. @example monthsBack('2026-03', 12) // '2025-03' */
export function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
