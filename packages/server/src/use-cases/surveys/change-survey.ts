import type { SurveyStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { countSurveyResponses } from '../../repositories/survey-responses.ts';
import { findSurvey, updateSurvey } from '../../repositories/surveys.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Renames a survey, changes its introduction, or closes (and reopens) it. A closed survey's
 * page says so and takes no answer. The questions are not editable: answers refer to them.
 */
export async function changeSurvey(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  changes: {
    title?: string | undefined;
    intro?: string | null | undefined;
    status?: SurveyStatus | undefined;
  },
) {
  const { merchantId, actor, now } = scope;
  if (!(await findSurvey(tx, merchantId, id))) throw notFound('Survey');
  const title = changes.title?.trim();
  if (title === '') {
    throw new AppError('validation_failed', 'The title is required', {
      fields: [{ field: 'title', message: 'is required', code: 'required' }],
    });
  }
  await updateSurvey(
    tx,
    merchantId,
    id,
    {
      ...(title !== undefined ? { title } : {}),
      ...(changes.intro !== undefined ? { intro: changes.intro?.trim() || null } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
    },
    now,
  );
  if (changes.status) {
    await appendAudit(tx, merchantId, actor, now, {
      action: changes.status === 'closed' ? 'survey.closed' : 'survey.reopened',
      subjectType: 'survey',
      subjectId: id,
      details: {},
    });
  }
  const survey = (await findSurvey(tx, merchantId, id))!;
  return { survey, responses: await countSurveyResponses(tx, merchantId, id) };
}
