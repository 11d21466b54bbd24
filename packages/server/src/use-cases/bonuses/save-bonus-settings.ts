import type { BonusSettings } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { saveBonusSettings as saveSettingsRow } from '../../repositories/bonuses.ts';
import { listProgramRows, listRewards } from '../../repositories/programs.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Sets the shop's bonuses. Each names an active program of the shop, and the birthday's reward
 * must be one of that program's: refused with `invalid_bonus_settings`, the setting at fault
 * in `errors[].field` (`birthday.rewardId`) and why in `errors[].code`.
 */
export async function saveBonusSettings(tx: Tx, scope: MerchantScope, settings: BonusSettings) {
  const [programs, rewards] = await Promise.all([
    listProgramRows(tx, scope.merchantId, { includeArchived: false }),
    listRewards(tx, scope.merchantId, { includeArchived: false }),
  ]);
  const errors: FieldError[] = [];
  const active = new Set(programs.map((p) => p.id));
  for (const key of ['welcome', 'birthday', 'referral'] as const) {
    const bonus = settings[key];
    if (bonus && !active.has(bonus.programId)) {
      errors.push({
        field: `${key}.programId`,
        message: 'no such active program',
        code: 'unknown_program',
      });
    }
  }
  const birthday = settings.birthday;
  if (
    birthday &&
    !rewards.some((r) => r.id === birthday.rewardId && r.programId === birthday.programId)
  ) {
    errors.push({
      field: 'birthday.rewardId',
      message: 'not a reward of this program',
      code: 'unknown_reward',
    });
  }
  if (errors.length > 0) {
    throw new AppError('invalid_bonus_settings', 'The bonus settings were refused', {
      fields: errors,
    });
  }
  await saveSettingsRow(tx, scope.merchantId, settings, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'bonuses.saved',
    subjectType: 'bonus_settings',
    subjectId: scope.merchantId,
    details: {
      welcome: settings.welcome !== null,
      birthday: settings.birthday !== null,
      referral: settings.referral !== null,
    },
  });
  return settings;
}
