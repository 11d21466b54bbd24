import { withMerchant } from '../../db/tenant.ts';
import {
  findCustomerByCardToken,
  findCustomerByVoucherCode,
  searchCustomers as search,
} from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { readSearchTerms } from './search-terms.ts';

/**
 * Finds customers for the counter and the customers list, one page at a time (newest first).
 * A card token, a card link or a voucher code is an identity, not a search: it answers with
 * its one customer and nothing else, so Entrée always picks the right person. Names match by
 * word in any order; a phone number by its digits. Returns the cursor of the next page.
 */
export async function searchCustomers(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  input: { query?: string; limit: number; after?: string },
) {
  const { merchantId } = scope;
  const rows = await withMerchant(scope.db, merchantId, async (tx) => {
    if (!input.query?.trim()) return search(tx, merchantId, pageOf(input));
    const terms = readSearchTerms(input.query);
    if (terms.cardLink) {
      const holder = await findCustomerByCardToken(tx, merchantId, terms.cardLink);
      return holder && !input.after ? [holder] : [];
    }
    const { cardToken, voucherCode } = terms.exact;
    const holder =
      (cardToken ? await findCustomerByCardToken(tx, merchantId, cardToken) : undefined) ??
      (voucherCode ? await findCustomerByVoucherCode(tx, merchantId, voucherCode) : undefined);
    if (holder) return input.after ? [] : [holder];
    if (terms.words.length === 0 && !terms.phoneDigits) return [];
    return search(tx, merchantId, {
      ...pageOf(input),
      words: terms.words,
      ...(terms.phoneDigits ? { phoneDigits: terms.phoneDigits } : {}),
    });
  });
  const page = rows.slice(0, input.limit);
  return { rows: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

function pageOf(input: { limit: number; after?: string }) {
  return { limit: input.limit + 1, ...(input.after ? { after: input.after } : {}) };
}
