import type { LoyaltyErrorCode } from './error-codes.ts';

/** A business rejection: a stable code, plus numbers or names a UI can put in its message. */
export interface Rejection {
  readonly ok: false;
  readonly code: LoyaltyErrorCode;
  readonly detail?: RejectionDetail | undefined;
}

/** Flat values, or one level of named numbers (`limit: { perAdjustment, dailyRemaining }`). */
export type RejectionDetail = Readonly<
  Record<string, string | number | Readonly<Record<string, number | null>>>
>;

/** Either the value, or why not. Business rules never throw. */
export type Result<T> = { readonly ok: true; readonly value: T } | Rejection;

/** @example ok(3) // { ok: true, value: 3 } */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** @example reject('reason_required') // { ok: false, code: 'reason_required' } */
export function reject(code: LoyaltyErrorCode, detail?: RejectionDetail): Rejection {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}
