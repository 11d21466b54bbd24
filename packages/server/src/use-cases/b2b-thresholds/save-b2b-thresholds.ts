import { type B2bThresholds, b2bThresholdProblems } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { saveB2bThresholds as saveRow } from '../../repositories/b2b-thresholds.ts';
import type { MerchantScope } from '../scope.ts';

const MESSAGES = {
  threshold_not_increasing: 'each step starts above the previous one',
  percent_not_increasing: 'each step gives more than the previous one',
} as const;

/**
 * Sets the shop's volume steps for business accounts. Steps must climb in spend and in
 * percentage: refused with `validation_failed`, the step at fault in `errors[].field`
 * (`steps.1.fromCents`) and why in `errors[].code`. An empty list turns the discount off.
 */
export async function saveB2bThresholds(tx: Tx, scope: MerchantScope, settings: B2bThresholds) {
  const problems = b2bThresholdProblems(settings);
  if (problems.length > 0) {
    throw new AppError('validation_failed', 'The volume steps were refused', {
      fields: problems.map((p) => ({
        field: `steps.${p.step}.${p.code === 'threshold_not_increasing' ? 'fromCents' : 'percent'}`,
        message: MESSAGES[p.code],
        code: p.code,
      })),
    });
  }
  await saveRow(tx, scope.merchantId, settings, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'b2b_thresholds.saved',
    subjectType: 'b2b_threshold_settings',
    subjectId: scope.merchantId,
    details: { periodMonths: settings.periodMonths, steps: settings.steps.length },
  });
  return settings;
}
