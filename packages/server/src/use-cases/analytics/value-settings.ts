import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findValueSettings,
  saveValueSettings,
  type ValueSettings,
} from '../../repositories/value-settings.ts';
import type { MerchantScope } from '../scope.ts';
import { DEFAULT_VALUE_SETTINGS } from './analytics-settings.ts';

/** The shop's margin and discount rate, with the defaults that apply where it set none. */
export function getValueSettings(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => ({
    ...(await findValueSettings(tx, scope.merchantId)),
    defaults: DEFAULT_VALUE_SETTINGS,
  }));
}

/**
 * Sets them; the figures are recomputed with them on the next read (the analytics cache is
 * keyed by the settings it was computed with).
 */
export function setValueSettings(scope: MerchantScope, settings: ValueSettings) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    await saveValueSettings(tx, merchantId, settings);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'merchant.value_settings_changed',
      subjectType: 'merchant',
      subjectId: merchantId,
      details: { ...settings },
    });
    return { ...settings, defaults: DEFAULT_VALUE_SETTINGS };
  });
}
