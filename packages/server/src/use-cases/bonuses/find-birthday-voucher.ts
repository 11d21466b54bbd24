import type { Tx } from '../../db/tenant.ts';
import { findBirthdayVoucher } from '../../repositories/bonuses.ts';

/**
 * A customer's birthday voucher of a year — what the birthday email shows — or null when none
 * was granted (no birthday, bonus off, window not reached yet). `year` is the birthday's own.
 * @example await birthdayVoucherOfYear(tx, merchantId, customerId, 2027)
 * // { code: 'K7QM-2XPA', rewardId, programId, issuedAt, expiresAt, status: 'available' }
 */
export async function birthdayVoucherOfYear(
  tx: Tx,
  merchantId: string,
  customerId: string,
  year: number,
) {
  const row = await findBirthdayVoucher(tx, merchantId, customerId, year);
  if (!row) return null;
  return {
    code: row.code,
    rewardId: row.reward_id,
    programId: row.program_id,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    status: row.event ?? ('available' as const),
  };
}
