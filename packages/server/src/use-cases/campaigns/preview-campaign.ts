import { inControlGroup } from '../../campaigns/control-group.ts';
import { MERGE_FIELDS } from '../../campaigns/merge-fields.ts';
import type { Segment } from '../../campaigns/segment.ts';
import type { CampaignChannel } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { renderCampaignSms } from '../../sms/campaign-sms.ts';
import { smsCost } from '../../sms/segments.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import type { MerchantScope } from '../scope.ts';
import { buildAudience } from './build-audience.ts';
import { mergeValuesFor, renderCampaignMail, shopOnlyValues } from './campaign-message.ts';

/**
 * Before sending: how many customers the campaign reaches on its channel, how many that
 * channel's consent rules leave out and why, the message as one of them (or `customerId`)
 * would read it and, for a text, how many SMS it is billed as.
 */
export async function previewCampaign(
  scope: MerchantScope,
  input: {
    channel: CampaignChannel;
    segment: Segment;
    subject: string;
    body: string;
    controlShare?: number;
    customerId?: string;
  },
  deps: { publicUrl: string },
) {
  const metrics = await loadCustomerMetrics(scope);
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const audience = await buildAudience(tx, {
      ...input,
      merchantId: scope.merchantId,
      metrics,
      now: scope.now,
    });
    const share = input.controlShare ?? 0;
    // An estimate: the real draw uses the campaign's own seed when it is sent.
    const control = audience.recipients.filter((r) =>
      inControlGroup('preview', r.id, share),
    ).length;
    if (input.customerId && !(await findCustomer(tx, scope.merchantId, input.customerId))) {
      throw notFound('Customer');
    }
    const sampleId = input.customerId ?? audience.recipients[0]?.id ?? null;
    const merchant = await findMerchantById(tx, scope.merchantId);
    const shopName = merchant?.name ?? '';
    const values =
      sampleId === null
        ? shopOnlyValues(shopName)
        : await mergeValuesFor(tx, {
            merchantId: scope.merchantId,
            customerId: sampleId,
            shopName,
            publicUrl: deps.publicUrl,
            now: scope.now,
          });
    const text = input.channel === 'sms' ? renderCampaignSms(input, values) : null;
    const sample =
      sampleId === null
        ? null
        : {
            customerId: sampleId,
            ...(text === null
              ? renderCampaignMail(input, values, `${deps.publicUrl}/u/…`)
              : { subject: input.subject, text, html: '' }),
          };
    return {
      mergeFields: [...MERGE_FIELDS],
      recipients: audience.recipients.length,
      controlEstimate: control,
      excluded: audience.excluded,
      sample,
      // What one text costs, STOP mention included: the sample's, or the body with the shop's
      // name alone when nobody is in the audience yet.
      sms: text === null ? null : smsCost(text),
    };
  });
}
