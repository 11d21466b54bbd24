import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { insertFollowUpItem } from '../../repositories/follow-up-items.ts';
import type { MerchantScope } from '../scope.ts';

export type FollowUpItemInput = {
  customerId: string;
  /** One of `FOLLOW_UP_REASONS` (`reasons/index.ts`). */
  reason: string;
  /**
   * What makes this item one of a kind (`detractor:<response id>`, `recognition:<id>`): a
   * second add with the same key adds nothing. Without it, every add is a new item.
   */
  occasionKey?: string | undefined;
  details?: Record<string, unknown> | undefined;
  note?: string | null | undefined;
};

/**
 * Puts a customer on the follow-up list, in the caller's transaction. The function other
 * features call (a detractor's answer, recognition, a campaign's "call them" list); returns the
 * new item's id, or null when that occasion already has its item.
 *
 * @example
 * await addFollowUpItem(tx, scope, { customerId, reason: 'manual', note: 'Rappeler pour la commande de Noël' });
 */
export async function addFollowUpItem(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'actor' | 'now'>,
  input: FollowUpItemInput,
): Promise<string | null> {
  const { merchantId, actor, now } = scope;
  const note = input.note?.trim() || null;
  if (input.reason === 'manual' && !note) {
    throw new AppError('validation_failed', 'Say why to call', {
      fields: [{ field: 'note', message: 'is required', code: 'required' }],
    });
  }
  if (!(await findCustomer(tx, merchantId, input.customerId))) throw notFound('Customer');
  const id = uuidv7();
  const inserted = await insertFollowUpItem(tx, {
    merchantId,
    id,
    customerId: input.customerId,
    reason: input.reason,
    occasionKey: input.occasionKey ?? `${input.reason}:${id}`,
    details: input.details ?? {},
    note,
    author: actor,
    at: now,
  });
  return inserted ?? null;
}
