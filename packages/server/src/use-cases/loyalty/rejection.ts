import type { LoyaltyErrorCode, Rejection, Result } from '@habitue/loyalty';
import { AppError, type ErrorCode } from '../../errors/app-error.ts';

const MESSAGES: Record<LoyaltyErrorCode, string> = {
  insufficient_balance: 'Not enough stamps or points for this',
  voucher_already_used: 'This voucher has already been used',
  voucher_expired: 'This voucher has expired',
  voucher_voided: 'This voucher was cancelled by a refund',
  reward_archived: 'This reward is no longer offered',
  reward_not_in_program: 'This reward belongs to another program',
  program_kind_mismatch:
    'A stamp-card reward is unlocked by the card itself, not bought with points',
  below_minimum_purchase: 'The purchase is below the minimum amount',
  reason_required: 'Choose a reason; with "other", say why in at least 10 characters',
  adjustment_limit_exceeded: 'This is more than your role may adjust (see `limit`)',
  invalid_amount: 'Amounts must be whole numbers of cents, stamps or points',
  purchase_already_recorded: 'This purchase was already recorded',
  redemption_already_recorded: 'This redemption was already recorded',
  adjustment_already_recorded: 'This adjustment was already recorded',
  refund_already_recorded: 'This refund was already recorded',
  bonus_already_recorded: 'This bonus was already given',
  refund_exceeds_purchase: 'The refunds would add up to more than was paid',
  invalid_program: 'A program setting is out of range',
  points_not_convertible: 'This points program sets no rate for converting points into money off',
  missing_spend_estimate: 'Give an average basket (or item price) to estimate the reward economics',
};

/** A loyalty rule's rejection as the API error with the same stable code. */
export function rejectionError(rejection: Rejection): AppError {
  const code: ErrorCode = rejection.code;
  const detail = rejection.detail ?? {};
  const fields =
    typeof detail.field === 'string'
      ? {
          fields: [
            { field: detail.field, message: MESSAGES[rejection.code], code: rejection.code },
          ],
        }
      : {};
  return new AppError(code, MESSAGES[rejection.code], { ...detail, ...fields });
}

/** The value of a rule's result, or its rejection thrown as the API error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw rejectionError(result);
  return result.value;
}
