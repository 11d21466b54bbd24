import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertTags } from '../../repositories/customer-tags.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { normalizeTag } from '../customers/set-customer-tags.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * One click from recognition to a campaign: the chosen customers get a tag, which a campaign's
 * segment then selects (segments filter on tags). Tagging twice changes nothing.
 */
export async function tagRecognisedCustomers(
  tx: Tx,
  scope: MerchantScope,
  input: { customerIds: readonly string[]; tag: string },
) {
  const { merchantId, actor, now } = scope;
  const tag = normalizeTag(input.tag);
  if (tag === '') {
    throw new AppError('validation_failed', 'Give a tag', {
      fields: [{ field: 'tag', message: 'give a tag', code: 'required' }],
    });
  }
  const tagged: string[] = [];
  for (const customerId of new Set(input.customerIds)) {
    if (!(await findCustomer(tx, merchantId, customerId))) continue; // another shop's id: never told
    await insertTags(tx, merchantId, customerId, [tag], now);
    tagged.push(customerId);
  }
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customers.tagged_for_campaign',
    subjectType: 'merchant',
    subjectId: merchantId,
    details: { tag, customers: tagged.length },
  });
  return { tag, tagged: tagged.length };
}
