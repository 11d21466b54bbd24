import { latePaymentFollowUps } from '@habitue/analytics';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { listAllB2bContacts } from '../../repositories/b2b-accounts.ts';
import { listUnpaidInvoices } from '../../repositories/recognition-facts.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Late B2B payments as a follow-up reason: invoices unpaid a week after their due date, with
 * the account and the contacts to call. The follow-up list takes them from here.
 */
export function listLatePaymentFollowUps(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, (tx) => latePaymentFollowUpsIn(tx, merchantId, now));
}

/** The same, in the caller's transaction (the follow-up list's weekly planning). */
export async function latePaymentFollowUpsIn(tx: Tx, merchantId: string, now: Date) {
  const today = dayToIso(localDay(now, await merchantTimeZone(tx, merchantId)));
  const invoices = await listUnpaidInvoices(tx, merchantId);
  const contacts = await listAllB2bContacts(tx, merchantId);
  const nameOf = new Map(invoices.map((i) => [i.account_id, i.company_name]));
  const followUps = latePaymentFollowUps(
    invoices.map((i) => ({
      accountId: i.account_id,
      invoiceId: i.id,
      number: i.number,
      amountCents: i.amount_cents,
      dueOn: i.due_on,
      paidOn: i.paid_on,
    })),
    today,
  );
  return followUps.map((f) => ({
    ...f,
    companyName: nameOf.get(f.accountId) ?? '',
    contactIds: contacts.filter((k) => k.account_id === f.accountId).map((k) => k.customer_id),
  }));
}
