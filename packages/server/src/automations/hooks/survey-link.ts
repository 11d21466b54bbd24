import type { Tx } from '../../db/tenant.ts';

/**
 * The link to the shop's satisfaction survey for this customer, or null while the shop runs
 * none. The hook where the surveys plug in: return the customer's own survey link here and the
 * thank-you carries it (`{{lien_questionnaire}}`); with null it asks for a reply instead.
 */
export async function surveyLinkFor(
  _tx: Tx,
  _merchantId: string,
  _customerId: string,
): Promise<string | null> {
  return null;
}
