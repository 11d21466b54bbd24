import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { listProgramRows, listRewards } from '../../repositories/programs.ts';
import { signupChoices } from '../acquisition/record-signup-answer.ts';
import { consentWordingFor } from './consent-wording.ts';
import { summarizeProgram } from './program-summary.ts';
import type { SignupMerchant } from './resolve-signup-link.ts';

/**
 * What the public sign-up page (and the printed poster) shows: the business, its active
 * programs in summary, the consent sentences with their version, and the answers the shop
 * offers to "comment nous avez-vous connus ?" (none: the question is not asked).
 */
export function describeSignupLink(db: Kysely<Database>, merchant: SignupMerchant) {
  return withMerchant(db, merchant.id, async (tx) => {
    const [programRows, rewards, heardFromChoices] = await Promise.all([
      listProgramRows(tx, merchant.id, { includeArchived: false }),
      listRewards(tx, merchant.id, { includeArchived: false }),
      signupChoices(tx, merchant.id),
    ]);
    return {
      business: { name: merchant.name, brandColor: merchant.brand_color, locale: merchant.locale },
      programs: programRows.map((row) => summarizeProgram(programOf(row), rewards)),
      consentWording: consentWordingFor(merchant.name),
      heardFromChoices,
    };
  });
}
