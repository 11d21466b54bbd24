import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A customer's personal survey link carries `<customer id>.<signature>`: an HMAC of the survey
 * id keyed with the customer's card token. Nothing new is stored; only someone holding the
 * card's secret could make one, a link works for that survey only, and a replaced card link
 * (a lost phone) or an erased customer revokes every invitation with it.
 */
export function surveyInvite(surveyId: string, customerId: string, cardToken: string): string {
  return `${customerId}.${signature(surveyId, cardToken)}`;
}

/** The customer id an invite names, before its signature is checked (undefined when malformed). */
export function invitedCustomerId(invite: string): string | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(invite);
  return match?.[1];
}

/** Whether `invite` was made for this survey with this card token. */
export function isValidInvite(invite: string, surveyId: string, cardToken: string): boolean {
  const given = Buffer.from(invite.split('.')[1] ?? '');
  const expected = Buffer.from(signature(surveyId, cardToken));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function signature(surveyId: string, cardToken: string): string {
  return createHmac('sha256', cardToken).update(`survey:${surveyId}`).digest('base64url');
}
