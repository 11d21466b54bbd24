/**
 * Every failure the server reports on purpose has a stable code. The HTTP status for each
 * code lives in one table (`http/problem.ts`), so use cases never think in status codes.
 */
export const ERROR_CODES = {
  validation_failed: 422,
  malformed_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  missing_scope: 403,
  adjustment_limit_exceeded: 403,
  refund_window_closed: 403,
  cross_site_request: 403,
  not_found: 404,
  conflict: 409,
  slug_taken: 409,
  email_taken: 409,
  weak_password: 422,
  wrong_password: 422,
  invalid_link: 410,
  outbox_not_resendable: 409,
  rate_limited: 429,
  insufficient_balance: 409,
  voucher_already_used: 409,
  voucher_expired: 409,
  voucher_voided: 409,
  voucher_not_found: 404,
  no_voucher_available: 409,
  reward_archived: 409,
  reward_not_in_program: 422,
  program_kind_mismatch: 422,
  program_archived: 409,
  below_minimum_purchase: 409,
  invalid_amount: 422,
  invalid_program: 422,
  missing_spend_estimate: 422,
  invalid_tier_ladder: 422,
  invalid_bonus_settings: 422,
  club_not_set_up: 409,
  club_membership_not_running: 409,
  cause_not_set_up: 409,
  cause_not_available: 409,
  cause_payment_exceeds_owed: 409,
  goal_not_measurable: 422,
  goal_archived: 409,
  purchase_already_recorded: 409,
  redemption_already_recorded: 409,
  adjustment_already_recorded: 409,
  refund_already_recorded: 409,
  bonus_already_recorded: 409,
  already_refunded: 409,
  refund_exceeds_purchase: 409,
  points_not_convertible: 422,
  promo_code_not_found: 404,
  promo_code_taken: 409,
  promo_code_not_started: 409,
  promo_code_expired: 409,
  promo_code_used_up: 409,
  promo_code_limit_reached: 409,
  promo_code_below_minimum: 422,
  reason_required: 422,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  external_id_conflict: 409,
  webhook_url_not_allowed: 422,
  import_file_too_large: 413,
  import_file_unreadable: 422,
  import_not_editable: 409,
  import_mapping_incomplete: 422,
  campaign_already_sent: 409,
  survey_closed: 409,
  survey_already_answered: 409,
  survey_respondent_unknown: 422,
  follow_up_already_done: 409,
  customer_merged: 409,
  customer_erased: 409,
  merge_same_customer: 422,
  merge_accounts_differ: 409,
  siret_taken: 409,
  customer_in_other_account: 409,
  invoice_number_taken: 409,
  acquisition_channel_taken: 409,
  automation_needs_parameters: 409,
  sms_not_available: 422,
  marketing_needs_https: 409,
  wallet_not_configured: 404,
  wallet_certificate_invalid: 503,
  wallet_certificate_expired: 503,
  payload_too_large: 413,
  unsupported_media_type: 415,
  database_busy: 503,
  database_unavailable: 503,
  overloaded: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * A field-level problem, as shown next to a form field. `message` is English for API users;
 * `code` and the limits (`maximum`, `minimum`, `origin`: what was measured, `format`, `values`)
 * let a client write the sentence in its own language ("Trop grand : 1 000 000,00 € au plus").
 */
export type FieldError = {
  field: string;
  message: string;
  code?: string;
  origin?: string;
  maximum?: number;
  minimum?: number;
  inclusive?: boolean;
  format?: string;
  values?: (string | number | boolean | null)[];
};

export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

/**
 * An API key refused because it is not live (unknown, or revoked since this process learnt it):
 * `unauthenticated`, as any caller not signed in. A class of its own because it is the
 * caller's refusal, not the request's: a write under an Idempotency-Key never stores it
 * (`runWrite`), so the same request sent again with a live key is done, not answered 401.
 */
export class ApiKeyNotLive extends AppError {
  constructor() {
    super('unauthenticated', 'Unknown or revoked API key');
  }
}

/** Shorthand for the most common failure: the thing does not exist for this merchant. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}
