import type { Tx } from '../../db/tenant.ts';
import { newestOpenSurvey } from '../../repositories/surveys.ts';
import { surveyLinkFor } from '../../use-cases/surveys/survey-link.ts';

/**
 * The customer's own link to the shop's satisfaction survey — its newest open survey (Surveys:
 * an NPS unless the owner made another) — or null while the shop runs none: the thank-you then
 * asks for a reply instead (`{{lien_questionnaire|…}}`).
 */
export async function satisfactionSurveyLink(
  tx: Tx,
  deps: { merchantId: string; publicUrl: string },
  customerId: string,
): Promise<string | null> {
  const survey = await newestOpenSurvey(tx, deps.merchantId);
  return survey ? surveyLinkFor(tx, deps, survey.id, customerId) : null;
}
