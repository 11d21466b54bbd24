import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';

/** Refuses a code the shop already has (archived ones too); `except` is the code being edited. */
export async function assertCodeFree(tx: Tx, merchantId: string, code: string, except?: string) {
  let query = tx
    .selectFrom('promo_codes')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('code', '=', code);
  if (except) query = query.where('id', '<>', except);
  if (await query.executeTakeFirst()) {
    throw new AppError('promo_code_taken', `The shop already has a promo code "${code}"`, {
      promoCode: code,
    });
  }
}
