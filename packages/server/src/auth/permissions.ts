import type { Role } from '../db/schema.ts';

/**
 * The one permission table: which operation needs which permission, and which permission each
 * role holds. `authenticate` checks every request against it before any handler runs, and
 * `docs/roles.md` and the team settings are rendered from it.
 *
 * Adding a route is one line in `OPERATIONS` below, under the exact "METHOD /path" of the
 * OpenAPI document: the permission it needs, `'signed_in'` (any role, any key) or `'public'`.
 * A route without an entry fails the permission walk (`test/http/permissions-walk.test.ts`).
 */
export const PERMISSIONS = [
  'customers:read',
  'customers:write',
  'customers:merge',
  'purchases:write',
  'refunds:write',
  'redemptions:write',
  'balances:adjust',
  'programs:read',
  'programs:write',
  'analytics:read',
  'audit:read',
  'jobs:read',
  'outbox:read',
  'data:export',
  'data:import',
  'webhooks:manage',
  'campaigns:manage',
  'surveys:manage',
  /** Setting and revising the shop's goals (a value figure): owners and managers. */
  'goals:manage',
  /** Invoices of business accounts: amounts owed, entered by hand or by an accounting tool. */
  'invoices:manage',
  'staff:manage',
  'api_keys:manage',
  'merchant:manage',
  /** One's own password and sessions: people have them, API keys do not. */
  'account:self',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** An API key is not a person: it belongs to an integration (a till, a website). */
export type PrincipalRole = Role | 'integration';

/** What an API key may be given: its scopes. Staff, keys, programs and analytics stay with people. */
export const API_KEY_SCOPES = [
  'customers:read',
  'customers:write',
  'purchases:write',
  'refunds:write',
  'redemptions:write',
  'balances:adjust',
  'programs:read',
  'data:export',
  'webhooks:manage',
  'invoices:manage',
] as const satisfies readonly Permission[];

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A new key without `scopes` runs the counter: no adjustments, exports or webhooks. */
export const DEFAULT_API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'customers:read',
  'customers:write',
  'purchases:write',
  'refunds:write',
  'redemptions:write',
  'programs:read',
];

/**
 * A grant that holds only within a rule the use case applies:
 * - `adjustment_policy`: within the owner's adjustment limits (see `adjustmentLimit`);
 * - `recent_purchases`: only purchases recorded in the last 24 hours.
 */
export type Restriction = 'adjustment_policy' | 'recent_purchases';

/** `recent_purchases`: how old a purchase a restricted role may still refund. */
export const RECENT_PURCHASE_HOURS = 24;
export type Grant = true | Restriction;

const COUNTER = {
  'account:self': true,
  'customers:read': true,
  'customers:write': true,
  'purchases:write': true,
  'redemptions:write': true,
  'programs:read': true,
} as const satisfies Partial<Record<Permission, Grant>>;

const MANAGEMENT = {
  ...COUNTER,
  'refunds:write': true,
  'balances:adjust': true,
  'programs:write': true,
  'analytics:read': true,
  'audit:read': true,
  'jobs:read': true,
  'outbox:read': true,
  'data:export': true,
  'data:import': true,
  // Merging moves balances and history between customers: owners and managers only.
  'customers:merge': true,
  // Writing to customers in the shop's name: owners and managers, never the counter or a key.
  'campaigns:manage': true,
  // Asking customers and reading what they answered: owners and managers.
  'surveys:manage': true,
  'invoices:manage': true,
  'goals:manage': true,
} as const satisfies Partial<Record<Permission, Grant>>;

/** Role × permission. A permission a role does not list is refused. */
export const ROLE_GRANTS: Record<Role, Partial<Record<Permission, Grant>>> = {
  owner: {
    ...MANAGEMENT,
    'webhooks:manage': true,
    'staff:manage': true,
    'api_keys:manage': true,
    'merchant:manage': true,
  },
  manager: MANAGEMENT,
  // "Counter only": no value figures (analytics), no program changes, no team.
  staff: {
    ...COUNTER,
    'refunds:write': 'recent_purchases',
    'balances:adjust': 'adjustment_policy',
  },
};

/** Within its scopes, a key adjusts balances within the owner's limits like a cashier. */
const API_KEY_RESTRICTIONS: Partial<Record<ApiKeyScope, Restriction>> = {
  'balances:adjust': 'adjustment_policy',
};

/** What an operation asks of its caller. */
export type Access = Permission | 'signed_in' | 'public';

/**
 * Every operation of the API, "METHOD /path" exactly as in the OpenAPI document, with what it
 * needs. Public routes are listed as such: nothing is public by omission.
 */
export const OPERATIONS = {
  'GET /health': 'public',
  'GET /ready': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'POST /api/v1/auth/signup': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/me': 'signed_in',
  'POST /api/v1/auth/signup/complete': 'public',
  'GET /api/v1/auth/session': 'public',
  'POST /api/v1/auth/password-reset': 'public',
  'POST /api/v1/auth/password-reset/confirm': 'public',
  'POST /api/v1/auth/invitations/inspect': 'public',
  'POST /api/v1/auth/invitations/accept': 'public',
  'POST /api/v1/auth/password': 'account:self',
  'GET /api/v1/auth/sessions': 'account:self',
  'DELETE /api/v1/auth/sessions': 'account:self',
  'DELETE /api/v1/auth/sessions/{id}': 'account:self',
  'GET /api/v1/permissions': 'signed_in',

  'GET /api/v1/merchant': 'signed_in',
  'PATCH /api/v1/merchant': 'merchant:manage',
  'GET /api/v1/serving-cost-settings': 'analytics:read',
  'PUT /api/v1/serving-cost-settings': 'merchant:manage',
  'GET /api/v1/privacy-settings': 'signed_in',
  'PUT /api/v1/privacy-settings': 'merchant:manage',
  'GET /api/v1/value-settings': 'analytics:read',
  'PUT /api/v1/value-settings': 'merchant:manage',
  'GET /api/v1/locations': 'customers:read',
  'POST /api/v1/locations': 'merchant:manage',
  'GET /api/v1/staff': 'staff:manage',
  'POST /api/v1/staff': 'staff:manage',
  'PATCH /api/v1/staff/{id}': 'staff:manage',
  'DELETE /api/v1/staff/{id}': 'staff:manage',
  'GET /api/v1/api-keys': 'api_keys:manage',
  'POST /api/v1/api-keys': 'api_keys:manage',
  'POST /api/v1/api-keys/{id}/revoke': 'api_keys:manage',
  'GET /api/v1/adjustment-policy': 'balances:adjust',
  'PUT /api/v1/adjustment-policy': 'merchant:manage',

  'POST /api/v1/customers': 'customers:write',
  'GET /api/v1/customers': 'customers:read',
  'GET /api/v1/customers/{id}': 'customers:read',
  'PATCH /api/v1/customers/{id}': 'customers:write',
  'POST /api/v1/customers/{id}/card-token/rotate': 'customers:write',
  'GET /api/v1/customers/{id}/card': 'customers:read',
  'GET /api/v1/customers/{id}/ledger': 'customers:read',
  'POST /api/v1/customers/{id}/adjustments': 'balances:adjust',
  'GET /api/v1/customers/{id}/purchases': 'customers:read',
  'GET /api/v1/customers/{id}/notes': 'customers:read',
  'POST /api/v1/customers/{id}/notes': 'customers:write',
  'GET /api/v1/customers/{id}/interactions': 'customers:read',
  'POST /api/v1/customers/{id}/interactions': 'customers:write',
  'PATCH /api/v1/customers/{id}/interactions/{interactionId}': 'customers:write',
  // A value figure (margin, cost): managers and owners, like the analytics.
  'GET /api/v1/customers/{id}/serving-cost': 'analytics:read',
  'GET /api/v1/customers/{id}/tags': 'customers:read',
  'PUT /api/v1/customers/{id}/tags': 'customers:write',
  'GET /api/v1/customer-tags': 'customers:read',
  'GET /api/v1/customer-duplicates': 'customers:merge',
  'POST /api/v1/customers/{id}/merge': 'customers:merge',
  // Business accounts: who they are is customer data; what they owe and bring is not for staff.
  'GET /api/v1/b2b-accounts': 'customers:read',
  'POST /api/v1/b2b-accounts': 'customers:write',
  'GET /api/v1/b2b-accounts/{id}': 'customers:read',
  'PATCH /api/v1/b2b-accounts/{id}': 'customers:write',
  'PUT /api/v1/b2b-accounts/{id}/contacts/{customerId}': 'customers:write',
  'DELETE /api/v1/b2b-accounts/{id}/contacts/{customerId}': 'customers:write',
  'GET /api/v1/customers/{id}/b2b-account': 'customers:read',
  'GET /api/v1/b2b-accounts/{id}/invoices': 'invoices:manage',
  'POST /api/v1/b2b-accounts/{id}/invoices': 'invoices:manage',
  'PATCH /api/v1/b2b-accounts/{id}/invoices/{invoiceId}': 'invoices:manage',
  'GET /api/v1/b2b-accounts/{id}/figures': 'analytics:read',
  'GET /api/v1/b2b-accounts/{id}/history': 'analytics:read',
  'GET /api/v1/imports': 'data:import',
  'POST /api/v1/imports': 'data:import',
  'GET /api/v1/imports/{id}': 'data:import',
  'DELETE /api/v1/imports/{id}': 'data:import',
  'GET /api/v1/imports/{id}/mapping': 'data:import',
  'PUT /api/v1/imports/{id}/mapping': 'data:import',
  'GET /api/v1/imports/{id}/preview': 'data:import',
  'POST /api/v1/imports/{id}/dry-run': 'data:import',
  'GET /api/v1/imports/{id}/report': 'data:import',
  'POST /api/v1/imports/{id}/run': 'data:import',
  'GET /api/v1/customers/{id}/export': 'data:export',
  'POST /api/v1/customers/{id}/erase': 'merchant:manage',
  'GET /api/v1/retention/upcoming': 'merchant:manage',

  'GET /api/v1/tier-ladder': 'programs:read',
  'PUT /api/v1/tier-ladder': 'programs:write',
  'DELETE /api/v1/tier-ladder': 'programs:write',
  'GET /api/v1/bonus-settings': 'programs:read',
  'PUT /api/v1/bonus-settings': 'programs:write',
  'GET /api/v1/b2b-thresholds': 'programs:read',
  'PUT /api/v1/b2b-thresholds': 'programs:write',
  'GET /api/v1/customers/{id}/referrals': 'customers:read',
  'GET /api/v1/referrals': 'analytics:read',
  // The paid club: the counter takes fees; owners and managers set it up and see its revenue.
  'GET /api/v1/club': 'programs:read',
  'PUT /api/v1/club': 'programs:write',
  'GET /api/v1/club/members': 'analytics:read',
  'GET /api/v1/club/report': 'analytics:read',
  'GET /api/v1/customers/{id}/club': 'customers:read',
  'POST /api/v1/customers/{id}/club/payments': 'purchases:write',
  'POST /api/v1/customers/{id}/club/cancel': 'customers:write',
  // The cause: set up by owners and managers, who also see what is owed and record donations.
  'GET /api/v1/causes': 'programs:read',
  'POST /api/v1/causes': 'programs:write',
  'PATCH /api/v1/causes/{id}': 'programs:write',
  'PUT /api/v1/cause-settings': 'programs:write',
  'GET /api/v1/causes/totals': 'analytics:read',
  'POST /api/v1/causes/{id}/payments': 'programs:write',
  'GET /api/v1/causes/export': 'data:export',
  'GET /api/v1/customers/{id}/cause': 'customers:read',
  'PUT /api/v1/customers/{id}/cause': 'customers:write',
  'GET /api/v1/programs': 'programs:read',
  'POST /api/v1/programs': 'programs:write',
  'POST /api/v1/programs/simulate': 'programs:write',
  'GET /api/v1/programs/presets': 'programs:read',
  'GET /api/v1/programs/{id}': 'programs:read',
  'PATCH /api/v1/programs/{id}': 'programs:write',
  'POST /api/v1/programs/{id}/archive': 'programs:write',
  'POST /api/v1/rewards': 'programs:write',
  'PATCH /api/v1/rewards/{id}': 'programs:write',
  'POST /api/v1/rewards/{id}/archive': 'programs:write',

  'POST /api/v1/purchases': 'purchases:write',
  'POST /api/v1/purchases/quote': 'purchases:write',
  'GET /api/v1/purchases/plausible-amount': 'purchases:write',
  'POST /api/v1/purchases/{id}/refund': 'refunds:write',
  'POST /api/v1/redemptions': 'redemptions:write',
  'GET /api/v1/promo-codes': 'programs:read',
  'POST /api/v1/promo-codes': 'programs:write',
  'PATCH /api/v1/promo-codes/{id}': 'programs:write',

  'GET /api/v1/audit-log': 'audit:read',
  'GET /api/v1/jobs': 'jobs:read',
  'GET /api/v1/webhooks': 'webhooks:manage',
  'POST /api/v1/webhooks': 'webhooks:manage',
  'GET /api/v1/webhooks/{id}': 'webhooks:manage',
  'PATCH /api/v1/webhooks/{id}': 'webhooks:manage',
  'DELETE /api/v1/webhooks/{id}': 'webhooks:manage',
  'GET /api/v1/webhooks/{id}/deliveries': 'webhooks:manage',
  'POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': 'webhooks:manage',
  'GET /api/v1/outbox': 'outbox:read',
  'POST /api/v1/outbox/{id}/resend': 'merchant:manage',
  'GET /api/v1/campaigns': 'campaigns:manage',
  'GET /api/v1/campaign-channels': 'campaigns:manage',
  'POST /api/v1/campaigns': 'campaigns:manage',
  'POST /api/v1/campaigns/preview': 'campaigns:manage',
  'GET /api/v1/campaigns/{id}': 'campaigns:manage',
  'POST /api/v1/campaigns/{id}/send': 'campaigns:manage',
  'POST /api/v1/campaigns/{id}/test': 'campaigns:manage',
  'GET /api/v1/campaigns/{id}/results': 'campaigns:manage',
  'GET /api/v1/automations': 'campaigns:manage',
  'PATCH /api/v1/automations/{automation}': 'campaigns:manage',
  'GET /api/v1/automations/{automation}/preview': 'campaigns:manage',
  'GET /api/v1/automations/{automation}/results': 'campaigns:manage',
  'POST /api/v1/automations/run': 'campaigns:manage',
  'GET /api/v1/surveys': 'surveys:manage',
  'POST /api/v1/surveys': 'surveys:manage',
  'GET /api/v1/surveys/{id}': 'surveys:manage',
  'PATCH /api/v1/surveys/{id}': 'surveys:manage',
  'GET /api/v1/surveys/{id}/link': 'surveys:manage',
  'GET /api/v1/customers/{id}/survey-answers': 'surveys:manage',
  // The list is the team's: staff see names, reasons and outcomes; the priority score and
  // value figures in it only reach callers with analytics:read (managers and owners).
  'GET /api/v1/follow-up': 'customers:read',
  'POST /api/v1/follow-up': 'customers:write',
  'POST /api/v1/follow-up/{id}/done': 'customers:write',
  'GET /api/v1/analytics/overview': 'analytics:read',
  'GET /api/v1/analytics/program-returns': 'analytics:read',
  'GET /api/v1/analytics/liability': 'analytics:read',
  'GET /api/v1/goals': 'analytics:read',
  'GET /api/v1/analytics/action-evaluation': 'analytics:read',
  'GET /api/v1/reports/monthly': 'analytics:read',
  'POST /api/v1/goals': 'goals:manage',
  'PATCH /api/v1/goals/{id}': 'goals:manage',
  'POST /api/v1/goals/{id}/archive': 'goals:manage',
  // Spending totals, lifetime value and scores are value figures: managers and owners only.
  'GET /api/v1/analytics/customers': 'analytics:read',
  'GET /api/v1/analytics/customers/{id}': 'analytics:read',
  'GET /api/v1/priority-list': 'analytics:read',
  'GET /api/v1/priority-weights': 'analytics:read',
  'PUT /api/v1/priority-weights': 'merchant:manage',
  'GET /api/v1/recognition': 'analytics:read',
  // Tagging for a campaign is preparing one: those who write to customers.
  'POST /api/v1/recognition/tag': 'campaigns:manage',
  'GET /api/v1/late-invoices': 'invoices:manage',
  // Acquisition: spend, cost per customer and payback are value figures (managers and owners);
  // the answers and a customer's own answer are the counter's too (asked at the till). The
  // budgets and the sign-up question are set by those who run the programs.
  'GET /api/v1/acquisition': 'analytics:read',
  'GET /api/v1/acquisition/channels': 'customers:read',
  'POST /api/v1/acquisition/channels': 'programs:write',
  'PATCH /api/v1/acquisition/channels/{id}': 'programs:write',
  'GET /api/v1/acquisition/spend': 'analytics:read',
  'PUT /api/v1/acquisition/spend': 'programs:write',
  'GET /api/v1/acquisition/customers/{id}': 'customers:read',
  'PUT /api/v1/acquisition/customers/{id}': 'customers:write',
  // "À proposer" helps the counter sell; the shop-wide rules are analysis.
  'GET /api/v1/cross-sell/customers/{id}': 'customers:read',
  'GET /api/v1/cross-sell/rules': 'analytics:read',
  'GET /api/v1/exports/customers': 'data:export',
  'GET /api/v1/exports/purchases': 'data:export',
  'GET /api/v1/exports/ledger': 'data:export',

  'GET /api/v1/public/cards/{token}': 'public',
  'GET /api/v1/public/cards/{token}/manifest': 'public',
  'GET /api/v1/public/join/{slug}/{token}': 'public',
  'POST /api/v1/public/join/{slug}/{token}': 'public',
  // The survey's random token (and a personal invitation's signature) are the credential.
  'GET /api/v1/public/surveys/{token}': 'public',
  'POST /api/v1/public/surveys/{token}/answers': 'public',
  // The SMS provider's callback: the operator's bearer token (SMS_WEBHOOK_TOKEN) is the credential.
  'POST /api/v1/sms/brevo/events': 'public',
  'GET /api/v1/public/privacy/{slug}': 'public',
  // Wallet: the card token, or the pass's own token (PassKit web service), is the credential.
  'GET /api/v1/public/cards/{token}/wallet': 'public',
  'GET /api/v1/public/cards/{token}/wallet/pass.pkpass': 'public',
  'GET /api/v1/public/wallet/logos/{color}': 'public',
  'POST /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}':
    'public',
  'DELETE /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}':
    'public',
  'GET /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}':
    'public',
  'GET /api/v1/wallet/apple/v1/passes/{passTypeIdentifier}/{serialNumber}': 'public',
  'POST /api/v1/wallet/apple/v1/log': 'public',
  'GET /api/v1/apple-wallet-certificate': 'merchant:manage',
  'PUT /api/v1/apple-wallet-certificate': 'merchant:manage',
  'DELETE /api/v1/apple-wallet-certificate': 'merchant:manage',
} as const satisfies Record<string, Access>;

/** The access an operation needs, or undefined when the table has no entry for it. */
export function accessOf(operation: string): Access | undefined {
  return (OPERATIONS as Record<string, Access>)[operation];
}

/** Who asks: a role, and for an API key the scopes it was given. */
export type Caller = { role: PrincipalRole; scopes?: readonly string[] };

export type Decision =
  | { allowed: true; restriction?: Restriction }
  | { allowed: false; code: 'forbidden' | 'missing_scope' };

/**
 * Whether `caller` holds `permission`, and under which restriction.
 * @example
 * decide({ role: 'staff' }, 'refunds:write'); // { allowed: true, restriction: 'recent_purchases' }
 * decide({ role: 'integration', scopes: ['customers:read'] }, 'purchases:write');
 * // { allowed: false, code: 'missing_scope' }
 */
export function decide(caller: Caller, permission: Permission): Decision {
  if (caller.role === 'integration') {
    if (!(API_KEY_SCOPES as readonly string[]).includes(permission)) {
      return { allowed: false, code: 'forbidden' };
    }
    if (!caller.scopes?.includes(permission)) return { allowed: false, code: 'missing_scope' };
    const restriction = API_KEY_RESTRICTIONS[permission as ApiKeyScope];
    return restriction ? { allowed: true, restriction } : { allowed: true };
  }
  const grant = ROLE_GRANTS[caller.role][permission];
  if (grant === undefined) return { allowed: false, code: 'forbidden' };
  return grant === true ? { allowed: true } : { allowed: true, restriction: grant };
}
