import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findSurvey } from '../../repositories/surveys.ts';
import type { MerchantScope } from '../scope.ts';
import { surveyInvite } from './survey-invite.ts';

/**
 * A customer's personal link to a survey, for a mail (the automations' "thank-you and survey"):
 * the answer is theirs without typing anything. Null when the survey is closed or the customer
 * has no card (erased).
 *
 * @example
 * await surveyLinkFor(tx, { merchantId, publicUrl }, surveyId, customerId);
 * // 'https://shop.example/s/3Kq…?invite=0193…-….Yx2…'
 */
export async function surveyLinkFor(
  tx: Tx,
  deps: { merchantId: string; publicUrl: string },
  surveyId: string,
  customerId: string,
): Promise<string | null> {
  const survey = await findSurvey(tx, deps.merchantId, surveyId);
  const customer = await findCustomer(tx, deps.merchantId, customerId);
  if (survey?.status !== 'open' || !customer || customer.erased_at) return null;
  const invite = surveyInvite(survey.id, customer.id, customer.card_token);
  return `${deps.publicUrl}/s/${survey.public_token}?invite=${invite}`;
}

/** The same link for a manager to copy (Surveys → a customer's link); 404 when there is none. */
export async function getSurveyLink(
  scope: MerchantScope,
  publicUrl: string,
  surveyId: string,
  customerId: string,
) {
  const { db, merchantId } = scope;
  const url = await withMerchant(db, merchantId, (tx) =>
    surveyLinkFor(tx, { merchantId, publicUrl }, surveyId, customerId),
  );
  if (!url) throw notFound('Survey link');
  return url;
}
