import {
  liabilityByMonth,
  monthsBack,
  type ProgramHistory,
  type ProgramLiability,
} from '@habitue/analytics';
import type { Program, Reward } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { instantOf, wallTime } from '../../jobs/zoned-time.ts';
import { listMonthlyFlows, listVoucherTraces } from '../../repositories/liability-history.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { loadProgramCatalog } from '../../repositories/programs.ts';
import type { MerchantScope } from '../scope.ts';

export type ProgramLiabilityReport = {
  programId: string;
  name: { fr: string; en: string };
  unit: 'stamps' | 'points';
  archived: boolean;
  unitCostCents: number;
  unitRetailCents: number;
  months: ProgramLiability[];
};

export type LiabilityReport = {
  asOf: Date;
  timeZone: string;
  currency: string;
  /** The 12 months reported, oldest first; the last one ends at `asOf`. */
  months: string[];
  programs: ProgramLiabilityReport[];
  totals: {
    month: string;
    atCostCents: number;
    provisionCents: number;
    contractLiabilityCents: number;
  }[];
};

const MONTHS = 12;

/**
 * What the shop owes its customers at the end of each of the last 12 months (the current one
 * up to now), per program: outstanding stamps, points and unused vouchers at cost price, the
 * PCG provision (cost × probability of use) and the IFRS 15 contract liability. Read only.
 */
export async function reportLiability(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
): Promise<LiabilityReport> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const merchant = await findMerchantById(tx, scope.merchantId);
    const timeZone = merchant?.time_zone ?? 'Europe/Paris';
    const currency = merchant?.currency ?? 'EUR';
    const catalog = await loadProgramCatalog(tx, scope.merchantId);
    const flows = await listMonthlyFlows(tx, scope.merchantId, timeZone, scope.now);
    const vouchers = await listVoucherTraces(tx, scope.merchantId);
    const current = monthOf(scope.now, timeZone);
    const months = Array.from({ length: MONTHS }, (_, i) => monthsBack(current, MONTHS - 1 - i));
    const monthEnd = (month: string) =>
      month === current ? scope.now : startOfMonth(monthsBack(month, -1), timeZone);
    const programs = catalog.programRows.map((row): ProgramLiabilityReport => {
      const program = programOf(row);
      const { unitCostCents, unitRetailCents } = unitValue(program, catalog.rewards);
      const history: ProgramHistory = {
        programId: program.id,
        unit: program.kind === 'stamps' ? 'stamps' : 'points',
        unitCostCents,
        unitRetailCents,
        flows: flows.get(program.id) ?? [],
        vouchers: vouchers.get(program.id) ?? [],
      };
      return {
        programId: program.id,
        name: program.name,
        unit: history.unit,
        archived: row.archived_at !== null,
        unitCostCents,
        unitRetailCents,
        months: liabilityByMonth(history, months, monthEnd),
      };
    });
    const totals = months.map((month, i) => {
      const rows = programs.map((p) => p.months[i]!);
      const sum = (pick: (r: ProgramLiability) => number) => rows.reduce((s, r) => s + pick(r), 0);
      return {
        month,
        atCostCents: sum((r) => r.atCostCents),
        provisionCents: sum((r) => r.provisionCents),
        contractLiabilityCents: sum((r) => r.contractLiabilityCents),
      };
    });
    return { asOf: scope.now, timeZone, currency, months, programs, totals };
  });
}

/**
 * What one stamp or point is worth: a card's reward divided by the stamps it takes; for points,
 * the cheapest active reward per point (what a balance is most likely spent on, as in the
 * simulator). No reward: 0.
 */
function unitValue(program: Program, rewards: readonly Reward[]) {
  const own = rewards.filter((r) => r.programId === program.id);
  const reward =
    program.kind === 'stamps'
      ? own.find((r) => r.id === program.rewardId)
      : own.filter((r) => !r.archived).sort((a, b) => a.cost - b.cost)[0];
  if (!reward || reward.cost <= 0) return { unitCostCents: 0, unitRetailCents: 0 };
  return {
    unitCostCents: reward.costPriceCents / reward.cost,
    unitRetailCents: reward.retailValueCents / reward.cost,
  };
}

function monthOf(at: Date, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}`;
}

function startOfMonth(month: string, timeZone: string): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return instantOf({ year, month: m, day: 1, hour: 0, minute: 0 }, timeZone);
}
