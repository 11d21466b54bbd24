import type { ColumnType, Generated } from 'kysely';

/** Timestamps are written as Date or ISO strings and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type Role = 'owner' | 'manager' | 'staff';
export type ActorType = 'user' | 'api_key' | 'system' | 'public';

export interface MerchantsTable {
  id: string;
  name: string;
  slug: string;
  time_zone: Generated<string>;
  currency: Generated<string>;
  locale: Generated<'fr' | 'en'>;
  business_kind: string | null;
  brand_color: string | null;
  signup_token: string;
  hourly_cost_cents: ColumnType<number | null, never, number | null>;
  financing_rate_bp: ColumnType<number | null, never, number | null>;
  /** The owner's weights for the priority list; null: the defaults. */
  priority_weights: ColumnType<Record<string, number> | null, never, string | null>;
  margin_rate_bp: ColumnType<number | null, never, number | null>;
  annual_discount_rate_bp: ColumnType<number | null, never, number | null>;
  created_at: CreatedAt;
  /** Changes with any change to the merchant's programs or rewards (cache key). */
  loyalty_version: Generated<number>;
  /** The controller's postal address and rights contact, for the privacy notice. */
  legal_address: ColumnType<string | null, never, string | null>;
  privacy_email: ColumnType<string | null, never, string | null>;
}

/** A shop's address, reserved at sign-up: the key that stops two sign-ups taking one slug. */
export interface MerchantSlugsTable {
  slug: string;
  merchant: string;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id_hash: string;
  /** Public handle for ending one session from the list (the hash stays private). */
  id: Generated<string>;
  user_id: string;
  merchant_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Timestamp | null;
  user_agent: string | null;
}

export type OutboxStatus = 'held' | 'queued' | 'sending' | 'sent' | 'failed' | 'uncertain';
export type MailKind = 'transactional' | 'marketing';

/** One message and its single delivery (see src/mail/outbox-delivery.ts). */
export interface AccountOutboxTable {
  id: string;
  idempotency_key: string;
  kind: MailKind;
  category: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  headers: Json<Record<string, string>>;
  message_id: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  lease_until: Timestamp | null;
  last_attempt_at: Timestamp | null;
  last_reply: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export type MessageChannel = 'email' | 'sms';

export interface OutboxTable extends AccountOutboxTable {
  merchant_id: string;
  channel: ColumnType<MessageChannel, MessageChannel | undefined, never>;
  /** SMS parts the provider bills (text messages only). */
  segments: ColumnType<number | null, number | null | undefined, never>;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface StaffInvitationsTable {
  merchant_id: string;
  id: string;
  token_hash: string;
  email: string;
  role: Role;
  display_name: string | null;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
}

export interface SignupRequestsTable {
  token_hash: string;
  email: string;
  password_hash: string;
  details: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export type InteractionKind = 'call' | 'visit' | 'email' | 'complaint' | 'dispute' | 'late_payment';
export type DisputeStatus = 'open' | 'resolved' | 'rejected';

export interface PromoCodesTable {
  merchant_id: string;
  id: string;
  code: string;
  percent_off: number | null;
  amount_off_cents: number | null;
  minimum_purchase_cents: number | null;
  /** Shop-local calendar days, `YYYY-MM-DD`, both included. */
  starts_on: string | null;
  ends_on: string | null;
  max_uses: number | null;
  per_customer_limit: number | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PromoCodeUsesTable {
  merchant_id: string;
  purchase_id: string;
  promo_code_id: string;
  customer_id: string;
  amount_off_cents: number;
  used_at: Timestamp;
  /** Set when the purchase was refunded in full: the use no longer counts against the limits. */
  released_at: Timestamp | null;
  released_by_refund_id: string | null;
}

export interface B2bThresholdSettingsTable {
  merchant_id: string;
  period_months: number;
  /** [{ fromCents, percent }], climbing. */
  steps: unknown;
  updated_at: Timestamp;
}

export interface PointsConversionsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  program_id: string;
  points: number;
  amount_cents: number;
  actor_type: ActorType;
  actor_id: string | null;
  created_at: Timestamp;
}

export interface PointsConversionUsesTable {
  merchant_id: string;
  conversion_id: string;
  purchase_id: string;
  amount_cents: number;
  used_at: Timestamp;
}

export interface InteractionsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  kind: InteractionKind;
  occurred_at: Timestamp;
  author_type: string;
  author_id: string | null;
  minutes_spent: number;
  outcome: string | null;
  conceded_cents: ColumnType<number, number, number>;
  dispute_status: DisputeStatus | null;
  late_amount_cents: ColumnType<number | null, number | null, number | null>;
  late_days: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  merchant_id: string;
  user_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface LocationsTable {
  merchant_id: string;
  id: string;
  name: string;
  address: string | null;
  created_at: CreatedAt;
  archived_at: Timestamp | null;
}

export interface ApiKeysTable {
  merchant_id: string;
  id: string;
  name: string;
  key_prefix: string;
  key_hash: string;
  /** Permissions the key holds (a subset of API_KEY_SCOPES). */
  scopes: string[];
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface CustomersTable {
  merchant_id: string;
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  birth_day: number | null;
  birth_month: number | null;
  company: string | null;
  card_token: string;
  card_token_rotated_at: Timestamp | null;
  customer_since: ColumnType<Date, Date | string | undefined, Date | string>;
  /** When they joined the loyalty program; null for a known customer who has not (yet). */
  member_since: Timestamp | null;
  /** The customer's number in the shop's previous system (unique per merchant), set by an import. */
  external_ref: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the customer was erased (GDPR): the row stays for the books, anonymised. */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The customer this duplicate was merged into (the final survivor); null for a live one. */
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  merged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The customer's short code to share (not secret), drawn by the database on insert. */
  referral_code: ColumnType<string, string | undefined, never>;
  /** Created by an import: triggers no automation until they buy in the shop. */
  imported: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ConsentsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  channel: 'email' | 'sms' | 'post';
  granted: boolean;
  recorded_at: Timestamp;
  source: string;
  wording_version: string;
}

export interface AuditLogTable {
  merchant_id: string;
  id: string;
  occurred_at: CreatedAt;
  actor_type: ActorType;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Json<Record<string, unknown>>;
}

export type Localized = { fr: string; en: string };

export interface ProgramsTable {
  merchant_id: string;
  id: string;
  kind: 'stamps' | 'points';
  name: Json<Localized>;
  rules: Json<Record<string, unknown>>;
  /** What the owner expects customers to spend, for the reward economics (not a rule). */
  spend_estimate: Json<{ averageBasketCents?: number; averageItemPriceCents?: number }>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  archived_at: Timestamp | null;
}

export interface RewardsTable {
  merchant_id: string;
  id: string;
  program_id: string;
  name: Json<Localized>;
  cost: number;
  cost_price_cents: number;
  retail_value_cents: number;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  archived_at: Timestamp | null;
}

export interface PurchasesTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  amount_cents: number;
  occurred_at: Timestamp;
  location_id: string | null;
  external_id: string | null;
  items: Json<unknown[]> | null;
  /** What the till took off before the customer paid `amount_cents`; null = none declared. */
  discounts: ColumnType<unknown[] | null, string | null | undefined, never>;
  /** 'import': history read from a file, which earned nothing. */
  source: ColumnType<'recorded' | 'import', 'recorded' | 'import' | undefined, never>;
  actor_type: ActorType;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface RefundsTable {
  merchant_id: string;
  id: string;
  purchase_id: string;
  amount_cents: number;
  reason: string | null;
  /** `import:<identity>` for a cancellation read from a file; null otherwise. */
  external_id: ColumnType<string | null, string | null | undefined, never>;
  actor_type: ActorType;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface VouchersTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  program_id: string;
  reward_id: string;
  code: string;
  cost: number;
  unit: 'stamps' | 'points';
  source: Json<Record<string, unknown>>;
  issued_at: Timestamp;
  expires_at: Timestamp | null;
  /** False once the voucher has an event (used or voided); kept by a trigger on `voucher_events`. */
  is_open: Generated<boolean>;
}

export interface VoucherEventsTable {
  merchant_id: string;
  voucher_id: string;
  kind: 'used' | 'voided';
  at: Timestamp;
  redemption_id: string | null;
  refund_id: string | null;
}

export interface RedemptionsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  program_id: string;
  reward_id: string;
  voucher_id: string;
  cost: number;
  unit: 'stamps' | 'points';
  actor_type: ActorType;
  actor_id: string | null;
  created_at: CreatedAt;
}

export type LedgerKind = 'earn' | 'redeem' | 'expire' | 'adjust' | 'reverse';

export interface LedgerEntriesTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  program_id: string;
  program_version: number;
  kind: LedgerKind;
  unit: 'stamps' | 'points';
  delta: number;
  cause_type: string;
  cause_ref: string | null;
  cause: Json<Record<string, unknown>>;
  actor_type: ActorType;
  actor_id: string | null;
  occurred_at: Timestamp;
  created_at: CreatedAt;
}

/** A customer's standing in one program: the sums of its ledger, kept by triggers. */
export interface LoyaltyBalancesTable {
  merchant_id: string;
  customer_id: string;
  program_id: string;
  balance: number;
  last_activity_at: Timestamp | null;
  clawback_owed: number;
  /** Vouchers issued and neither used nor voided (expired ones included). */
  open_vouchers: number;
}

export interface IdempotencyKeysTable {
  merchant_id: string;
  principal: string;
  key: string;
  request_hash: string;
  response_status: number | null;
  response_body: Json<unknown> | null;
  /** The answer exactly as sent (newer rows; older ones only have `response_body`). */
  response_text: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CustomerNotesTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  body: string;
  author_type: ActorType;
  author_id: string | null;
  created_at: CreatedAt;
}

export interface CustomerTagsTable {
  merchant_id: string;
  customer_id: string;
  tag: string;
  created_at: CreatedAt;
}

export interface AdjustmentLimitsTable {
  merchant_id: string;
  role: 'staff' | 'integration';
  /** In rewards' worth: one card's stamps, or the cheapest reward's points. */
  per_adjustment: number;
  per_day: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** Why a balance was adjusted; the free text lives here (redactable), never in the ledger. */
export interface BalanceAdjustmentsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  program_id: string;
  delta: number;
  reason_code: 'goodwill' | 'till_error' | 'paper_card' | 'other';
  reason: string | null;
  actor_type: ActorType;
  actor_id: string | null;
  actor_role: string | null;
  occurred_at: Timestamp;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobsTable {
  merchant_id: string;
  id: string;
  kind: string;
  payload: Json<unknown>;
  idempotency_key: string | null;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  run_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: number;
  lease_token: string | null;
  lease_owner: string | null;
  lease_expires_at: Timestamp | null;
  last_started_at: Timestamp | null;
  finished_at: Timestamp | null;
  last_error: string | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface JobSchedulesTable {
  merchant_id: string;
  kind: string;
  schedule: Json<unknown>;
  next_run_at: Timestamp | null;
  last_run_at: Timestamp | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface AnalyticsFitsTable {
  merchant_id: string;
  fitted: string;
  fitted_at: Date;
}

export interface AnalyticsFiguresTable {
  merchant_id: string;
  data_version: string;
  settings: unknown;
  computed_at: Date;
  figures: Buffer;
}

export interface CrossSellRulesTable {
  merchant_id: string;
  data_version: string;
  computed_at: Date;
  customers_with_items: number;
  rules: unknown;
  names: unknown;
}

export interface GoalMeasuresTable {
  merchant_id: string;
  subject: string;
  inputs: string;
  measured: unknown;
  measured_at: Date;
}

export interface RateWindowsTable {
  key_hash: string;
  hits: number;
  window_ends_at: Date;
}

export interface AttemptThrottlesTable {
  key_hash: string;
  attempts: number;
  last_attempt_at: Date;
  blocked_until: Date | null;
}

export interface WebhooksTable {
  merchant_id: string;
  id: string;
  url: string;
  events: string[];
  secret: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, Date | string, never>;
  updated_at: Timestamp;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveriesTable {
  merchant_id: string;
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: ColumnType<
    WebhookDeliveryStatus,
    WebhookDeliveryStatus | undefined,
    WebhookDeliveryStatus
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface WebhookAttemptsTable {
  merchant_id: string;
  id: string;
  delivery_id: string;
  attempted_at: ColumnType<Date, Date | string, never>;
  succeeded: boolean;
  response_status: number | null;
  duration_ms: number;
  error: string | null;
}

/** A shop's tier ladder (`TierLadder` of @habitue/loyalty), versioned like programs. */
export interface TierLaddersTable {
  merchant_id: string;
  ladder: Json<unknown>;
  version: number;
  created_at: ColumnType<Date, Date | string, never>;
  updated_at: Timestamp;
}

/** The level each member was last known at (`since` is YYYY-MM-DD in the shop's time zone). */
export interface CustomerTiersTable {
  merchant_id: string;
  customer_id: string;
  level_id: string;
  since: string;
  updated_at: Timestamp;
}

export type ImportUploadStatus = 'uploaded' | 'queued' | 'running' | 'imported' | 'refused';

export interface ImportUploadsTable {
  merchant_id: string;
  id: string;
  file_name: string;
  file_size: number;
  /** Null once the import has ended. */
  file: Buffer | null;
  /** The owner's column choices: `[{ column, field }]` (a column's 1-based number). */
  maps: ColumnType<unknown, string | undefined, string>;
  header_line: number | null;
  status: ColumnType<ImportUploadStatus, ImportUploadStatus | undefined, ImportUploadStatus>;
  valid_rows_only: ColumnType<boolean, boolean | undefined, boolean>;
  runs: ColumnType<number, number | undefined, number>;
  step: string | null;
  job_id: string | null;
  report: ColumnType<unknown, string | null | undefined, string | null>;
  created_by: string;
  created_at: ColumnType<Date, Date | string, never>;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export type CampaignChannel = 'email' | 'sms';
export type CampaignStatus = 'draft' | 'sending' | 'sent';

export interface CampaignsTable {
  merchant_id: string;
  id: string;
  name: string;
  channel: CampaignChannel;
  segment: Json<Record<string, unknown>>;
  subject: string;
  body: string;
  control_share: number;
  control_seed: string;
  status: ColumnType<CampaignStatus, CampaignStatus | undefined, CampaignStatus>;
  /** Customers the consent rules left out when it was sent, per reason. */
  excluded: ColumnType<Record<string, number>, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export type CampaignRecipientStatus = 'control' | 'pending' | 'queued' | 'skipped';

export interface CampaignRecipientsTable {
  merchant_id: string;
  campaign_id: string;
  customer_id: string;
  in_control: boolean;
  status: CampaignRecipientStatus;
  skip_reason: string | null;
  outbox_id: string | null;
  unsubscribe_token_hash: string | null;
  unsubscribed_at: Timestamp | null;
  /** When the card link of this message was first followed. */
  clicked_at: ColumnType<Date | null, never, Date>;
  created_at: Timestamp;
}

export interface Database {
  merchants: MerchantsTable;
  merchant_slugs: MerchantSlugsTable;
  users: UsersTable;
  sessions: SessionsTable;
  outbox: OutboxTable;
  interactions: InteractionsTable;
  promo_codes: PromoCodesTable;
  promo_code_uses: PromoCodeUsesTable;
  b2b_threshold_settings: B2bThresholdSettingsTable;
  points_conversions: PointsConversionsTable;
  points_conversion_uses: PointsConversionUsesTable;
  account_outbox: AccountOutboxTable;
  password_resets: PasswordResetsTable;
  signup_requests: SignupRequestsTable;
  staff_invitations: StaffInvitationsTable;
  memberships: MembershipsTable;
  locations: LocationsTable;
  api_keys: ApiKeysTable;
  adjustment_limits: AdjustmentLimitsTable;
  balance_adjustments: BalanceAdjustmentsTable;
  customers: CustomersTable;
  consents: ConsentsTable;
  audit_log: AuditLogTable;
  programs: ProgramsTable;
  rewards: RewardsTable;
  purchases: PurchasesTable;
  refunds: RefundsTable;
  vouchers: VouchersTable;
  redemptions: RedemptionsTable;
  voucher_events: VoucherEventsTable;
  ledger_entries: LedgerEntriesTable;
  loyalty_balances: LoyaltyBalancesTable;
  idempotency_keys: IdempotencyKeysTable;
  customer_notes: CustomerNotesTable;
  customer_tags: CustomerTagsTable;
  jobs: JobsTable;
  job_schedules: JobSchedulesTable;
  attempt_throttles: AttemptThrottlesTable;
  rate_windows: RateWindowsTable;
  analytics_fits: AnalyticsFitsTable;
  analytics_figures: AnalyticsFiguresTable;
  goal_measures: GoalMeasuresTable;
  cross_sell_rules: CrossSellRulesTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  tier_ladders: TierLaddersTable;
  customer_tiers: CustomerTiersTable;
  import_uploads: ImportUploadsTable;
  campaigns: CampaignsTable;
  campaign_recipients: CampaignRecipientsTable;
  wallet_passes: WalletPassesTable;
  wallet_devices: WalletDevicesTable;
  shop_apple_certificates: ShopAppleCertificatesTable;
  club_settings: ClubSettingsTable;
  club_events: ClubEventsTable;
  causes: CausesTable;
  cause_settings: CauseSettingsTable;
  customer_causes: CustomerCausesTable;
  cause_shares: CauseSharesTable;
  cause_payments: CausePaymentsTable;
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  follow_up_items: FollowUpItemsTable;
  bonus_settings: BonusSettingsTable;
  referrals: ReferralsTable;
  b2b_accounts: B2bAccountsTable;
  b2b_account_contacts: B2bAccountContactsTable;
  b2b_invoices: B2bInvoicesTable;
  automation_settings: AutomationSettingsTable;
  automation_sends: AutomationSendsTable;
  goals: GoalsTable;
  acquisition_channels: AcquisitionChannelsTable;
  customer_acquisitions: CustomerAcquisitionsTable;
  acquisition_spend: AcquisitionSpendTable;
}

type Cents = ColumnType<number, number, number>;

/** The shop's paid club (one per shop). */
export interface ClubSettingsTable {
  merchant_id: string;
  name: string;
  period: 'monthly' | 'yearly';
  fee_cents: Cents;
  discount_percent: number;
  perks: Json<string[]>;
  grace_days: number;
  reminder_days: number;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A club fee paid or a cancellation (append-only). */
export interface ClubEventsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  kind: 'payment' | 'cancellation';
  occurred_at: Timestamp;
  period: 'monthly' | 'yearly' | null;
  amount_cents: ColumnType<number | null, number | null, number | null>;
  method: 'cash' | 'card' | 'other' | null;
  actor_type: string;
  actor_id: string | null;
  created_at: Timestamp;
}

export interface CausesTable {
  merchant_id: string;
  id: string;
  name: string;
  description: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CauseSettingsTable {
  merchant_id: string;
  rule: Json<{ kind: 'percent'; basisPoints: number } | { kind: 'per_visit'; cents: number }>;
  default_cause_id: string;
  customers_choose: Generated<boolean>;
  updated_at: Timestamp;
}

export interface CustomerCausesTable {
  merchant_id: string;
  customer_id: string;
  cause_id: string;
  chosen_at: Timestamp;
}

/** A purchase's share for its cause, or (negative, with `refund_id`) what a refund took back. */
export interface CauseSharesTable {
  merchant_id: string;
  id: string;
  cause_id: string;
  customer_id: string;
  purchase_id: string;
  refund_id: string | null;
  amount_cents: Cents;
  occurred_at: Timestamp;
  created_at: Timestamp;
}

/** A donation the shop made to a cause. */
export interface CausePaymentsTable {
  merchant_id: string;
  id: string;
  cause_id: string;
  amount_cents: Cents;
  paid_on: ColumnType<string, string, string>;
  reference: string | null;
  actor_type: string;
  actor_id: string | null;
  created_at: Timestamp;
}

/** A shop's bonuses (`BonusSettings` of @habitue/loyalty). */
export interface BonusSettingsTable {
  merchant_id: string;
  settings: Json<unknown>;
  updated_at: Timestamp;
}

/** Who brought whom, and once, the purchase that earned both rewards and the refund that took them back. */
export interface ReferralsTable {
  merchant_id: string;
  referee_id: string;
  referrer_id: string;
  created_at: Timestamp;
  rewarded_purchase_id: string | null;
  rewarded_program_id: string | null;
  rewarded_at: Timestamp | null;
  taken_back_refund_id: string | null;
  taken_back_at: Timestamp | null;
}

/** What the owner chose for one automation (absent row: off, default wording and parameters). */
export interface AutomationSettingsTable {
  merchant_id: string;
  automation: string;
  enabled: boolean;
  channel: MessageChannel;
  subject: string | null;
  body: string | null;
  parameters: Json<Record<string, unknown>>;
  control_share: number;
  control_seed: string;
  enabled_at: Timestamp | null;
  updated_at: Timestamp;
}

export type AutomationSendStatus = 'control' | 'queued' | 'skipped';

/** One occasion of one automation for one customer, recorded once (primary key). */
export interface AutomationSendsTable {
  merchant_id: string;
  automation: string;
  customer_id: string;
  occasion_key: string;
  in_control: boolean;
  status: AutomationSendStatus;
  skip_reason: string | null;
  channel: MessageChannel | null;
  outbox_id: string | null;
  unsubscribe_token_hash: string | null;
  unsubscribed_at: Timestamp | null;
  /** When the card link of this message was first followed. */
  clicked_at: ColumnType<Date | null, never, Date>;
  created_at: Timestamp;
}

/** An Apple Wallet pass that asked for updates; `version` counts the changes to what it shows. */
export interface WalletPassesTable {
  merchant_id: string;
  customer_id: string;
  version: Generated<string>;
  changed_at: Generated<Date>;
  created_at: Date;
}

/** A phone registered for a pass's updates (PassKit web service). */
export interface WalletDevicesTable {
  merchant_id: string;
  customer_id: string;
  device_library_id: string;
  push_token: string;
  registered_at: Date;
}

/** A shop's own Pass Type ID certificate (its passes are signed with it, not the operator's). */
export interface ShopAppleCertificatesTable {
  merchant_id: string;
  pass_type_id: string;
  team_id: string;
  certificate: string;
  private_key: string;
  wwdr: string;
  subject: string;
  expires_at: Date;
  uploaded_at: Date;
  uploaded_by: string | null;
}

export type SurveyStatus = 'open' | 'closed';
export type SurveyChannel = 'link' | 'card' | 'contact';

/** A survey: its questions (checked by `use-cases/surveys/survey-questions.ts`) and public token. */
export interface SurveysTable {
  merchant_id: string;
  id: string;
  title: string;
  intro: string | null;
  questions: Json<unknown[]>;
  public_token: string;
  status: ColumnType<SurveyStatus, SurveyStatus | undefined, SurveyStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

/** One customer's answer to one survey (unique per survey and customer). */
export interface SurveyResponsesTable {
  merchant_id: string;
  id: string;
  survey_id: string;
  customer_id: string;
  answers: Json<Record<string, unknown>>;
  nps_score: number | null;
  channel: SurveyChannel;
  created_at: Timestamp;
}

export type FollowUpStatus = 'open' | 'done';

/** Someone to call or visit, why, and once done how it went. */
export interface FollowUpItemsTable {
  merchant_id: string;
  id: string;
  customer_id: string;
  reason: string;
  occasion_key: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  note: string | null;
  status: ColumnType<FollowUpStatus, FollowUpStatus | undefined, FollowUpStatus>;
  outcome: string | null;
  interaction_id: string | null;
  created_by_type: string;
  created_by_id: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
  done_by_type: string | null;
  done_by_id: string | null;
}

/** A business customer (seed 003). */
export interface B2bAccountsTable {
  merchant_id: string;
  id: string;
  company_name: string;
  siren: string | null;
  siret: string | null;
  address: string | null;
  payment_terms_days: number;
  /** The owner's estimate of what the account could buy more each year, cents. */
  potential_estimate_cents: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A customer who is a contact of a business account (one account per customer). */
export interface B2bAccountContactsTable {
  merchant_id: string;
  customer_id: string;
  account_id: string;
  added_at: Timestamp;
}

/** An invoice of a business account; dates are 'YYYY-MM-DD'. */
export interface B2bInvoicesTable {
  merchant_id: string;
  id: string;
  account_id: string;
  number: string;
  amount_cents: number;
  issued_on: string;
  due_on: string;
  paid_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An owner's SMART goal (docs/analytics/goals.md). */
export interface GoalsTable {
  merchant_id: string;
  id: string;
  name: string | null;
  metric: string;
  segment: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  template: string | null;
  baseline: number;
  target: number;
  /** The shop's local day the goal was set, 'YYYY-MM-DD'. */
  starts_on: ColumnType<string, string, string>;
  deadline: ColumnType<string, string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

/** An answer the shop offers to "comment nous avez-vous connus ?" (archived, never deleted). */
export interface AcquisitionChannelsTable {
  merchant_id: string;
  id: string;
  label: string;
  position: number;
  archived_at: Date | null;
  created_at: Timestamp;
}

/** How one customer says they came (at sign-up) or the staff recorded it. */
export interface CustomerAcquisitionsTable {
  merchant_id: string;
  customer_id: string;
  channel_id: string;
  recorded_by: 'signup' | 'staff';
  recorded_at: Timestamp;
}

/** What the owner spent in a month on a budget (development: per channel key, '' for none). */
export interface AcquisitionSpendTable {
  merchant_id: string;
  /** The first day of the month, 'YYYY-MM-01'. */
  month: string;
  budget: 'development' | 'loyalty';
  channel: string;
  amount_cents: Cents;
  updated_at: Timestamp;
}
