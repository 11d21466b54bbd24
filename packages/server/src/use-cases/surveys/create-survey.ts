import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findSurvey, insertSurvey } from '../../repositories/surveys.ts';
import type { MerchantScope } from '../scope.ts';
import { checkQuestions, numberQuestions, type QuestionInput } from './survey-questions.ts';

export type SurveyInput = {
  title: string;
  intro?: string | null | undefined;
  questions: QuestionInput[];
};

/**
 * Creates a survey, open at once: an NPS ("would you recommend us?" and a comment) or a short
 * questionnaire. Its public page (the counter's QR) has its own random token; its questions
 * never change afterwards, so every answer means what was asked.
 */
export async function createSurvey(tx: Tx, scope: MerchantScope, input: SurveyInput) {
  const { merchantId, actor, now } = scope;
  const questions = numberQuestions(input.questions);
  const errors = checkQuestions(questions);
  if (input.title.trim() === '') {
    errors.push({ field: 'title', message: 'is required', code: 'required' });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some questions are not valid', { fields: errors });
  }
  const id = uuidv7();
  await insertSurvey(tx, {
    merchantId,
    id,
    title: input.title.trim(),
    intro: input.intro?.trim() || null,
    questions,
    publicToken: randomBytes(18).toString('base64url'),
    at: now,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'survey.created',
    subjectType: 'survey',
    subjectId: id,
    details: { questions: questions.length },
  });
  return (await findSurvey(tx, merchantId, id))!;
}
