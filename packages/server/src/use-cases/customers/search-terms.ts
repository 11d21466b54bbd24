import { normalizeVoucherCode, VOUCHER_ALPHABET } from '@habitue/loyalty';
import { phoneSearchDigits } from './contact.ts';

/**
 * What a cashier typed, scanned or pasted into the counter's search, read once:
 * - a card link (…/c/<token>) names exactly one card, and nothing else may match;
 * - a single token-shaped word may be a card token or a voucher code, tried exactly first;
 * - otherwise each word must start a name, email or company word, in any order (the
 *   separators the stored side ignores, - . @ _ ', split words here too);
 * - digits alone (with spaces, dots, "+") are a phone number, never digits inside a code.
 */
export type SearchTerms = {
  /** From a pasted or scanned card link: only this card may answer. */
  cardLink: string | null;
  /** A card token or voucher code to try exactly before searching words. */
  exact: { cardToken: string | null; voucherCode: string | null };
  /** Lower-case, accent-free words, each of which must match. */
  words: string[];
  phoneDigits: string | null;
};

const CARD_LINK = /\/c\/([A-Za-z0-9_-]{8,64})\/?(?:[?#].*)?$/;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{8,64}$/;
const PHONE_SHAPE = /^\+?[\d\s().-]+$/;
const VOUCHER_SHAPE = new RegExp(`^[${VOUCHER_ALPHABET}]{4}-[${VOUCHER_ALPHABET}]{4}$`);

/**
 * Folds case and accents so "lea" finds "Léa" (the SQL side folds the same way).
 * @example foldForSearch('Léa Hélène') // 'lea helene'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** @example readSearchTerms('faure claire').words // ['faure', 'claire'] */
export function readSearchTerms(query: string): SearchTerms {
  const text = query.trim();
  const link = CARD_LINK.exec(text);
  if (link && /^(https?:\/\/|\/|[\w.-]+\/)/i.test(text)) {
    return {
      cardLink: link[1] ?? null,
      exact: { cardToken: null, voucherCode: null },
      words: [],
      phoneDigits: null,
    };
  }
  const single = !/\s/.test(text);
  const voucher = single || text.length <= 9 ? normalizeVoucherCode(text) : '';
  const phone = PHONE_SHAPE.test(text) ? phoneSearchDigits(text) : '';
  return {
    cardLink: null,
    exact: {
      cardToken: single && TOKEN_SHAPE.test(text) ? text : null,
      voucherCode: VOUCHER_SHAPE.test(voucher) ? voucher : null,
    },
    words: phone
      ? []
      : foldForSearch(text)
          .split(/[\s\-.@_']+/)
          .filter(Boolean),
    phoneDigits: phone.length >= 4 ? phone : null,
  };
}
