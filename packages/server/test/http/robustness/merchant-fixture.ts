import { API_KEY_SCOPES } from '../../../src/auth/permissions.ts';
import { asSystem } from '../../../src/db/tenant.ts';
import { queueShopMail } from '../../../src/mail/queue-mail.ts';
import { signUpOwner, type TestClient } from '../../support/test-app.ts';

/**
 * One merchant with one of everything the API can create, and the handles to reach it: the
 * cross-tenant walk builds two (A and B) and aims A's credentials at B's ids.
 *
 * To add a resource when its route lands: add its id (or code) below, create it in
 * `buildMerchantFixture` with one call, then use it in `route-catalog.ts`. Every string in
 * the fixture is also a fingerprint that must never appear in a response to the other merchant.
 */
export type MerchantFixture = {
  merchantId: string;
  /** The public sign-up link's parts: /join/{slug}/{signupToken}. */
  slug: string;
  signupToken: string;
  ownerUserId: string;
  ownerEmail: string;
  ownerPassword: string;
  /** Credentials of this merchant (A's are used for the walk; B's only to build B). */
  cookie: string;
  apiKey: string;
  apiKeyId: string;
  customerId: string;
  customerEmail: string;
  cardToken: string;
  /** A second customer with the same email: a duplicate of the first, not merged. */
  duplicateCustomerId: string;
  noteId: string;
  /** A dispute with this merchant's customer. */
  interactionId: string;
  /** A tag only this merchant uses. */
  tag: string;
  staffUserId: string;
  locationId: string;
  programId: string;
  rewardId: string;
  purchaseId: string;
  /** A purchase with a partial refund on it. */
  refundedPurchaseId: string;
  refundId: string;
  /** A voucher the customer has not used yet, and the redemption of another one. */
  voucherCode: string;
  redemptionId: string;
  redeemedVoucherCode: string;
  adjustmentId: string;
  ledgerEntryId: string;
  auditEntryId: string;
  /** The owner's own session (public id) and a message in the shop's outbox. */
  sessionId: string;
  outboxMessageId: string;
  /** The Idempotency-Key this merchant used for its first purchase. */
  idempotencyKey: string;
  webhookId: string;
  /** The delivery of the customer's sign-up to that webhook. */
  webhookDeliveryId: string;
  /** A file uploaded for import (not imported). */
  importId: string;
  campaignId: string;
  /** A promo code (used once by the fixture's customer) and its id. */
  promoCode: string;
  promoCodeId: string;
  /** The cause the customer's purchases give to (with a payment recorded to it). */
  causeId: string;
  /** An NPS survey, its public token, and a follow-up item added by hand. */
  surveyId: string;
  surveyToken: string;
  followUpItemId: string;
  /** A business account with the customer as its contact, and one of its invoices. */
  b2bAccountId: string;
  invoiceId: string;
  /** A goal: ten more members within 90 days. */
  goalId: string;
  /** An answer to "comment nous avez-vous connus ?", recorded on the customer, with spend on it. */
  acquisitionChannelId: string;
};

let merchants = 0;

/** Signs a merchant up and creates one of each resource through the public API. */
export async function buildMerchantFixture(
  client: TestClient,
  label: string,
): Promise<MerchantFixture> {
  merchants += 1;
  const owner = await signUpOwner(client, { businessName: `Merchant ${label} ${merchants}` });
  const call = async (method: string, path: string, body?: unknown, headers = {}) => {
    const r = await client.request(method, path, { cookie: owner.cookie, body, headers });
    if (r.status >= 300) {
      throw new Error(
        `fixture ${label}: ${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`,
      );
    }
    return r.body;
  };
  // Every scope: the walk checks tenancy, not scopes (the permission walk checks those).
  const key = await call('POST', '/api/v1/api-keys', {
    name: `till ${label}`,
    scopes: [...API_KEY_SCOPES],
  });
  const webhook = await call('POST', '/api/v1/webhooks', {
    url: `https://93.184.215.14/hooks/${label.toLowerCase()}`,
    events: ['customer.created'],
  });
  const customerEmail = `client-${label.toLowerCase()}-${merchants}@example.fr`;
  const customer = await call('POST', '/api/v1/customers', {
    firstName: `Client ${label}`,
    email: customerEmail,
  });
  const duplicate = await call('POST', '/api/v1/customers', {
    firstName: `Client ${label} bis`,
    email: customerEmail,
  });
  const deliveries = await call('GET', `/api/v1/webhooks/${webhook.id}/deliveries`);
  const campaign = await call('POST', '/api/v1/campaigns', {
    name: `Newsletter ${label}`,
    channel: 'email',
    segment: {},
    subject: 'Nouveautés',
    body: 'Bonjour {{prenom}}',
  });
  const note = await call('POST', `/api/v1/customers/${customer.id}/notes`, {
    body: `Allergic to nuts (${label})`,
  });
  const interaction = await call('POST', `/api/v1/customers/${customer.id}/interactions`, {
    kind: 'dispute',
    minutesSpent: 20,
    outcome: `Invoice disputed (${label})`,
  });
  const tag = `regular-${label.toLowerCase()}-${merchants}`;
  await call('PUT', `/api/v1/customers/${customer.id}/tags`, { tags: [tag] });
  const staff = await call('POST', '/api/v1/staff', {
    email: `staff-${label.toLowerCase()}-${merchants}-${Date.now()}@example.fr`,
    role: 'staff',
    initialPassword: 'tarte-aux-pommes-77',
  });
  const location = await call('POST', '/api/v1/locations', { name: `Shop ${label}` });
  // Two stamps fill a card, so four purchases give two vouchers: one to redeem, one to keep.
  const program = await call('POST', '/api/v1/programs', {
    kind: 'stamps',
    name: `Card ${label}`,
    rule: { per: 'visit' },
    stampsPerCard: 2,
    reward: { name: `Free coffee ${label}`, costPriceCents: 40, retailValueCents: 250 },
  });
  // A tier ladder, so that purchases record each customer's level.
  await call('PUT', '/api/v1/tier-ladder', tierLadderFor(label));
  const promo = await call('POST', '/api/v1/promo-codes', {
    code: `PROMO${label}${merchants}`,
    percentOff: 10,
    amountOffCents: null,
    minimumPurchaseCents: null,
    startsOn: null,
    endsOn: null,
    maxUses: null,
    perCustomerLimit: null,
  });
  // A paid club with the customer as a member, so that club lists and reports have rows.
  await call('PUT', '/api/v1/club', clubFor(label));
  await call('POST', `/api/v1/customers/${customer.id}/club/payments`, { method: 'card' });
  // A cause that 2 % of every purchase goes to, chosen by the customer.
  const cause = await call('POST', '/api/v1/causes', { name: `Refuge ${label}` });
  await call('PUT', '/api/v1/cause-settings', {
    rule: { kind: 'percent', basisPoints: 200 },
    defaultCauseId: cause.id,
    customersChoose: true,
  });
  await call('PUT', `/api/v1/customers/${customer.id}/cause`, { causeId: cause.id });
  const { today: shopToday } = await call('GET', '/api/v1/goals');
  const inNinetyDays = new Date(Date.parse(`${shopToday}T00:00:00Z`) + 90 * 86_400_000);
  const goal = await call('POST', '/api/v1/goals', {
    metric: 'members',
    target: { kind: 'change', by: 10 },
    deadline: inNinetyDays.toISOString().slice(0, 10),
  });
  const idempotencyKey = `purchase-${label}-${merchants}`;
  const purchase = (externalId: string, headers = {}) =>
    call(
      'POST',
      '/api/v1/purchases',
      { customerId: customer.id, amountCents: 1_250, locationId: location.id, externalId },
      headers,
    );
  const first = await purchase(`till-${label}-1`, { 'idempotency-key': idempotencyKey });
  await call('POST', '/api/v1/purchases', {
    customerId: customer.id,
    amountCents: 1_125,
    externalId: `till-${label}-2`,
    promoCode: promo.code,
    discounts: [{ kind: 'promo_code', label: promo.code, percent: 10, amountCents: 125 }],
  });
  await purchase(`till-${label}-3`);
  const fourth = await purchase(`till-${label}-4`);
  const refund = await call('POST', `/api/v1/purchases/${fourth.purchaseId}/refund`, {
    amountCents: 250,
    reason: 'croissant was cold',
  });
  const today = new Date().toISOString().slice(0, 10);
  await call('POST', `/api/v1/causes/${cause.id}/payments`, { amountCents: 10, paidOn: today });
  const vouchers: string[] = (
    await call('GET', `/api/v1/customers/${customer.id}/card`)
  ).programs.flatMap((p: { vouchers: { code: string }[] }) => p.vouchers.map((v) => v.code));
  if (vouchers.length < 2)
    throw new Error(`fixture ${label}: expected 2 vouchers, got ${vouchers}`);
  const redemption = await call('POST', '/api/v1/redemptions', {
    customerId: customer.id,
    voucherCode: vouchers[0],
  });
  const adjustment = await call('POST', `/api/v1/customers/${customer.id}/adjustments`, {
    programId: program.id,
    delta: 1,
    reasonCode: 'goodwill',
  });
  const ledger = await call('GET', `/api/v1/customers/${customer.id}/ledger?limit=1`);
  const audit = await call('GET', '/api/v1/audit-log?limit=1');
  const sessions = await call('GET', '/api/v1/auth/sessions');
  const mail = await asSystem(client.services.db, (tx) =>
    queueShopMail(tx, client.services.mailer, owner.merchant.id, {
      idempotencyKey: `fixture:${label}`,
      message: {
        to: customerEmail,
        subject: `Merchant ${label} says hello`,
        text: 'Bonjour',
        kind: 'transactional',
        category: 'fixture',
      },
      now: new Date(),
    }),
  );
  const upload = await call('POST', '/api/v1/imports', {
    fileName: `clients-${label.toLowerCase()}.csv`,
    content: Buffer.from(
      `N° client;Prénom;Date;Montant\nI-${label};Import ${label};05/03/2024;12,50\n`,
    ).toString('base64'),
  });
  const survey = await call('POST', '/api/v1/surveys', {
    title: `Votre avis ${label}`,
    questions: [
      { kind: 'nps', label: `Recommanderiez-vous ${label} ?` },
      { kind: 'text', label: 'Pourquoi ?' },
    ],
  });
  const surveyToken = new URL(survey.publicUrl).pathname.split('/').at(-1)!;
  await call('POST', `/api/v1/public/surveys/${surveyToken}/answers`, {
    email: customerEmail,
    answers: { q1: 4, q2: `Service lent (${label})` },
  });
  const followUp = await call('POST', '/api/v1/follow-up', {
    customerId: customer.id,
    note: `Rappeler ${label}`,
  });
  const account = await call('POST', '/api/v1/b2b-accounts', {
    companyName: `Company ${label} ${merchants}`,
    paymentTermsDays: 30,
  });
  await call('PUT', `/api/v1/b2b-accounts/${account.id}/contacts/${customer.id}`);
  // Volume steps, so that the account's contact has a trade discount in the quote.
  await call('PUT', '/api/v1/b2b-thresholds', {
    periodMonths: 12,
    steps: [{ fromCents: 1_000, percent: 3 }],
  });
  const invoice = await call('POST', `/api/v1/b2b-accounts/${account.id}/invoices`, {
    number: `F-${label}-${merchants}`,
    amountCents: 120_000,
    issuedOn: '2026-10-01',
  });
  const channel = await call('POST', '/api/v1/acquisition/channels', {
    label: `Flyer ${label} ${merchants}`,
  });
  await call('PUT', `/api/v1/acquisition/customers/${customer.id}`, { channelId: channel.id });
  await call('PUT', '/api/v1/acquisition/spend', {
    month: '2026-11',
    budget: 'development',
    channel: `channel:${channel.id}`,
    amountCents: 4_200,
  });
  // TODO(lead): new resources go here, e.g.
  //   const gift = await call('POST', '/api/v1/gift-cards', { customerId: customer.id, … });
  // then add `giftCardId: gift.id` below and to MerchantFixture.
  return {
    merchantId: owner.merchant.id,
    slug: owner.merchant.slug,
    signupToken: new URL(owner.merchant.signupUrl).pathname.split('/').at(-1)!,
    ownerUserId: owner.user.id,
    ownerEmail: owner.email,
    ownerPassword: owner.password,
    cookie: owner.cookie,
    apiKey: key.key,
    apiKeyId: key.id,
    customerId: customer.id,
    customerEmail,
    cardToken: customer.cardToken,
    duplicateCustomerId: duplicate.id,
    noteId: note.id,
    interactionId: interaction.id,
    tag,
    staffUserId: staff.id,
    locationId: location.id,
    programId: program.id,
    rewardId: program.rewards[0].id,
    purchaseId: first.purchaseId,
    refundedPurchaseId: fourth.purchaseId,
    refundId: refund.refundId,
    voucherCode: vouchers[1]!,
    redemptionId: redemption.redemptionId,
    redeemedVoucherCode: vouchers[0]!,
    adjustmentId: adjustment.adjustmentId,
    ledgerEntryId: ledger.items[0].id,
    auditEntryId: audit.items[0].id,
    sessionId: sessions.items[0].id,
    outboxMessageId: mail.id,
    idempotencyKey,
    webhookId: webhook.id,
    webhookDeliveryId: deliveries.items[0].id,
    importId: upload.id,
    campaignId: campaign.id,
    promoCode: promo.code,
    promoCodeId: promo.id,
    causeId: cause.id,
    surveyId: survey.id,
    surveyToken,
    followUpItemId: followUp.id,
    b2bAccountId: account.id,
    invoiceId: invoice.id,
    goalId: goal.id,
    acquisitionChannelId: channel.id,
  };
}

/**
 * The values of B that must never reach A: every id, code and token in the fixture. Left out:
 * the credentials (A never holds them), the idempotency key, the public slug, and email addresses,
 * which A may type in itself (a customer can be a client of two shops).
 */
export function fingerprints(fixture: MerchantFixture): string[] {
  const {
    cookie: _cookie,
    apiKey: _apiKey,
    idempotencyKey: _idempotencyKey,
    ownerEmail: _ownerEmail,
    ownerPassword: _ownerPassword,
    slug: _slug,
    customerEmail: _customerEmail,
    ...values
  } = fixture;
  return Object.values(values);
}

/** Two levels named after the merchant, so that a leak of B's ladder into A's answers shows. */
export function tierLadderFor(label: string) {
  const benefits = { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] };
  return {
    windowMonths: 12,
    review: { periodMonths: 12, graceMonths: 3 },
    levels: [
      { id: 'base', name: `Base ${label}`, colour: '#a0522d', criteria: {}, benefits },
      { id: 'top', name: `Top ${label}`, colour: '#c9a227', criteria: { visits: 2 }, benefits },
    ],
  };
}

/** A paid club whose name is this merchant's fingerprint. */
export function clubFor(label: string) {
  return {
    name: `Club ${label}`,
    period: 'monthly',
    feeCents: 1_500,
    discountPercent: 10,
    perks: [`Soirées ${label}`],
    graceDays: 7,
    reminderDays: 7,
  };
}
