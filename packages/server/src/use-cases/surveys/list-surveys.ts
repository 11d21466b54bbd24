import { withMerchant } from '../../db/tenant.ts';
import { listSurveys as listSurveyRows } from '../../repositories/surveys.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's surveys, newest first, with how many customers answered each. */
export function listSurveys(scope: MerchantScope) {
  return withMerchant(scope.db, scope.merchantId, (tx) => listSurveyRows(tx, scope.merchantId));
}
