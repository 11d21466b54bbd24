import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findMerchantById,
  type MerchantSettings,
  updateMerchant,
} from '../../repositories/merchants.ts';
import type { MerchantScope } from '../scope.ts';

/** Whether the runtime knows this IANA time zone (Intl throws on unknown ones). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Name, time zone, currency, language and look of the business (owner only). */
export function updateMerchantSettings(scope: MerchantScope, settings: MerchantSettings) {
  if (settings.timeZone !== undefined && !isKnownTimeZone(settings.timeZone)) {
    throw new AppError('validation_failed', 'Unknown time zone', {
      fields: [
        {
          field: 'timeZone',
          message: 'not an IANA time zone such as Europe/Paris',
          code: 'invalid_time_zone',
        },
      ],
    });
  }
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    // Nothing to change (an empty form, or only unknown fields): answer with the settings as they are.
    if (Object.values(settings).every((v) => v === undefined))
      return (await findMerchantById(tx, merchantId))!;
    const row = await updateMerchant(tx, merchantId, settings);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'merchant.updated',
      subjectType: 'merchant',
      subjectId: merchantId,
      details: { fields: Object.keys(settings) },
    });
    return row;
  });
}
