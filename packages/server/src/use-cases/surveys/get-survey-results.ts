import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { listSurveyResponses } from '../../repositories/survey-responses.ts';
import { findSurvey } from '../../repositories/surveys.ts';
import type { MerchantScope } from '../scope.ts';
import { surveyResults } from './survey-results.ts';

/** A survey with its results: per question the NPS, distribution, option counts or comments. */
export function getSurveyResults(scope: MerchantScope, id: string) {
  const { db, merchantId } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const survey = await findSurvey(tx, merchantId, id);
    if (!survey) throw notFound('Survey');
    const responses = await listSurveyResponses(tx, merchantId, id);
    const results = surveyResults(
      survey.questions,
      responses.map((r) => ({
        answers: r.answers,
        createdAt: r.created_at,
        firstName: r.first_name,
        customerId: r.customer_id,
        npsScore: r.nps_score,
      })),
    );
    return { survey, responses: responses.length, results };
  });
}
