import { withMerchant } from '../../db/tenant.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import { listFollowUp } from '../follow-up/list-follow-up.ts';
import { listGoals } from '../goals/list-goals.ts';
import type { MerchantScope } from '../scope.ts';
import { getActionEvaluation } from './evaluate-actions.ts';

/** The follow-up list in the report: the open items the team should see first. */
const FOLLOW_UP_SHOWN = 20;

/** The month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/**
 * The monthly report: the month's figures next to the month before's, the goals and where
 * they stand, and the open follow-up list. Default month: the last finished one.
 */
export async function getMonthlyReport(
  scope: MerchantScope,
  input: { month?: string | undefined },
) {
  const merchant = await withMerchant(scope.db, scope.merchantId, (tx) =>
    findMerchantById(tx, scope.merchantId),
  );
  const timeZone = merchant?.time_zone ?? 'Europe/Paris';
  const thisMonth = dayToIso(localDay(scope.now, timeZone)).slice(0, 7);
  const month = input.month ?? previousMonth(thisMonth);
  const [evaluation, goals, followUp] = await Promise.all([
    getActionEvaluation(scope, { months: 2, lastMonth: month }),
    listGoals(scope, { archived: false }),
    listFollowUp(scope, { status: 'open' }),
  ]);
  const [previous, current] = evaluation.months as [
    (typeof evaluation.months)[number],
    (typeof evaluation.months)[number],
  ];
  return {
    shop: {
      name: merchant?.name ?? '',
      locale: merchant?.locale ?? 'fr',
      currency: merchant?.currency ?? 'EUR',
    },
    month,
    complete: month < thisMonth,
    current,
    previous,
    goals: goals.goals.map(({ series: _series, ...goal }) => goal),
    followUp: {
      open: followUp.length,
      items: followUp.slice(0, FOLLOW_UP_SHOWN).map((item) => ({
        id: item.id,
        customerId: item.customer_id,
        firstName: item.first_name,
        lastName: item.last_name,
        phone: item.phone,
        reason: item.reason,
        details: item.details,
        note: item.note,
        createdAt: item.created_at.toISOString(),
      })),
    },
  };
}

export type MonthlyReport = Awaited<ReturnType<typeof getMonthlyReport>>;
