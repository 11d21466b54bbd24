import type { Program } from '../model/program.ts';
import { addDays } from '../time/calendar.ts';

/**
 * When a voucher issued now by this program stops being usable; null when it never expires.
 * @example voucherExpiry({ voucherValidityDays: 30, ... }, new Date('2026-11-22T10:00:00Z')) // 2026-12-22T10:00:00Z
 */
export function voucherExpiry(program: Program, issuedAt: Date): Date | null {
  const days = program.voucherValidityDays;
  return days === undefined ? null : addDays(issuedAt, days);
}
