import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { deleteTags, insertTags, listTags } from '../../repositories/customer-tags.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * One spelling per tag, so "VIP", " vip " and "Vip" filter as one.
 * @example normalizeTag('  Client  Pro ') // 'client pro'
 */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Replaces a customer's tags with the given set. Only what changed is written and audited,
 * so sending the same set twice changes nothing.
 */
export async function setCustomerTags(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId: string; tags: readonly string[] },
) {
  const { merchantId, actor, now } = scope;
  if (!(await findCustomer(tx, merchantId, input.customerId))) throw notFound('Customer');
  const wanted = [...new Set(input.tags.map(normalizeTag).filter(Boolean))];
  const current = await listTags(tx, merchantId, input.customerId);
  const added = wanted.filter((t) => !current.includes(t));
  const removed = current.filter((t) => !wanted.includes(t));
  await insertTags(tx, merchantId, input.customerId, added, now);
  await deleteTags(tx, merchantId, input.customerId, removed);
  if (added.length + removed.length > 0) {
    await appendAudit(tx, merchantId, actor, now, {
      action: 'customer.tags_changed',
      subjectType: 'customer',
      subjectId: input.customerId,
      details: { added, removed },
    });
  }
  return { tags: [...wanted].sort(), added, removed };
}
