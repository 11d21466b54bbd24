import { normalizePromoCode } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findPromoCode,
  type PromoCodeFields,
  updatePromoCode as update,
} from '../../repositories/promo-codes.ts';
import type { MerchantScope } from '../scope.ts';
import { assertCodeFree } from './promo-code-taken.ts';

export type PromoCodeChanges = Partial<PromoCodeFields> & { archived?: boolean };

/**
 * Edits a promo code or archives it (`archived: true`: no longer usable, its uses kept). The
 * uses already counted stay; a lower `maxUses` only stops further uses. A code cannot change
 * its kind of discount to a mix: giving `percentOff` clears `amountOffCents` and vice versa.
 */
export function updatePromoCode(scope: MerchantScope, id: string, changes: PromoCodeChanges) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const existing = await findPromoCode(tx, merchantId, id);
    if (!existing) throw new AppError('promo_code_not_found', 'Promo code not found');
    const code = changes.code === undefined ? undefined : normalizePromoCode(changes.code);
    if (code !== undefined) await assertCodeFree(tx, merchantId, code, id);
    const startsOn = changes.startsOn === undefined ? existing.starts_on : changes.startsOn;
    const endsOn = changes.endsOn === undefined ? existing.ends_on : changes.endsOn;
    if (startsOn && endsOn && startsOn > endsOn) {
      throw new AppError('validation_failed', 'The last day is before the first', {
        fields: [
          { field: 'endsOn', message: 'must be on or after startsOn', code: 'before_start' },
        ],
      });
    }
    await update(
      tx,
      merchantId,
      id,
      {
        ...changes,
        ...(code !== undefined ? { code } : {}),
        ...(changes.percentOff != null ? { amountOffCents: null } : {}),
        ...(changes.amountOffCents != null ? { percentOff: null } : {}),
      },
      now,
    );
    await appendAudit(tx, merchantId, actor, now, {
      action: changes.archived ? 'promo_code.archived' : 'promo_code.updated',
      subjectType: 'promo_code',
      subjectId: id,
    });
    return (await findPromoCode(tx, merchantId, id))!;
  });
}
