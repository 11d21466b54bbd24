import { randomUUID } from 'node:crypto';
import { findOccasion } from '../../automations/registry.ts';
import { settingOf } from '../../automations/setting.ts';
import { MERGE_FIELDS, unknownMergeFields } from '../../campaigns/merge-fields.ts';
import type { MessageChannel } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findAutomationSetting,
  saveAutomationSetting,
} from '../../repositories/automation-settings.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { assertMarketingLinksWork } from '../campaigns/campaign-rules.ts';
import type { MerchantScope } from '../scope.ts';

/** What an owner may change; absent keys stay, `subject`/`body` null go back to the default. */
export type AutomationChanges = {
  enabled?: boolean;
  channel?: MessageChannel;
  subject?: string | null;
  body?: string | null;
  parameters?: Record<string, unknown>;
  controlShare?: number;
};

/**
 * Switches an automation on or off and changes its wording, parameters and control share.
 * Refused with a clear reason: unknown merge fields, parameters the occasion does not accept,
 * switching on one whose parameters are still missing, text messages without a provider,
 * marketing while the unsubscribe links would be dead (not https).
 */
export async function updateAutomation(
  scope: MerchantScope,
  automation: string,
  changes: AutomationChanges,
  deps: { publicUrl: string; sendsSms: boolean },
) {
  const occasion = findOccasion(automation);
  if (!occasion) throw notFound('Automation');
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const merchant = await findMerchantById(tx, scope.merchantId);
    const row = await findAutomationSetting(tx, scope.merchantId, automation, { forUpdate: true });
    const current = settingOf(occasion, row, merchant?.locale ?? 'fr');
    const parameters = changes.parameters
      ? occasion.parameters.safeParse({ ...(current.parameters as object), ...changes.parameters })
      : { success: true as const, data: current.parameters };
    if (!parameters.success) {
      throw new AppError('validation_failed', 'Invalid parameters', {
        fields: parameters.error.issues.map((issue) => ({
          field: ['parameters', ...issue.path.map(String)].join('.'),
          message: issue.message,
          code: 'invalid_parameter',
        })),
      });
    }
    const known = [...MERGE_FIELDS, ...occasion.fields];
    const unknown = [
      ...unknownMergeFields(changes.subject ?? '', known).map((name) => ({
        field: 'subject',
        name,
      })),
      ...unknownMergeFields(changes.body ?? '', known).map((name) => ({ field: 'body', name })),
    ];
    if (unknown.length > 0) {
      throw new AppError('validation_failed', 'Unknown merge fields', {
        fields: unknown.map((f) => ({
          field: f.field,
          message: `unknown merge field {{${f.name}}}`,
          code: 'unknown_merge_field',
        })),
      });
    }
    const enabled = changes.enabled ?? current.enabled;
    const channel = changes.channel ?? current.channel;
    if (enabled) {
      if (!occasion.ready(parameters.data)) {
        throw new AppError(
          'automation_needs_parameters',
          'Set this automation’s parameters before switching it on',
        );
      }
      if (channel === 'sms' && !deps.sendsSms) {
        throw new AppError(
          'sms_not_available',
          'Text messages cannot be sent yet: no SMS provider is configured. Choose email.',
        );
      }
      if (occasion.kind === 'marketing') assertMarketingLinksWork(deps.publicUrl);
    }
    const keep = <T>(change: T | undefined, stored: T) => (change === undefined ? stored : change);
    await saveAutomationSetting(
      tx,
      scope.merchantId,
      automation,
      {
        enabled,
        channel,
        subject: keep(changes.subject, row?.subject ?? null),
        body: keep(changes.body, row?.body ?? null),
        parameters: parameters.data as Record<string, unknown>,
        controlShare: changes.controlShare ?? current.controlShare,
        // Switching on starts the clock: occasions before it are not owed.
        enabledAt: enabled ? (current.enabled ? current.enabledAt : scope.now) : null,
      },
      row?.control_seed ?? randomUUID(),
      scope.now,
    );
    await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
      action: 'automation.updated',
      subjectType: 'automation',
      subjectId: automation,
      details: { automation, ...changes },
    });
  });
}
