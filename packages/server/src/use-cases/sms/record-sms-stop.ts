import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem, withMerchant } from '../../db/tenant.ts';
import type { ConsentRecord } from '../../repositories/consents.ts';
import { appendConsents } from '../../repositories/consents.ts';
import { findCustomersTextedAt, latestSmsConsent } from '../../repositories/sms-stops.ts';
import { emitConsentChanged } from '../../webhooks/customer-events.ts';

export type SmsStop = {
  /** E.164, as customers' phones are stored. */
  phone: string;
  /** How it came: `unsubscribed` (the provider's STOP handling) or `replied` (a "STOP" reply). */
  how: 'unsubscribed' | 'replied';
  /** The provider's message id, kept as the proof's reference. */
  reference: string | null;
};

/**
 * A customer answered STOP to a text message: at every shop that has texted this phone, its
 * customers with that phone get a withdrawal of SMS consent in their consent history
 * (`source: sms_stop`, `wording_version: brevo:<how>:<message>`) and `consent.changed` is
 * announced; later sends skip them (`consent-rules.ts`). A repeated notice adds nothing to a
 * customer whose latest SMS decision is already a withdrawal. Returns how many were withdrawn.
 */
export async function recordSmsStop(
  deps: { db: Kysely<Database>; now: () => Date },
  stop: SmsStop,
): Promise<{ withdrawn: number }> {
  const targets = await asSystem(deps.db, (tx) => findCustomersTextedAt(tx, stop.phone));
  let withdrawn = 0;
  for (const target of targets) {
    const now = deps.now();
    withdrawn += await withMerchant(deps.db, target.merchant_id, async (tx) => {
      const latest = await latestSmsConsent(tx, target.merchant_id, target.id);
      if (latest && !latest.granted) return 0;
      const record: ConsentRecord = {
        channel: 'sms',
        granted: false,
        source: 'sms_stop',
        wordingVersion: `brevo:${stop.how}${stop.reference ? `:${stop.reference}` : ''}`.slice(
          0,
          60,
        ),
      };
      await appendConsents(tx, target.merchant_id, target.id, now, [record]);
      await emitConsentChanged(tx, { merchantId: target.merchant_id, now }, target.id, [record]);
      return 1;
    });
  }
  return { withdrawn };
}
