import type { SurveyChannel } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { listAnswersOfCustomer } from '../../repositories/survey-responses.ts';
import type { MerchantScope } from '../scope.ts';
import { type NpsCategory, npsCategory } from './nps.ts';
import type { Answer, SurveyQuestion } from './survey-questions.ts';

export type CustomerSurveyAnswer = {
  id: string;
  surveyId: string;
  surveyTitle: string;
  answeredAt: string;
  channel: SurveyChannel;
  npsScore: number | null;
  npsCategory: NpsCategory | null;
  /** Every question of the survey in order, with what this customer answered (null: skipped). */
  answers: {
    questionId: string;
    kind: SurveyQuestion['kind'];
    label: string;
    answer: Answer | null;
  }[];
};

/**
 * What a customer answered to the shop's surveys, newest first (the customer page's « Avis »):
 * the NPS score and its band, each question with its answer, the comment. Read for the people
 * who read survey results (`surveys:manage`); an erased customer's comments are already gone.
 */
export function listCustomerSurveyAnswers(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
): Promise<CustomerSurveyAnswer[]> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const rows = await listAnswersOfCustomer(tx, scope.merchantId, customerId);
    return rows.map((r) => ({
      id: r.id,
      surveyId: r.survey_id,
      surveyTitle: r.title,
      answeredAt: r.created_at.toISOString(),
      channel: r.channel,
      npsScore: r.nps_score,
      npsCategory: r.nps_score === null ? null : npsCategory(r.nps_score),
      answers: r.questions.map((q) => ({
        questionId: q.id,
        kind: q.kind,
        label: q.label,
        answer: r.answers[q.id] ?? null,
      })),
    }));
  });
}
