import { addDays, localDay, startOf } from '../../automations/days.ts';
import type { Wording } from '../../automations/occasion.ts';
import { findOccasion } from '../../automations/registry.ts';
import { renderAutomationMail } from '../../automations/render-message.ts';
import { settingOf } from '../../automations/setting.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { handledOccasions, sendKeyOf } from '../../repositories/automation-sends.ts';
import { findAutomationSetting } from '../../repositories/automation-settings.ts';
import { listAudienceRows } from '../../repositories/campaign-audience.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { mergeValuesFor } from '../campaigns/campaign-message.ts';
import type { MerchantScope } from '../scope.ts';

/** First names shown with the count: enough to recognise people, not a mailing list. */
export const PREVIEW_NAMES = 10;

/**
 * "Who will get it next week": the customers due over the next seven days in the shop's
 * calendar (as the data stand now; the consent rules and the control group still decide at
 * send time), their count and first names, and the message as the first of them — or, with
 * nobody due, as the shop's first customer — would read it, in `wording` when given (the
 * editor's unsaved text) else the saved one. Nothing is stored or sent.
 */
export async function previewAutomation(
  scope: MerchantScope,
  automation: string,
  wording: Partial<Wording>,
  deps: { publicUrl: string },
) {
  const occasion = findOccasion(automation);
  if (!occasion) throw notFound('Automation');
  const metrics = () => loadCustomerMetrics(scope);
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const { merchantId, now } = scope;
    const merchant = await findMerchantById(tx, merchantId);
    const timeZone = merchant?.time_zone ?? 'Europe/Paris';
    const locale = merchant?.locale ?? 'fr';
    const setting = settingOf(
      occasion,
      await findAutomationSetting(tx, merchantId, automation),
      locale,
    );
    const today = localDay(now, timeZone);
    const since = addDays(today, 1);
    const due = await occasion.due({
      tx,
      merchantId,
      now,
      timeZone,
      locale,
      day: addDays(today, 7),
      since,
      from: startOf(since, timeZone),
      parameters: setting.parameters,
      publicUrl: deps.publicUrl,
      metrics,
    });
    const handled = await handledOccasions(tx, merchantId, automation, due);
    const owed = due.filter((d) => !handled.has(sendKeyOf(d.customerId, d.occasionKey)));
    const ids = [...new Set(owed.map((d) => d.customerId))];
    const rows = await listAudienceRows(tx, merchantId, ids.slice(0, PREVIEW_NAMES));
    const firstNames = rows.map((r) => r.first_name).filter((n): n is string => n !== null);
    const sample = owed[0] ?? null;
    const sampleId = sample?.customerId ?? (await listAudienceRows(tx, merchantId))[0]?.id ?? null;
    const text = {
      subject: wording.subject ?? setting.wording.subject,
      body: wording.body ?? setting.wording.body,
    };
    const message =
      sampleId === null
        ? null
        : renderAutomationMail(
            text,
            {
              ...(await mergeValuesFor(tx, {
                merchantId,
                customerId: sampleId,
                shopName: merchant?.name ?? '',
                publicUrl: deps.publicUrl,
                now,
              })),
              ...sample?.values,
            },
            occasion.kind === 'marketing' ? `${deps.publicUrl}/u/…` : null,
          );
    return {
      automation,
      from: since,
      to: addDays(today, 7),
      count: ids.length,
      firstNames,
      sample: message && { customerId: sampleId, ...message },
    };
  });
}
