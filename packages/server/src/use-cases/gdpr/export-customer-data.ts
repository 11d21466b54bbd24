import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import {
  auditEntriesAbout,
  consentHistory,
  customerAdjustmentList,
  customerInteractionList,
  customerLedgerList,
  customerNoteList,
  customerPurchaseList,
  customerRefundList,
  customerTagList,
  customerVoucherList,
  deliveriesMentioning,
  messagesTo,
} from '../../repositories/customer-data.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { clubAndCauseData } from '../club/club-and-cause-data.ts';
import type { MerchantScope } from '../scope.ts';
import { engagementDataFor } from '../surveys/engagement-data.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const pad = (n: number) => String(n).padStart(2, '0');

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Everything the shop holds about one customer, for a right-of-access or portability request
 * (GDPR art. 15 and 20): contact, consents with their proof, tags, notes, purchases and refunds,
 * the whole ledger, vouchers, adjustments with their reasons, messages sent, webhook deliveries
 * that named them, and the audit trail about them. Read in one transaction: one consistent view.
 */
export function exportCustomerData(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  customerId: string,
  cardUrl: (token: string) => string,
) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const c = await findCustomer(tx, merchantId, customerId);
    if (!c) throw notFound('Customer');
    const [consents, tags, notes, purchases, refunds, ledger, vouchers, adjustments] =
      await Promise.all([
        consentHistory(tx, merchantId, customerId),
        customerTagList(tx, merchantId, customerId),
        customerNoteList(tx, merchantId, customerId),
        customerPurchaseList(tx, merchantId, customerId),
        customerRefundList(tx, merchantId, customerId),
        customerLedgerList(tx, merchantId, customerId),
        customerVoucherList(tx, merchantId, customerId),
        customerAdjustmentList(tx, merchantId, customerId),
      ]);
    const [interactions, messages, deliveries, audit, clubAndCause] = await Promise.all([
      customerInteractionList(tx, merchantId, customerId),
      messagesTo(tx, merchantId, [c.email, c.phone]),
      deliveriesMentioning(tx, merchantId, customerId),
      auditEntriesAbout(tx, merchantId, customerId),
      clubAndCauseData(tx, merchantId, customerId),
    ]);
    const engagement = await engagementDataFor(tx, merchantId, customerId);
    return {
      exportedAt: now.toISOString(),
      customer: {
        id: c.id,
        firstName: c.first_name,
        lastName: c.last_name,
        email: c.email,
        phone: c.phone,
        birthday: c.birth_month && c.birth_day ? `${pad(c.birth_month)}-${pad(c.birth_day)}` : null,
        company: c.company,
        externalRef: c.external_ref,
        cardUrl: c.erased_at ? null : cardUrl(c.card_token),
        customerSince: c.customer_since.toISOString(),
        memberSince: iso(c.member_since),
        erasedAt: iso(c.erased_at),
        createdAt: c.created_at.toISOString(),
        updatedAt: c.updated_at.toISOString(),
      },
      consents: consents.map((k) => ({
        channel: k.channel,
        granted: k.granted,
        recordedAt: k.recorded_at.toISOString(),
        source: k.source,
        wordingVersion: k.wording_version,
      })),
      tags: tags.map((t) => t.tag),
      notes: notes.map((n) => ({
        id: n.id,
        body: n.body,
        author: n.author_type,
        createdAt: n.created_at.toISOString(),
      })),
      purchases: purchases.map((p) => ({
        id: p.id,
        occurredAt: p.occurred_at.toISOString(),
        amountCents: p.amount_cents,
        items: p.items ?? null,
        source: p.source,
        locationId: p.location_id,
        refunds: refunds
          .filter((r) => r.purchase_id === p.id)
          .map((r) => ({
            id: r.id,
            amountCents: r.amount_cents,
            reason: r.reason,
            createdAt: r.created_at.toISOString(),
          })),
      })),
      ledger: ledger.map((e) => ({
        id: e.id,
        programId: e.program_id,
        kind: e.kind,
        unit: e.unit,
        delta: e.delta,
        cause: e.cause_type,
        causeRef: e.cause_ref,
        occurredAt: e.occurred_at.toISOString(),
      })),
      vouchers: vouchers.map((v) => ({
        id: v.id,
        code: v.code,
        rewardId: v.reward_id,
        cost: v.cost,
        unit: v.unit,
        issuedAt: v.issued_at.toISOString(),
        expiresAt: iso(v.expires_at),
        state: v.state ?? ('open' as const),
        stateAt: iso(v.state_at),
      })),
      adjustments: adjustments.map((a) => ({
        id: a.id,
        programId: a.program_id,
        delta: a.delta,
        reasonCode: a.reason_code,
        reason: a.reason,
        occurredAt: a.occurred_at.toISOString(),
      })),
      interactions: interactions.map((i) => ({
        id: i.id,
        kind: i.kind,
        occurredAt: i.occurred_at.toISOString(),
        minutesSpent: i.minutes_spent,
        outcome: i.outcome,
        concededCents: Number(i.conceded_cents),
        disputeStatus: i.dispute_status,
      })),
      ...engagement,
      messages: messages.map((m) => ({
        id: m.id,
        category: m.category,
        subject: m.subject,
        text: m.text_body,
        status: m.status,
        createdAt: m.created_at.toISOString(),
        sentAt: iso(m.sent_at),
      })),
      webhookDeliveries: deliveries.map((d) => ({
        id: d.id,
        eventId: d.event_id,
        eventType: d.event_type,
        status: d.status,
        createdAt: d.created_at.toISOString(),
        body: readJson(d.body),
      })),
      ...clubAndCause,
      history: audit.map((a) => ({
        id: a.id,
        occurredAt: a.occurred_at.toISOString(),
        actor: a.actor_type,
        action: a.action,
      })),
    };
  });
}

export type CustomerDataExport = Awaited<ReturnType<typeof exportCustomerData>>;
