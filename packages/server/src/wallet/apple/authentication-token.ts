import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret a pass shows the PassKit web service (`Authorization: ApplePass <token>`), derived
 * from the card token rather than stored: whoever holds the pass holds the card anyway, and a
 * card link that is replaced (after a lost phone) revokes the old pass's updates with it.
 */
export function passAuthenticationToken(cardToken: string): string {
  return createHmac('sha256', cardToken).update('apple-wallet-pass').digest('base64url');
}

/** Whether an `Authorization` header carries the token of the pass with this card token. */
export function isPassAuthorization(header: string | undefined, cardToken: string): boolean {
  const match = /^ApplePass (\S+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(passAuthenticationToken(cardToken));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
