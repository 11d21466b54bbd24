import { uuidv7 } from 'uuidv7';
import { newSecret } from '../../auth/tokens.ts';
import type { Segment } from '../../campaigns/segment.ts';
import type { CampaignChannel } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertCampaign } from '../../repositories/campaigns.ts';
import type { MerchantScope } from '../scope.ts';
import { assertCampaignSendable } from './campaign-rules.ts';

export type CampaignInput = {
  name: string;
  channel: CampaignChannel;
  segment: Segment;
  subject: string;
  body: string;
  controlShare?: number;
};

/**
 * Stores a campaign as a draft. Its control-group seed is drawn now and kept, so who is held
 * back is decided once and can be shown again.
 */
export async function createCampaign(tx: Tx, scope: MerchantScope, input: CampaignInput) {
  assertCampaignSendable(input);
  const row = await insertCampaign(tx, {
    merchantId: scope.merchantId,
    id: uuidv7(),
    name: input.name,
    channel: input.channel,
    segment: input.segment,
    subject: input.subject,
    body: input.body,
    controlShare: input.controlShare ?? 0,
    controlSeed: newSecret(16),
    now: scope.now,
  });
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'campaign.created',
    subjectType: 'campaign',
    subjectId: row.id,
    details: { name: input.name, channel: input.channel },
  });
  return row;
}
