import type { MessageChannel } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type AutomationSettingRow = Awaited<ReturnType<typeof listAutomationSettings>>[number];

/** Every automation the shop has touched (an automation never touched is off, with defaults). */
export function listAutomationSettings(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('automation_settings')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .execute();
}

export function findAutomationSetting(
  tx: Tx,
  merchantId: string,
  automation: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = tx
    .selectFrom('automation_settings')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('automation', '=', automation);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export type AutomationSettingValues = {
  enabled: boolean;
  channel: MessageChannel;
  subject: string | null;
  body: string | null;
  parameters: Record<string, unknown>;
  controlShare: number;
  enabledAt: Date | null;
};

/** Writes the owner's choices for one automation (the control seed is drawn once, on first write). */
export async function saveAutomationSetting(
  tx: Tx,
  merchantId: string,
  automation: string,
  values: AutomationSettingValues,
  seed: string,
  now: Date,
) {
  const row = {
    enabled: values.enabled,
    channel: values.channel,
    subject: values.subject,
    body: values.body,
    parameters: JSON.stringify(values.parameters),
    control_share: values.controlShare,
    enabled_at: values.enabledAt,
    updated_at: now,
  };
  await tx
    .insertInto('automation_settings')
    .values({ merchant_id: merchantId, automation, control_seed: seed, ...row })
    .onConflict((c) => c.columns(['merchant_id', 'automation']).doUpdateSet(row))
    .execute();
}
