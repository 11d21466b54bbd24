import { normalizePromoCode } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findPromoCode,
  insertPromoCode,
  type PromoCodeFields,
} from '../../repositories/promo-codes.ts';
import type { MerchantScope } from '../scope.ts';
import { assertCodeFree } from './promo-code-taken.ts';

/**
 * A new promo code. The code is stored upper-cased (codes are typed at a counter); a code the
 * shop already has, archived or not, is refused with `promo_code_taken`, so a past code's uses
 * are never counted against a new one.
 * @example await createPromoCode(scope, { code: 'noel10', percentOff: 10, amountOffCents: null, … })
 */
export function createPromoCode(scope: MerchantScope, input: PromoCodeFields) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const code = normalizePromoCode(input.code);
    await assertCodeFree(tx, merchantId, code);
    const row = await insertPromoCode(tx, { ...input, code, merchantId, id: uuidv7(), at: now });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'promo_code.created',
      subjectType: 'promo_code',
      subjectId: row.id,
    });
    const created = await findPromoCode(tx, merchantId, row.id);
    if (!created) throw new AppError('internal_error', 'promo code vanished');
    return created;
  });
}
