import type { Kysely } from 'kysely';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findUnsubscribeLink, markLinkClicked } from '../../repositories/unsubscribe-links.ts';

/**
 * A customer followed the card link of a campaign's or an automation's mail: the first click is
 * recorded on the message (what the results count, instead of tracking opens), and the answer
 * is where their card is now (its token may have been renewed since). Null for a link that names
 * nothing or a customer erased since.
 */
export async function followCardLink(
  db: Kysely<Database>,
  input: { merchantId: string; token: string; now: Date },
): Promise<{ cardToken: string } | null> {
  const { merchantId, now } = input;
  return withMerchant(db, merchantId, async (tx) => {
    const link = await findUnsubscribeLink(tx, merchantId, digest(input.token), { lock: false });
    if (!link) return null;
    const customer = await findCustomer(tx, merchantId, link.customerId);
    if (!customer || customer.erased_at) return null;
    await markLinkClicked(tx, merchantId, link, now);
    return { cardToken: customer.card_token };
  });
}
