import { withMerchant } from '../../db/tenant.ts';
import { findPublicMerchant } from '../../repositories/public-links.ts';
import { hasAnswered } from '../../repositories/survey-responses.ts';
import { countAttempt } from '../public/guessing-guard.ts';
import {
  invitedCustomer,
  loadSurvey,
  type PublicSurveyDeps,
  resolveSurveyToken,
} from './public-survey.ts';

/**
 * What the public survey page shows: the shop (name, colour, language), the survey and its
 * questions, whether it still takes answers, and — with a valid personal invitation — the
 * customer's first name and whether they already answered. Nothing else about anyone.
 */
export async function describePublicSurvey(
  deps: PublicSurveyDeps,
  token: string,
  invite: string | undefined,
) {
  const found = await resolveSurveyToken(deps, token);
  let badInvite = false;
  const view = await withMerchant(deps.db, found.merchant_id, async (tx) => {
    const merchant = await findPublicMerchant(tx, found.merchant_id);
    const survey = await loadSurvey(tx, found.merchant_id, found.id);
    let respondent: { firstName: string | null; alreadyAnswered: boolean } | null = null;
    if (invite) {
      const customer = await invitedCustomer(tx, survey, invite);
      if (customer) {
        respondent = {
          firstName: customer.first_name,
          alreadyAnswered: await hasAnswered(tx, found.merchant_id, survey.id, customer.id),
        };
      } else {
        badInvite = true;
      }
    }
    return {
      business: { name: merchant.name, brandColor: merchant.brand_color, locale: merchant.locale },
      survey: {
        title: survey.title,
        intro: survey.intro,
        open: survey.status === 'open',
        questions: survey.questions,
      },
      respondent,
    };
  });
  // A forged or stale invitation is a guess: counted outside the transaction, like a bad token.
  if (badInvite) await countAttempt(deps.guard);
  return view;
}
