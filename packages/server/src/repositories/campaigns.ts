import type { Selectable } from 'kysely';
import type { CampaignChannel, CampaignsTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type CampaignRow = Selectable<CampaignsTable>;

export type NewCampaign = {
  merchantId: string;
  id: string;
  name: string;
  channel: CampaignChannel;
  segment: Record<string, unknown>;
  subject: string;
  body: string;
  controlShare: number;
  controlSeed: string;
  now: Date;
};

export function insertCampaign(tx: Tx, c: NewCampaign) {
  return tx
    .insertInto('campaigns')
    .values({
      merchant_id: c.merchantId,
      id: c.id,
      name: c.name,
      channel: c.channel,
      segment: JSON.stringify(c.segment),
      subject: c.subject,
      body: c.body,
      control_share: c.controlShare,
      control_seed: c.controlSeed,
      created_at: c.now,
      updated_at: c.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listCampaignRows(tx: Tx, merchantId: string, limit: number) {
  return tx
    .selectFrom('campaigns')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** One campaign; `forUpdate` holds it until the transaction ends (one send at a time). */
export function findCampaign(tx: Tx, merchantId: string, id: string, forUpdate = false) {
  return tx
    .selectFrom('campaigns')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst();
}

export function markCampaignSending(
  tx: Tx,
  merchantId: string,
  id: string,
  at: Date,
  excluded: Record<string, number>,
) {
  return tx
    .updateTable('campaigns')
    .set({ status: 'sending', sent_at: at, updated_at: at, excluded: JSON.stringify(excluded) })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function markCampaignSent(tx: Tx, merchantId: string, id: string, at: Date) {
  return tx
    .updateTable('campaigns')
    .set({ status: 'sent', finished_at: at, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}
