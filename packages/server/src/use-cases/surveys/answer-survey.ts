import { uuidv7 } from 'uuidv7';
import type { SurveyChannel } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCustomerByContact } from '../../repositories/customer-contacts.ts';
import { findCustomerByCardToken } from '../../repositories/customers.ts';
import { insertSurveyResponse } from '../../repositories/survey-responses.ts';
import { normalizePhone } from '../customers/contact.ts';
import { addFollowUpItem } from '../follow-up/add-follow-up-item.ts';
import { detractorOccasion } from '../follow-up/reasons/detractor.ts';
import { countAttempt } from '../public/guessing-guard.ts';
import { npsCategory } from './nps.ts';
import {
  invitedCustomer,
  loadSurvey,
  type PublicSurveyDeps,
  resolveSurveyToken,
} from './public-survey.ts';
import { checkAnswers } from './survey-questions.ts';

/** Who answers: a personal invitation (mail), their card (card page), or what they type. */
export type Respondent =
  | { invite: string }
  | { cardToken: string }
  | { email?: string | undefined; phone?: string | undefined };

/**
 * Records a customer's answers. One answer per customer and survey: a second one is refused
 * (`survey_already_answered`) and the first stands — the results count each customer once and
 * a detractor's call is not undone by a second click. A 0–6 NPS answer puts the customer on
 * the follow-up list (reason `detractor`) in the same transaction.
 */
export async function answerSurvey(
  deps: PublicSurveyDeps,
  token: string,
  respondent: Respondent,
  given: Record<string, unknown>,
) {
  const found = await resolveSurveyToken(deps, token);
  const { merchant_id: merchantId } = found;
  // Typing contacts is guessing too: every try counts, found or not. Attempts are counted
  // outside the answer's transaction (they must stay when it rolls back).
  const typed = !('invite' in respondent) && !('cardToken' in respondent);
  if (typed) await countAttempt(deps.guard);
  try {
    return await record(found, merchantId);
  } catch (error) {
    if (!typed && error instanceof AppError && error.code === 'not_found') {
      await countAttempt(deps.guard);
    }
    throw error;
  }

  function record(found: { id: string }, merchantId: string) {
    return withMerchant(deps.db, merchantId, async (tx) => {
      const survey = await loadSurvey(tx, merchantId, found.id);
      if (survey.status !== 'open') {
        throw new AppError('survey_closed', 'This survey no longer takes answers');
      }
      const { customer, channel } = await identify();
      const { answers, errors } = checkAnswers(survey.questions, given);
      if (errors.length > 0) {
        throw new AppError('validation_failed', 'Some answers are missing or not valid', {
          fields: errors,
        });
      }
      const nps = survey.questions.find((q) => q.kind === 'nps');
      const score = nps && typeof answers[nps.id] === 'number' ? (answers[nps.id] as number) : null;
      const id = uuidv7();
      const inserted = await insertSurveyResponse(tx, {
        merchantId,
        id,
        surveyId: survey.id,
        customerId: customer.id,
        answers,
        npsScore: score,
        channel,
        at: deps.now,
      });
      if (!inserted) {
        throw new AppError('survey_already_answered', 'You have already answered this survey');
      }
      const actor = { type: 'public' as const, id: null };
      if (score !== null && npsCategory(score) === 'detractor') {
        const comment = survey.questions.find((q) => q.kind === 'text' && answers[q.id]);
        await addFollowUpItem(
          tx,
          { merchantId, actor, now: deps.now },
          {
            customerId: customer.id,
            reason: 'detractor',
            occasionKey: detractorOccasion(id),
            details: {
              surveyId: survey.id,
              surveyTitle: survey.title,
              score,
              comment: comment ? answers[comment.id] : null,
            },
          },
        );
      }
      await appendAudit(tx, merchantId, actor, deps.now, {
        action: 'survey.answered',
        subjectType: 'customer',
        subjectId: customer.id,
        details: { surveyId: survey.id, channel },
      });
      return { firstName: customer.first_name };

      async function identify(): Promise<{
        customer: { id: string; first_name: string | null };
        channel: SurveyChannel;
      }> {
        if ('invite' in respondent) {
          const customer = await invitedCustomer(tx, survey, respondent.invite);
          if (!customer) throw notFound('Invitation');
          return { customer, channel: 'link' };
        }
        if ('cardToken' in respondent) {
          const customer = await findCustomerByCardToken(tx, merchantId, respondent.cardToken);
          if (!customer) throw notFound('Card');
          return { customer, channel: 'card' };
        }
        const email = respondent.email?.trim().toLowerCase() || null;
        const phone = respondent.phone ? normalizePhone(respondent.phone) : null;
        if (!email && !phone) {
          throw new AppError('validation_failed', 'Give the email or phone of your card', {
            fields: [{ field: 'email', message: 'email or phone required', code: 'required' }],
          });
        }
        const customer = await findCustomerByContact(tx, merchantId, { email, phone });
        if (!customer) {
          throw new AppError(
            'survey_respondent_unknown',
            'No card at this shop has this email or phone',
          );
        }
        return { customer, channel: 'contact' };
      }
    });
  }
}
