import { clubFor, type MerchantFixture, tierLadderFor } from './merchant-fixture.ts';

/**
 * How the cross-tenant walk reaches every operation of the API with merchant A's credentials
 * and merchant B's data. `cross-tenant.test.ts` fails when an operation of the OpenAPI document
 * is missing here, so this catalog grows with every route.
 *
 * Adding a route, e.g. `POST /api/v1/gift-cards/{id}/void`:
 *  1. if it needs a new kind of B resource, create it in `merchant-fixture.ts`;
 *  2. add an entry below under the exact "METHOD /path" of the document, with at least one
 *     `foreign` probe when the route takes an id (in its path, or `…Id`, `cardToken`,
 *     `voucherCode` in its body): `foreign("B's gift card", { params: ({ b }) => ({ id: b.giftCardId }) })`;
 *     a list or a route without ids gets an `own` probe (its answer must not mention B);
 *  3. mark `apiKey: 'forbidden'` when an integration key may not call it at all (403);
 *  4. public routes (no session needed) are `exempt('why')`.
 * Bodies must be valid apart from B's ids, so that the 404 comes from tenancy, not validation.
 */
export type Merchants = { a: MerchantFixture; b: MerchantFixture };

export type Probe = {
  /** What the probe tries, for failure messages: "B's customer in the path". */
  what: string;
  /** `foreign`: must be a 404 `*not_found`. `own`: any non-5xx answer that never mentions B. */
  expect: 'not_found' | 'no_leak';
  params?: (m: Merchants) => Record<string, string>;
  query?: (m: Merchants) => Record<string, string>;
  body?: (m: Merchants) => unknown;
  headers?: (m: Merchants) => Record<string, string>;
};

export type CatalogEntry =
  | { exempt: string }
  | {
      probes: Probe[];
      /** An integration key may not call this route at all: every probe must be a 403. */
      apiKey?: 'forbidden';
    };

type ProbeInput = Omit<Probe, 'what' | 'expect'>;
const foreign = (what: string, input: ProbeInput = {}): Probe => ({
  what,
  expect: 'not_found',
  ...input,
});
const own = (what: string, input: ProbeInput = {}): Probe => ({
  what,
  expect: 'no_leak',
  ...input,
});
const exempt = (reason: string): CatalogEntry => ({ exempt: reason });

const customerOf = ({ b }: Merchants) => ({ id: b.customerId });
const accountOf = ({ b }: Merchants) => ({ id: b.b2bAccountId });

const CAMPAIGN_PREVIEW = {
  channel: 'email',
  segment: {},
  subject: 'Nouveautés',
  body: 'Bonjour {{prenom}}',
};
const CAMPAIGN = { ...CAMPAIGN_PREVIEW, name: 'Newsletter' };
const SURVEY = { title: 'Avis', questions: [{ kind: 'nps', label: 'Recommanderiez-vous ?' }] };

export const ROUTE_CATALOG: Record<string, CatalogEntry> = {
  'GET /health': exempt('public liveness probe; no merchant data'),
  'GET /ready': exempt('public readiness probe; no merchant data'),
  'POST /api/v1/auth/signup': exempt('public: creates a new merchant, reads no existing one'),
  'POST /api/v1/auth/login': exempt(
    "public; a merchantId in the body only picks among the caller's own memberships",
  ),
  'POST /api/v1/auth/logout': exempt("acts on the caller's own session only; takes no id"),
  'GET /api/v1/auth/me': { probes: [own('who am I')] },
  'POST /api/v1/auth/signup/complete': exempt('public: a sign-up link creates a new merchant'),
  'GET /api/v1/auth/session': exempt("public: describes the caller's own session only"),
  'POST /api/v1/auth/password-reset': exempt('public: the same answer for every email, no id'),
  'POST /api/v1/auth/password-reset/confirm': exempt('public: the link alone names the login'),
  'POST /api/v1/auth/invitations/inspect': exempt('public: the invitation link names the shop'),
  'POST /api/v1/auth/invitations/accept': exempt('public: the invitation link names the shop'),
  'POST /api/v1/auth/password': {
    apiKey: 'forbidden',
    probes: [
      own('a password change with a wrong current password', {
        body: () => ({ currentPassword: 'pas-le-bon-mot', newPassword: 'galette-des-rois-2026' }),
      }),
    ],
  },
  'GET /api/v1/auth/sessions': { apiKey: 'forbidden', probes: [own("the caller's sessions")] },
  'DELETE /api/v1/auth/sessions/{id}': {
    apiKey: 'forbidden',
    probes: [foreign("B's owner's session", { params: ({ b }) => ({ id: b.sessionId }) })],
  },
  // Sent cross-site so that the walks keep their sessions: the same-origin check answers before
  // the handler (which account-security.test.ts covers); keys still meet the permission table.
  'DELETE /api/v1/auth/sessions': {
    apiKey: 'forbidden',
    probes: [
      own('sign out everywhere, from another site', {
        headers: () => ({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
      }),
    ],
  },

  'GET /api/v1/permissions': { probes: [own('the permission table')] },
  'GET /api/v1/merchant': { probes: [own("A's settings")] },
  'GET /api/v1/serving-cost-settings': { apiKey: 'forbidden', probes: [own("A's serving costs")] },
  'PUT /api/v1/serving-cost-settings': {
    apiKey: 'forbidden',
    probes: [
      own("A's serving costs, with B's id slipped in", {
        body: ({ b }) => ({ id: b.merchantId, hourlyCostCents: 2400, financingRateBp: 800 }),
      }),
    ],
  },
  'GET /api/v1/value-settings': { apiKey: 'forbidden', probes: [own("A's value settings")] },
  'PUT /api/v1/value-settings': {
    apiKey: 'forbidden',
    probes: [
      own("A's value settings, with B's id slipped in", {
        body: ({ b }) => ({ id: b.merchantId, marginRateBp: 4500, annualDiscountRateBp: 800 }),
      }),
    ],
  },
  'GET /api/v1/adjustment-policy': { probes: [own("A's adjustment limits")] },
  'PUT /api/v1/adjustment-policy': {
    apiKey: 'forbidden',
    probes: [
      own("A's adjustment limits, with B as merchantId", {
        body: ({ b }) => ({
          merchantId: b.merchantId,
          staff: { perAdjustment: 1, perDay: 3 },
          apiKeys: { perAdjustment: 1, perDay: 2 },
        }),
      }),
    ],
  },
  'PATCH /api/v1/merchant': {
    apiKey: 'forbidden',
    probes: [
      own("A's settings, with B's id slipped in", {
        body: ({ b }) => ({ id: b.merchantId, brandColor: '#123456' }),
      }),
    ],
  },
  'GET /api/v1/locations': { probes: [own('the list')] },
  'POST /api/v1/locations': {
    apiKey: 'forbidden',
    probes: [
      own('a new location, with B as merchantId', {
        body: ({ b }) => ({ name: 'Annexe', merchantId: b.merchantId }),
      }),
    ],
  },

  'GET /api/v1/staff': { apiKey: 'forbidden', probes: [own('the team')] },
  'POST /api/v1/staff': {
    apiKey: 'forbidden',
    probes: [
      own('a new team member, with B as merchantId', {
        body: ({ b }) => ({
          email: `new-${b.staffUserId}@example.fr`,
          role: 'staff',
          initialPassword: 'galette-des-rois-2026',
          merchantId: b.merchantId,
        }),
      }),
    ],
  },
  'PATCH /api/v1/staff/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's staff member", {
        params: ({ b }) => ({ id: b.staffUserId }),
        body: () => ({ role: 'manager' }),
      }),
      foreign("B's owner", {
        params: ({ b }) => ({ id: b.ownerUserId }),
        body: () => ({ role: 'staff' }),
      }),
    ],
  },
  'DELETE /api/v1/staff/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's staff member", { params: ({ b }) => ({ id: b.staffUserId }) }),
      foreign("B's owner", { params: ({ b }) => ({ id: b.ownerUserId }) }),
    ],
  },

  'GET /api/v1/api-keys': { apiKey: 'forbidden', probes: [own('the keys')] },
  'POST /api/v1/api-keys': {
    apiKey: 'forbidden',
    probes: [own('a new key', { body: () => ({ name: 'spare' }) })],
  },
  'POST /api/v1/api-keys/{id}/revoke': {
    apiKey: 'forbidden',
    probes: [foreign("B's key", { params: ({ b }) => ({ id: b.apiKeyId }) })],
  },

  'POST /api/v1/customers': {
    probes: [
      own("B's customer's email (emails are unique per merchant only)", {
        body: ({ b }) => ({ firstName: 'Homonyme', email: b.customerEmail }),
      }),
    ],
  },
  'GET /api/v1/customers': {
    probes: [
      own('the first page'),
      own("a search for B's card token", { query: ({ b }) => ({ query: b.cardToken }) }),
      own("a search for B's customer's email", { query: ({ b }) => ({ query: b.customerEmail }) }),
      own("B's customer as the cursor", { query: ({ b }) => ({ cursor: b.customerId }) }),
    ],
  },
  'GET /api/v1/customers/{id}': { probes: [foreign("B's customer", { params: customerOf })] },
  'PATCH /api/v1/customers/{id}': {
    probes: [
      foreign("B's customer", { params: customerOf, body: () => ({ firstName: 'Mallory' }) }),
    ],
  },
  'POST /api/v1/customers/{id}/card-token/rotate': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/customers/{id}/card': { probes: [foreign("B's customer", { params: customerOf })] },
  'GET /api/v1/customers/{id}/ledger': {
    probes: [
      foreign("B's customer", { params: customerOf }),
      own("A's customer, with B's ledger entry as the cursor", {
        params: ({ a }) => ({ id: a.customerId }),
        query: ({ b }) => ({ before: b.ledgerEntryId }),
      }),
    ],
  },
  'POST /api/v1/customers/{id}/adjustments': {
    probes: [
      foreign("B's customer and program", {
        params: customerOf,
        body: ({ b }) => ({ programId: b.programId, delta: 5, reason: 'test' }),
      }),
      foreign("B's customer, A's program", {
        params: customerOf,
        body: ({ a }) => ({ programId: a.programId, delta: 5, reason: 'test' }),
      }),
      foreign("A's customer, B's program", {
        params: ({ a }) => ({ id: a.customerId }),
        body: ({ b }) => ({ programId: b.programId, delta: 5, reason: 'test' }),
      }),
    ],
  },

  'GET /api/v1/customers/{id}/purchases': {
    probes: [
      foreign("B's customer", { params: customerOf }),
      own("A's customer, with B's purchase as the cursor", {
        params: ({ a }) => ({ id: a.customerId }),
        query: ({ b }) => ({ before: b.purchaseId }),
      }),
    ],
  },
  'GET /api/v1/customers/{id}/notes': {
    probes: [
      foreign("B's customer", { params: customerOf }),
      own("A's customer, with B's note as the cursor", {
        params: ({ a }) => ({ id: a.customerId }),
        query: ({ b }) => ({ before: b.noteId }),
      }),
    ],
  },
  'POST /api/v1/customers/{id}/notes': {
    probes: [
      foreign("B's customer", { params: customerOf, body: () => ({ body: 'Mallory was here' }) }),
    ],
  },
  'GET /api/v1/customers/{id}/interactions': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'POST /api/v1/customers/{id}/interactions': {
    probes: [
      foreign("B's customer", {
        params: customerOf,
        body: () => ({ kind: 'call', outcome: 'Mallory was here' }),
      }),
    ],
  },
  'PATCH /api/v1/customers/{id}/interactions/{interactionId}': {
    probes: [
      foreign("B's customer and interaction", {
        params: ({ b }) => ({ id: b.customerId, interactionId: b.interactionId }),
        body: () => ({ outcome: 'Mallory was here' }),
      }),
      foreign("A's customer with B's interaction", {
        params: ({ a, b }) => ({ id: a.customerId, interactionId: b.interactionId }),
        body: () => ({ disputeStatus: 'resolved' }),
      }),
    ],
  },
  'GET /api/v1/customers/{id}/survey-answers': {
    apiKey: 'forbidden',
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/customers/{id}/serving-cost': {
    apiKey: 'forbidden',
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/customers/{id}/tags': { probes: [foreign("B's customer", { params: customerOf })] },
  'PUT /api/v1/customers/{id}/tags': {
    probes: [foreign("B's customer", { params: customerOf, body: () => ({ tags: ['mallory'] }) })],
  },
  'GET /api/v1/customers/{id}/export': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'POST /api/v1/customers/{id}/erase': {
    apiKey: 'forbidden',
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/retention/upcoming': {
    apiKey: 'forbidden',
    probes: [own('customers due for anonymisation')],
  },
  'GET /api/v1/customer-tags': { probes: [own("A's tags (B's tag must not show)")] },
  'GET /api/v1/customer-duplicates': {
    apiKey: 'forbidden',
    probes: [own("A's duplicates (B's pair must not show)")],
  },
  'POST /api/v1/customers/{id}/merge': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's customer and B's duplicate", {
        params: customerOf,
        body: ({ b }) => ({ duplicateId: b.duplicateCustomerId }),
      }),
      foreign("A's customer, B's duplicate", {
        params: ({ a }) => ({ id: a.customerId }),
        body: ({ b }) => ({ duplicateId: b.duplicateCustomerId }),
      }),
      foreign("B's customer, A's duplicate", {
        params: customerOf,
        body: ({ a }) => ({ duplicateId: a.duplicateCustomerId }),
      }),
    ],
  },

  'GET /api/v1/b2b-accounts': { probes: [own("A's accounts (B's must not show)")] },
  'POST /api/v1/b2b-accounts': {
    probes: [own('a new account of A', { body: () => ({ companyName: 'Mallory SARL' }) })],
  },
  'GET /api/v1/b2b-accounts/{id}': { probes: [foreign("B's account", { params: accountOf })] },
  'PATCH /api/v1/b2b-accounts/{id}': {
    probes: [
      foreign("B's account", { params: accountOf, body: () => ({ companyName: 'Mallory' }) }),
    ],
  },
  'PUT /api/v1/b2b-accounts/{id}/contacts/{customerId}': {
    probes: [
      foreign("B's account and customer", {
        params: ({ b }) => ({ id: b.b2bAccountId, customerId: b.customerId }),
      }),
      foreign("A's account with B's customer", {
        params: ({ a, b }) => ({ id: a.b2bAccountId, customerId: b.customerId }),
      }),
    ],
  },
  'DELETE /api/v1/b2b-accounts/{id}/contacts/{customerId}': {
    probes: [
      foreign("B's account and contact", {
        params: ({ b }) => ({ id: b.b2bAccountId, customerId: b.customerId }),
      }),
    ],
  },
  'GET /api/v1/customers/{id}/b2b-account': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/b2b-accounts/{id}/invoices': {
    probes: [foreign("B's account", { params: accountOf })],
  },
  'POST /api/v1/b2b-accounts/{id}/invoices': {
    probes: [
      foreign("B's account", {
        params: accountOf,
        body: () => ({ number: 'M-1', amountCents: 100, issuedOn: '2026-10-01' }),
      }),
    ],
  },
  'PATCH /api/v1/b2b-accounts/{id}/invoices/{invoiceId}': {
    probes: [
      foreign("B's account and invoice", {
        params: ({ b }) => ({ id: b.b2bAccountId, invoiceId: b.invoiceId }),
        body: () => ({ paidOn: '2026-11-01' }),
      }),
      foreign("A's account with B's invoice", {
        params: ({ a, b }) => ({ id: a.b2bAccountId, invoiceId: b.invoiceId }),
        body: () => ({ paidOn: '2026-11-01' }),
      }),
    ],
  },
  'GET /api/v1/b2b-accounts/{id}/figures': {
    apiKey: 'forbidden',
    probes: [foreign("B's account", { params: accountOf })],
  },
  'GET /api/v1/b2b-accounts/{id}/history': {
    apiKey: 'forbidden',
    probes: [foreign("B's account", { params: accountOf })],
  },

  'GET /api/v1/priority-list': {
    apiKey: 'forbidden',
    probes: [own("A's priority list (B's accounts and customers must not show)")],
  },
  'GET /api/v1/priority-weights': { apiKey: 'forbidden', probes: [own("A's weights")] },
  'PUT /api/v1/priority-weights': {
    apiKey: 'forbidden',
    probes: [own("A's weights", { body: () => ({ weights: null }) })],
  },
  'GET /api/v1/recognition': {
    apiKey: 'forbidden',
    probes: [own("A's recognition (B's customers must not show)")],
  },
  'POST /api/v1/recognition/tag': {
    apiKey: 'forbidden',
    probes: [
      own("B's customer tagged by A: not tagged, not told", {
        body: ({ b }) => ({ customerIds: [b.customerId], tag: 'mallory' }),
      }),
    ],
  },
  'GET /api/v1/late-invoices': { probes: [own("A's late invoices (B's must not show)")] },
  'GET /api/v1/acquisition': {
    apiKey: 'forbidden',
    probes: [
      own("A's acquisition report (B's channels must not show)", {
        query: () => ({ months: '24' }),
      }),
    ],
  },
  'GET /api/v1/acquisition/channels': { probes: [own("A's channels (B's must not show)")] },
  'POST /api/v1/acquisition/channels': {
    apiKey: 'forbidden',
    probes: [own('a channel added by A', { body: () => ({ label: 'Bouche-à-oreille' }) })],
  },
  'PATCH /api/v1/acquisition/channels/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's channel", {
        params: ({ b }) => ({ id: b.acquisitionChannelId }),
        body: () => ({ archived: true }),
      }),
    ],
  },
  'GET /api/v1/acquisition/spend': {
    apiKey: 'forbidden',
    probes: [own("A's spend", { query: () => ({ from: '2025-01', to: '2026-12' }) })],
  },
  'PUT /api/v1/acquisition/spend': {
    apiKey: 'forbidden',
    probes: [
      own("spend by A on B's channel: refused, B's spend unchanged", {
        body: ({ b }) => ({
          month: '2026-11',
          budget: 'development',
          channel: `channel:${b.acquisitionChannelId}`,
          amountCents: 1,
        }),
      }),
    ],
  },
  'GET /api/v1/acquisition/customers/{id}': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'PUT /api/v1/acquisition/customers/{id}': {
    probes: [
      foreign("B's customer", { params: customerOf, body: () => ({ channelId: null }) }),
      foreign("B's channel on A's customer", {
        params: ({ a }) => ({ id: a.customerId }),
        body: ({ b }) => ({ channelId: b.acquisitionChannelId }),
      }),
    ],
  },
  'GET /api/v1/cross-sell/customers/{id}': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/cross-sell/rules': {
    apiKey: 'forbidden',
    probes: [own("A's rules (B's items must not show)")],
  },
  'GET /api/v1/analytics/liability': {
    apiKey: 'forbidden',
    probes: [
      own("the shop's liability"),
      own("the shop's liability as a file", { query: () => ({ format: 'csv' }) }),
    ],
  },
  'GET /api/v1/analytics/overview': {
    apiKey: 'forbidden',
    probes: [own("A's figures", { query: () => ({ from: '2026-01-01', to: '2026-12-31' }) })],
  },
  'GET /api/v1/analytics/program-returns': {
    apiKey: 'forbidden',
    probes: [own("A's program returns")],
  },
  'GET /api/v1/analytics/customers': {
    apiKey: 'forbidden',
    probes: [
      own('the customer values'),
      own("filtered on B's tag", { query: ({ b }) => ({ tag: b.tag }) }),
      own("searching B's card token", { query: ({ b }) => ({ query: b.cardToken }) }),
    ],
  },
  'GET /api/v1/exports/customers': {
    probes: [
      own('the customers file'),
      own("filtered on B's tag", { query: ({ b }) => ({ tag: b.tag }) }),
      own("searching B's customer email", { query: ({ b }) => ({ query: b.customerEmail }) }),
    ],
  },
  'GET /api/v1/exports/purchases': { probes: [own('the purchases file')] },
  'GET /api/v1/exports/ledger': { probes: [own('the ledger file')] },
  'GET /api/v1/analytics/customers/{id}': {
    apiKey: 'forbidden',
    probes: [foreign("B's customer", { params: customerOf })],
  },

  'GET /api/v1/public/cards/{token}': exempt(
    'public customer card: the unguessable card token is the credential; it names one merchant',
  ),
  'GET /api/v1/public/cards/{token}/manifest': exempt('public web-app manifest of a card page'),
  'GET /api/v1/public/cards/{token}/wallet': exempt(
    'public wallet links of a card: the card token is the credential; it names one merchant',
  ),
  'GET /api/v1/public/cards/{token}/wallet/pass.pkpass': exempt(
    'public Apple Wallet pass of a card: the card token is the credential',
  ),
  'GET /api/v1/public/wallet/logos/{color}': exempt('a square of one colour; no merchant data'),
  'POST /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}':
    exempt(
      "PassKit web service: the pass's own token is the credential (wallet tests cross shops)",
    ),
  'DELETE /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}':
    exempt(
      "PassKit web service: the pass's own token is the credential (wallet tests cross shops)",
    ),
  'GET /api/v1/wallet/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}':
    exempt("PassKit web service: a phone's own library id; answers serial numbers only"),
  'GET /api/v1/wallet/apple/v1/passes/{passTypeIdentifier}/{serialNumber}': exempt(
    "PassKit web service: the pass's own token is the credential (wallet tests cross shops)",
  ),
  'POST /api/v1/wallet/apple/v1/log': exempt('PassKit web service log: writes the server log only'),
  'GET /api/v1/apple-wallet-certificate': {
    apiKey: 'forbidden',
    probes: [own("A's own Apple Wallet certificate")],
  },
  'PUT /api/v1/apple-wallet-certificate': {
    apiKey: 'forbidden',
    probes: [
      own("A's own Apple Wallet certificate (refused: not a certificate)", {
        body: () => ({
          passTypeIdentifier: 'pass.fr.example.fidelite',
          teamIdentifier: 'A1B2C3D4E5',
          certificate: 'not a certificate',
          key: 'not a key',
        }),
      }),
    ],
  },
  'DELETE /api/v1/apple-wallet-certificate': {
    apiKey: 'forbidden',
    probes: [own("A's own Apple Wallet certificate")],
  },
  'GET /api/v1/public/surveys/{token}': exempt(
    "public survey page: the survey's random token is the credential; it names one merchant",
  ),
  'POST /api/v1/public/surveys/{token}/answers': exempt(
    "public answer: the survey's token names the merchant, the invitation, card or contact the customer",
  ),
  'GET /api/v1/public/join/{slug}/{token}': exempt(
    "public sign-up page: the merchant's slug and sign-up token are the credential",
  ),
  'POST /api/v1/public/join/{slug}/{token}': exempt(
    'public sign-up of a new customer through that link; takes no existing id',
  ),
  'GET /api/v1/public/privacy/{slug}': exempt(
    "public: the shop's privacy page, by its public slug (name, address, rights contact)",
  ),
  'GET /api/v1/privacy-settings': { probes: [own("A's privacy notice settings")] },
  'PUT /api/v1/privacy-settings': {
    apiKey: 'forbidden',
    probes: [
      own("A's privacy notice settings", {
        body: () => ({ address: '1 rue de la Paix, 75002 Paris', contactEmail: null }),
      }),
    ],
  },
  'POST /api/v1/sms/brevo/events': exempt(
    "the SMS provider's callback, authenticated by the operator's token; names a phone, no shop",
  ),

  'GET /api/v1/tier-ladder': { probes: [own('the tier ladder')] },
  'PUT /api/v1/tier-ladder': {
    apiKey: 'forbidden',
    probes: [own('a new tier ladder', { body: () => tierLadderFor('A2') })],
  },
  'DELETE /api/v1/tier-ladder': { apiKey: 'forbidden', probes: [own('removing the tier ladder')] },
  'GET /api/v1/club': { probes: [own("A's club")] },
  'PUT /api/v1/club': {
    apiKey: 'forbidden',
    probes: [own("A's club, changed", { body: () => clubFor('A2') })],
  },
  'GET /api/v1/club/members': {
    apiKey: 'forbidden',
    probes: [
      own("A's club members"),
      own('members to renew', { query: () => ({ lapsingWithinDays: '60' }) }),
    ],
  },
  'GET /api/v1/club/report': { apiKey: 'forbidden', probes: [own("A's club report")] },
  'GET /api/v1/customers/{id}/club': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'POST /api/v1/customers/{id}/club/payments': {
    probes: [foreign("B's customer", { params: customerOf, body: () => ({ method: 'cash' }) })],
  },
  'POST /api/v1/customers/{id}/club/cancel': {
    probes: [foreign("B's customer", { params: customerOf })],
  },
  'GET /api/v1/goals': {
    apiKey: 'forbidden',
    probes: [
      own("A's goals"),
      own("A's goals, archived too", { query: () => ({ archived: 'true' }) }),
    ],
  },
  'POST /api/v1/goals': {
    apiKey: 'forbidden',
    probes: [
      own('a new goal', {
        body: () => ({
          metric: 'email_subscribers',
          target: { kind: 'change', by: 50 },
          deadline: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
        }),
      }),
    ],
  },
  'PATCH /api/v1/goals/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's goal", {
        params: ({ b }) => ({ id: b.goalId }),
        body: () => ({ name: 'Volé' }),
      }),
    ],
  },
  'POST /api/v1/goals/{id}/archive': {
    apiKey: 'forbidden',
    probes: [foreign("B's goal", { params: ({ b }) => ({ id: b.goalId }) })],
  },
  'GET /api/v1/analytics/action-evaluation': {
    apiKey: 'forbidden',
    probes: [own("A's months"), own("A's last 3 months", { query: () => ({ months: '3' }) })],
  },
  'GET /api/v1/reports/monthly': {
    apiKey: 'forbidden',
    probes: [own("A's last month"), own("A's November", { query: () => ({ month: '2026-11' }) })],
  },
  'GET /api/v1/causes': { probes: [own("A's causes")] },
  'POST /api/v1/causes': {
    apiKey: 'forbidden',
    probes: [own('a new cause', { body: () => ({ name: 'Restos du cœur' }) })],
  },
  'PATCH /api/v1/causes/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's cause", {
        params: ({ b }) => ({ id: b.causeId }),
        body: () => ({ name: 'Détournée' }),
      }),
    ],
  },
  'PUT /api/v1/cause-settings': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's cause as the default", {
        body: ({ b }) => ({
          rule: { kind: 'per_visit', cents: 10 },
          defaultCauseId: b.causeId,
          customersChoose: false,
        }),
      }),
    ],
  },
  'GET /api/v1/causes/totals': {
    apiKey: 'forbidden',
    probes: [own("A's totals", { query: () => ({ from: '2026-01-01', to: '2030-12-31' }) })],
  },
  'POST /api/v1/causes/{id}/payments': {
    apiKey: 'forbidden',
    probes: [
      foreign("a payment to B's cause", {
        params: ({ b }) => ({ id: b.causeId }),
        body: () => ({ amountCents: 1, paidOn: '2026-12-06' }),
      }),
    ],
  },
  'GET /api/v1/causes/export': {
    probes: [
      own("A's donations file", { query: () => ({ from: '2026-01-01', to: '2030-12-31' }) }),
    ],
  },
  'GET /api/v1/customers/{id}/cause': { probes: [foreign("B's customer", { params: customerOf })] },
  'PUT /api/v1/customers/{id}/cause': {
    probes: [
      foreign("B's customer", { params: customerOf, body: ({ a }) => ({ causeId: a.causeId }) }),
      foreign("B's cause for A's customer", {
        params: ({ a }) => ({ id: a.customerId }),
        body: ({ b }) => ({ causeId: b.causeId }),
      }),
    ],
  },
  'GET /api/v1/bonus-settings': { probes: [own('the bonus settings')] },
  'PUT /api/v1/bonus-settings': {
    apiKey: 'forbidden',
    probes: [
      // Refused as an unknown program (422 invalid_bonus_settings), never saved.
      own("B's program in a bonus", {
        body: ({ b }) => ({
          welcome: null,
          birthday: null,
          referral: { programId: b.programId, referrerAmount: 1, refereeAmount: 1 },
        }),
      }),
    ],
  },
  'GET /api/v1/b2b-thresholds': { probes: [own('the volume steps')] },
  'PUT /api/v1/b2b-thresholds': {
    apiKey: 'forbidden',
    probes: [
      own('the volume steps', {
        body: () => ({ periodMonths: 12, steps: [{ fromCents: 50_000, percent: 3 }] }),
      }),
    ],
  },
  'GET /api/v1/customers/{id}/referrals': {
    probes: [foreign("B's customer's referrals", { params: customerOf })],
  },
  'GET /api/v1/referrals': { apiKey: 'forbidden', probes: [own('the referred customers')] },
  'GET /api/v1/programs': {
    probes: [
      own('the programs'),
      own('the programs, archived included', { query: () => ({ includeArchived: 'true' }) }),
    ],
  },
  'GET /api/v1/programs/presets': { probes: [own('the presets')] },
  'POST /api/v1/programs': {
    apiKey: 'forbidden',
    probes: [
      own('a new program', {
        body: ({ b }) => ({
          kind: 'stamps',
          name: 'Autre carte',
          merchantId: b.merchantId,
          rule: { per: 'visit' },
          stampsPerCard: 10,
          reward: { name: 'Café', costPriceCents: 40, retailValueCents: 250 },
        }),
      }),
    ],
  },
  'POST /api/v1/programs/simulate': {
    apiKey: 'forbidden',
    probes: [
      own("a simulation on the shop's own sales", {
        body: () => ({
          program: {
            kind: 'stamps',
            name: 'Essai',
            rule: { per: 'visit' },
            stampsPerCard: 10,
            reward: { name: 'Café', costPriceCents: 40, retailValueCents: 250 },
          },
        }),
      }),
      foreign("B's uploaded sales file", {
        body: ({ b }) => ({
          program: {
            kind: 'points',
            name: 'Essai',
            pointsPerEuro: 1,
            catalog: [{ name: 'Café', cost: 50, costPriceCents: 40, retailValueCents: 250 }],
          },
          uploadId: b.importId,
        }),
      }),
    ],
  },
  'GET /api/v1/programs/{id}': {
    probes: [foreign("B's program", { params: ({ b }) => ({ id: b.programId }) })],
  },
  'PATCH /api/v1/programs/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's program", {
        params: ({ b }) => ({ id: b.programId }),
        body: () => ({ name: 'Détournée', stampsPerCard: 1 }),
      }),
    ],
  },
  'POST /api/v1/programs/{id}/archive': {
    apiKey: 'forbidden',
    probes: [foreign("B's program", { params: ({ b }) => ({ id: b.programId }) })],
  },
  'POST /api/v1/rewards': {
    apiKey: 'forbidden',
    probes: [
      foreign("a reward in B's program", {
        body: ({ b }) => ({
          programId: b.programId,
          name: 'Croissant',
          cost: 1,
          costPriceCents: 30,
          retailValueCents: 120,
        }),
      }),
    ],
  },
  'PATCH /api/v1/rewards/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's reward", { params: ({ b }) => ({ id: b.rewardId }), body: () => ({ cost: 1 }) }),
    ],
  },
  'POST /api/v1/rewards/{id}/archive': {
    apiKey: 'forbidden',
    probes: [foreign("B's reward", { params: ({ b }) => ({ id: b.rewardId }) })],
  },

  'GET /api/v1/purchases/plausible-amount': { probes: [own('the counter’s plausible amount')] },
  'POST /api/v1/purchases': {
    probes: [
      foreign("B's customer", {
        body: ({ b }) => ({ customerId: b.customerId, amountCents: 500 }),
      }),
      foreign("B's card token", {
        body: ({ b }) => ({ cardToken: b.cardToken, amountCents: 500 }),
      }),
      foreign("A's customer at B's location", {
        body: ({ a, b }) => ({
          customerId: a.customerId,
          amountCents: 500,
          locationId: b.locationId,
        }),
      }),
      foreign("A's customer with B's promo code", {
        body: ({ a, b }) => ({
          customerId: a.customerId,
          amountCents: 500,
          promoCode: b.promoCode,
        }),
      }),
      own("A's purchase sent with the Idempotency-Key B used (must not replay B's answer)", {
        body: ({ a }) => ({ customerId: a.customerId, amountCents: 700 }),
        headers: ({ b }) => ({ 'idempotency-key': b.idempotencyKey }),
      }),
    ],
  },
  'POST /api/v1/purchases/quote': {
    probes: [
      foreign("B's customer", {
        body: ({ b }) => ({ customerId: b.customerId, amountCents: 500 }),
      }),
      foreign("B's card token", {
        body: ({ b }) => ({ cardToken: b.cardToken, amountCents: 500 }),
      }),
      foreign("A's customer with B's promo code", {
        body: ({ a, b }) => ({
          customerId: a.customerId,
          amountCents: 500,
          promoCode: b.promoCode,
        }),
      }),
    ],
  },
  'GET /api/v1/promo-codes': { probes: [own("A's promo codes")] },
  'POST /api/v1/promo-codes': {
    apiKey: 'forbidden',
    probes: [
      own('a promo code of A’s own', {
        body: () => ({
          code: 'WALK10',
          percentOff: 10,
          amountOffCents: null,
          minimumPurchaseCents: null,
          startsOn: null,
          endsOn: null,
          maxUses: null,
          perCustomerLimit: null,
        }),
      }),
    ],
  },
  'PATCH /api/v1/promo-codes/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's promo code", {
        params: ({ b }) => ({ id: b.promoCodeId }),
        body: () => ({ archived: true }),
      }),
    ],
  },
  'POST /api/v1/purchases/{id}/refund': {
    probes: [
      foreign("B's purchase", {
        params: ({ b }) => ({ id: b.purchaseId }),
        body: () => ({ amountCents: 100 }),
      }),
      foreign("B's refunded purchase, refunded in full", {
        params: ({ b }) => ({ id: b.refundedPurchaseId }),
        body: () => ({}),
      }),
    ],
  },
  'POST /api/v1/redemptions': {
    probes: [
      foreign("B's customer and B's voucher", {
        body: ({ b }) => ({ customerId: b.customerId, voucherCode: b.voucherCode }),
      }),
      foreign("A's customer with B's voucher", {
        body: ({ a, b }) => ({ customerId: a.customerId, voucherCode: b.voucherCode }),
      }),
      foreign("A's customer with B's reward", {
        body: ({ a, b }) => ({ customerId: a.customerId, rewardId: b.rewardId }),
      }),
      foreign("B's card token with B's reward", {
        body: ({ b }) => ({ cardToken: b.cardToken, rewardId: b.rewardId }),
      }),
      foreign("A's customer converting points of B's program", {
        body: ({ a, b }) => ({ customerId: a.customerId, programId: b.programId, points: 1 }),
      }),
      foreign("B's customer converting points", {
        body: ({ a, b }) => ({ customerId: b.customerId, programId: a.programId, points: 1 }),
      }),
    ],
  },

  'GET /api/v1/jobs': { apiKey: 'forbidden', probes: [own("the shop's jobs")] },
  'GET /api/v1/imports': { apiKey: 'forbidden', probes: [own("the shop's imports")] },
  'POST /api/v1/imports': {
    apiKey: 'forbidden',
    probes: [
      own('a new upload', {
        body: () => ({
          fileName: 'spare.csv',
          content: Buffer.from('Email;Prénom\nspare@example.fr;Spare\n').toString('base64'),
        }),
      }),
    ],
  },
  ...Object.fromEntries(
    [
      'GET /api/v1/imports/{id}',
      'DELETE /api/v1/imports/{id}',
      'GET /api/v1/imports/{id}/mapping',
      'GET /api/v1/imports/{id}/preview',
      'POST /api/v1/imports/{id}/dry-run',
      'GET /api/v1/imports/{id}/report',
    ].map((operation): [string, CatalogEntry] => [
      operation,
      {
        apiKey: 'forbidden',
        probes: [foreign("B's import", { params: ({ b }) => ({ id: b.importId }) })],
      },
    ]),
  ),
  'PUT /api/v1/imports/{id}/mapping': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's import", {
        params: ({ b }) => ({ id: b.importId }),
        body: () => ({ columns: [{ column: 1, field: 'customerRef' }] }),
      }),
    ],
  },
  'POST /api/v1/imports/{id}/run': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's import", {
        params: ({ b }) => ({ id: b.importId }),
        body: () => ({ validRowsOnly: true }),
      }),
    ],
  },
  'GET /api/v1/webhooks': { probes: [own("the shop's webhooks")] },
  'POST /api/v1/webhooks': {
    probes: [
      own('a new webhook', {
        body: () => ({ url: 'https://93.184.215.14/spare', events: ['customer.created'] }),
      }),
    ],
  },
  'GET /api/v1/webhooks/{id}': {
    probes: [foreign("B's webhook", { params: ({ b }) => ({ id: b.webhookId }) })],
  },
  'PATCH /api/v1/webhooks/{id}': {
    probes: [
      foreign("B's webhook", {
        params: ({ b }) => ({ id: b.webhookId }),
        body: () => ({ active: false }),
      }),
    ],
  },
  'DELETE /api/v1/webhooks/{id}': {
    probes: [foreign("B's webhook", { params: ({ b }) => ({ id: b.webhookId }) })],
  },
  'GET /api/v1/webhooks/{id}/deliveries': {
    probes: [foreign("B's webhook", { params: ({ b }) => ({ id: b.webhookId }) })],
  },
  'POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    probes: [
      foreign("B's webhook and delivery", {
        params: ({ b }) => ({ id: b.webhookId, deliveryId: b.webhookDeliveryId }),
      }),
      foreign("A's webhook with B's delivery", {
        params: ({ a, b }) => ({ id: a.webhookId, deliveryId: b.webhookDeliveryId }),
      }),
    ],
  },
  'GET /api/v1/campaigns': { apiKey: 'forbidden', probes: [own("the shop's campaigns")] },
  'GET /api/v1/campaign-channels': {
    apiKey: 'forbidden',
    probes: [own('the channels this server sends on')],
  },
  'POST /api/v1/campaigns': {
    apiKey: 'forbidden',
    probes: [own('a new campaign', { body: () => CAMPAIGN })],
  },
  'POST /api/v1/campaigns/preview': {
    apiKey: 'forbidden',
    probes: [
      own('a preview of everyone', { body: () => CAMPAIGN_PREVIEW }),
      foreign("a preview as B's customer", {
        body: ({ b }) => ({ ...CAMPAIGN_PREVIEW, customerId: b.customerId }),
      }),
      own("a segment naming B's program", {
        body: ({ b }) => ({ ...CAMPAIGN_PREVIEW, segment: { programIds: [b.programId] } }),
      }),
    ],
  },
  'GET /api/v1/campaigns/{id}': {
    apiKey: 'forbidden',
    probes: [foreign("B's campaign", { params: ({ b }) => ({ id: b.campaignId }) })],
  },
  'POST /api/v1/campaigns/{id}/send': {
    apiKey: 'forbidden',
    probes: [foreign("B's campaign", { params: ({ b }) => ({ id: b.campaignId }) })],
  },
  'POST /api/v1/campaigns/{id}/test': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's campaign", { params: ({ b }) => ({ id: b.campaignId }), body: () => ({}) }),
      foreign("A's campaign as B's customer", {
        params: ({ a }) => ({ id: a.campaignId }),
        body: ({ b }) => ({ customerId: b.customerId }),
      }),
    ],
  },
  'GET /api/v1/campaigns/{id}/results': {
    apiKey: 'forbidden',
    probes: [foreign("B's campaign", { params: ({ b }) => ({ id: b.campaignId }) })],
  },
  'GET /api/v1/automations': { apiKey: 'forbidden', probes: [own("the shop's automations")] },
  'PATCH /api/v1/automations/{automation}': {
    apiKey: 'forbidden',
    probes: [
      own('a new wording for the welcome', {
        params: () => ({ automation: 'welcome' }),
        body: () => ({ subject: 'Bienvenue {{prenom}}' }),
      }),
      // Automations are the product's, not a shop's: an unknown one is the only foreign id.
      foreign('an automation that does not exist', {
        params: () => ({ automation: 'club-renewal-of-b' }),
        body: () => ({ enabled: true }),
      }),
    ],
  },
  'GET /api/v1/automations/{automation}/preview': {
    apiKey: 'forbidden',
    probes: [
      own("next week's birthdays", { params: () => ({ automation: 'birthday' }) }),
      foreign('an automation that does not exist', {
        params: () => ({ automation: 'club-renewal-of-b' }),
      }),
    ],
  },
  'GET /api/v1/automations/{automation}/results': {
    apiKey: 'forbidden',
    probes: [
      own("the welcome's results", { params: () => ({ automation: 'welcome' }) }),
      foreign('an automation that does not exist', {
        params: () => ({ automation: 'club-renewal-of-b' }),
      }),
    ],
  },
  'POST /api/v1/automations/run': { apiKey: 'forbidden', probes: [own("today's automations")] },
  'GET /api/v1/surveys': { apiKey: 'forbidden', probes: [own("the shop's surveys")] },
  'POST /api/v1/surveys': {
    apiKey: 'forbidden',
    probes: [own('a new survey', { body: () => SURVEY })],
  },
  'GET /api/v1/surveys/{id}': {
    apiKey: 'forbidden',
    probes: [foreign("B's survey", { params: ({ b }) => ({ id: b.surveyId }) })],
  },
  'PATCH /api/v1/surveys/{id}': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's survey", {
        params: ({ b }) => ({ id: b.surveyId }),
        body: () => ({ status: 'closed' }),
      }),
    ],
  },
  'GET /api/v1/surveys/{id}/link': {
    apiKey: 'forbidden',
    probes: [
      foreign("B's survey for A's customer", {
        params: ({ b }) => ({ id: b.surveyId }),
        query: ({ a }) => ({ customerId: a.customerId }),
      }),
      foreign("A's survey for B's customer", {
        params: ({ a }) => ({ id: a.surveyId }),
        query: ({ b }) => ({ customerId: b.customerId }),
      }),
    ],
  },
  'GET /api/v1/follow-up': { probes: [own('the follow-up list')] },
  'POST /api/v1/follow-up': {
    probes: [
      foreign("B's customer", {
        body: ({ b }) => ({ customerId: b.customerId, note: 'Mallory was here' }),
      }),
    ],
  },
  'POST /api/v1/follow-up/{id}/done': {
    probes: [
      foreign("B's item", {
        params: ({ b }) => ({ id: b.followUpItemId }),
        body: () => ({ kind: 'call', outcome: 'Mallory was here' }),
      }),
    ],
  },
  'GET /api/v1/outbox': { apiKey: 'forbidden', probes: [own("the shop's messages")] },
  'POST /api/v1/outbox/{id}/resend': {
    apiKey: 'forbidden',
    probes: [foreign("B's message", { params: ({ b }) => ({ id: b.outboxMessageId }) })],
  },
  'GET /api/v1/audit-log': {
    apiKey: 'forbidden',
    probes: [
      own('the log'),
      own("B's audit entry as the cursor", { query: ({ b }) => ({ before: b.auditEntryId }) }),
    ],
  },
};
