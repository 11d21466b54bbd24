import { uuidv7 } from 'uuidv7';
import type { ConsentsTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type ConsentRecord = {
  channel: ConsentsTable['channel'];
  granted: boolean;
  source: string;
  wordingVersion: string;
};

/** Consents are a history, never overwritten: the proof of what was agreed, when and how. */
export async function appendConsents(
  tx: Tx,
  merchantId: string,
  customerId: string,
  at: Date,
  records: ConsentRecord[],
) {
  if (records.length === 0) return;
  await tx
    .insertInto('consents')
    .values(
      records.map((r) => ({
        merchant_id: merchantId,
        id: uuidv7(),
        customer_id: customerId,
        channel: r.channel,
        granted: r.granted,
        recorded_at: at,
        source: r.source,
        wording_version: r.wordingVersion,
      })),
    )
    .execute();
}

/** The latest decision per channel. */
export function currentConsents(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('consents')
    .select(['channel', 'granted', 'recorded_at', 'source', 'wording_version'])
    .distinctOn('channel')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('channel')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
