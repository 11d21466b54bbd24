import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem, type Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findSurvey, findSurveyByPublicToken, type SurveyRow } from '../../repositories/surveys.ts';
import { countAttempt, type Guard, refuseIfLimited } from '../public/guessing-guard.ts';
import { invitedCustomerId, isValidInvite } from './survey-invite.ts';

export type PublicSurveyDeps = { db: Kysely<Database>; now: Date; guard: Guard };

/**
 * The merchant and survey a public token names. Unknown tokens count against the caller's
 * address like card links (a survey token is as unguessable, and as worth guessing).
 */
export async function resolveSurveyToken(deps: PublicSurveyDeps, token: string) {
  await refuseIfLimited(deps.guard);
  const found = await asSystem(deps.db, (tx) => findSurveyByPublicToken(tx, token));
  if (!found) {
    await countAttempt(deps.guard);
    throw notFound('Survey');
  }
  return found;
}

/** The customer a personal invitation names, if its signature holds for this survey. */
export async function invitedCustomer(
  tx: Tx,
  survey: Pick<SurveyRow, 'merchant_id' | 'id'>,
  invite: string,
) {
  const customerId = invitedCustomerId(invite);
  const customer = customerId ? await findCustomer(tx, survey.merchant_id, customerId) : undefined;
  if (!customer || customer.erased_at || !isValidInvite(invite, survey.id, customer.card_token)) {
    return undefined;
  }
  return customer;
}

export async function loadSurvey(tx: Tx, merchantId: string, id: string) {
  return (await findSurvey(tx, merchantId, id))!;
}
