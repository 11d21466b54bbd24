/**
 * 32 symbols a customer can read aloud and a cashier can type without confusion: no 0/O, no
 * 1/I. 32 divides 256, so `byte % 32` keeps every symbol equally likely (no modulo bias).
 */
export const VOUCHER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Formats random bytes (drawn by the caller with `crypto.getRandomValues`) as a voucher code,
 * one symbol per byte, grouped by 4 for reading: 8 bytes → "ABCD-EFGH" (40 bits of entropy).
 * @example formatVoucherCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 31])) // '2345-678Z'
 */
export function formatVoucherCode(bytes: Uint8Array): string {
  let code = '';
  bytes.forEach((byte, index) => {
    if (index > 0 && index % 4 === 0) code += '-';
    code += VOUCHER_ALPHABET[byte % 32];
  });
  return code;
}

/**
 * Normalizes what a person typed so it can be looked up: upper case, separators removed, then
 * regrouped by 4 like `formatVoucherCode`. The alphabet has no look-alike pairs left, so no
 * letter needs mapping.
 * @example normalizeVoucherCode('abcd efgh') // 'ABCD-EFGH'
 */
export function normalizeVoucherCode(typed: string): string {
  const symbols = typed.toUpperCase().replace(/[\s-]/g, '');
  return symbols.replace(/(.{4})(?=.)/g, '$1-');
}
