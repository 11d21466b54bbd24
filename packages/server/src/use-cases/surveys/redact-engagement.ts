import type { Tx } from '../../db/tenant.ts';
import { redactFollowUpItems } from '../../repositories/follow-up-items.ts';
import { redactSurveyAnswers } from '../../repositories/survey-responses.ts';

/**
 * On erasure: what the person wrote in surveys, and the notes and outcomes typed about them on
 * the follow-up list, go. Their scores stay in the surveys' totals, anonymous.
 */
export async function redactEngagement(tx: Tx, merchantId: string, customerId: string) {
  await redactSurveyAnswers(tx, merchantId, customerId);
  await redactFollowUpItems(tx, merchantId, customerId);
}
