import { isPositiveWholeNumber, isWholeNumber } from '../ledger/whole-numbers.ts';
import type { Program } from '../model/program.ts';
import { ok, type Result, reject } from '../result/result.ts';

/**
 * Checks a program's settings before it is saved, so the rules never meet a 0-stamp card or a
 * fractional rate. Rejects with `invalid_program` and the offending `field`.
 * @example validateProgram({ ...card, stampsPerCard: 0 }) // { ok: false, code: 'invalid_program', detail: { field: 'stampsPerCard' } }
 */
export function validateProgram(program: Program): Result<Program> {
  const field = invalidField(program);
  return field === null ? ok(program) : reject('invalid_program', { field });
}

function invalidField(program: Program): string | null {
  if (!isPositiveWholeNumber(program.version)) return 'version';
  if (program.name.fr.trim() === '' || program.name.en.trim() === '') return 'name';
  if (!optional(program.minimumPurchaseCents, isWholeNumber)) return 'minimumPurchaseCents';
  if (!optional(program.voucherValidityDays, isPositiveWholeNumber)) return 'voucherValidityDays';
  if (program.expiry !== undefined) {
    if (!isPositiveWholeNumber(program.expiry.monthsWithoutActivity)) return 'expiry';
    if (!isWholeNumber(program.expiry.noticeDays)) return 'expiry';
  }
  if (program.kind === 'points') {
    if (!isPositiveWholeNumber(program.pointsPerEuro)) return 'pointsPerEuro';
    const rate = program.pointsAsMoney;
    if (
      rate !== undefined &&
      !(isPositiveWholeNumber(rate.points) && isPositiveWholeNumber(rate.cents))
    ) {
      return 'pointsAsMoney';
    }
    return null;
  }
  if (!isPositiveWholeNumber(program.stampsPerCard)) return 'stampsPerCard';
  if (program.rule.per === 'spend' && !isPositiveWholeNumber(program.rule.centsPerStamp)) {
    return 'centsPerStamp';
  }
  if (program.rule.per === 'item' && program.rule.category.trim() === '') return 'category';
  return null;
}

function optional(value: number | undefined, check: (value: number) => boolean): boolean {
  return value === undefined || check(value);
}
