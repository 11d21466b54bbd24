import { isPositiveWholeNumber, isWholeNumber } from '../ledger/whole-numbers.ts';
import type { PointsMultiplier, Program } from '../model/program.ts';
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
    if (!(program.multipliers ?? []).every(validMultiplier)) return 'multipliers';
    return null;
  }
  if (!isPositiveWholeNumber(program.stampsPerCard)) return 'stampsPerCard';
  if (program.rule.per === 'spend' && !isPositiveWholeNumber(program.rule.centsPerStamp)) {
    return 'centsPerStamp';
  }
  if (program.rule.per === 'item' && program.rule.category.trim() === '') return 'category';
  return null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ×1 to ×10, and a condition that can hold: a time range forward, a date range in order. */
function validMultiplier(m: PointsMultiplier): boolean {
  if (!Number.isSafeInteger(m.percent) || m.percent < 100 || m.percent > 1_000) return false;
  const when = m.when;
  switch (when.kind) {
    case 'quiet_hours':
      return (
        when.weekdays.length > 0 &&
        when.weekdays.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
        TIME.test(when.from) &&
        TIME.test(when.to) &&
        when.from < when.to
      );
    case 'category':
      return when.category.trim() !== '';
    case 'dates':
      return DAY.test(when.startsOn) && DAY.test(when.endsOn) && when.startsOn <= when.endsOn;
  }
}

function optional(value: number | undefined, check: (value: number) => boolean): boolean {
  return value === undefined || check(value);
}
