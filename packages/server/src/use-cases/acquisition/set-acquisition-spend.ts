import type { Tx } from '../../db/tenant.ts';
import { saveAcquisitionSpend } from '../../repositories/acquisition.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';
import { checkSpendChannel, storedChannel } from './spend-channel.ts';

export type SpendInput = {
  /** 'YYYY-MM' */
  month: string;
  budget: 'development' | 'loyalty';
  /** 'referral', 'channel:<id>' or null (development money not tied to one channel). */
  channel: string | null;
  amountCents: number;
};

/** Sets what a month cost on one budget (and channel); setting it again replaces it. */
export async function setAcquisitionSpend(tx: Tx, scope: MerchantScope, input: SpendInput) {
  const channel = await checkSpendChannel(tx, scope.merchantId, input.budget, input.channel);
  await saveAcquisitionSpend(tx, {
    merchantId: scope.merchantId,
    month: `${input.month}-01`,
    budget: input.budget,
    channel: storedChannel(channel),
    amountCents: input.amountCents,
    at: scope.now,
  });
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'acquisition.spend_set',
    subjectType: 'merchant',
    subjectId: scope.merchantId,
  });
  return { month: input.month, budget: input.budget, channel, amountCents: input.amountCents };
}
