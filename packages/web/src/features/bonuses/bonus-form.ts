import type { components } from '../../api/schema.d.ts';

export type BonusSettings = components['schemas']['BonusSettings'];

/** The form as typed: every number a string until it is checked. */
export type BonusForm = {
  welcomeOn: boolean;
  welcomeProgramId: string;
  welcomeAmount: string;
  firstDaysOn: boolean;
  firstDays: string;
  extraPercent: string;
  percentOffOn: boolean;
  percentOff: string;
  birthdayOn: boolean;
  birthdayProgramId: string;
  birthdayRewardId: string;
  windowDays: string;
  referralOn: boolean;
  referralProgramId: string;
  referrerAmount: string;
  refereeAmount: string;
};

/** The settings' field (as the server names it) and why the form refuses it. */
export type BonusFormProblem = { field: string; code: 'required' | 'whole_number' };

/** The form for saved settings, or the launch plan's defaults (7 days, double points). */
export function formFromSettings(s: BonusSettings, defaultProgramId: string): BonusForm {
  return {
    welcomeOn: s.welcome !== null,
    welcomeProgramId: s.welcome?.programId ?? defaultProgramId,
    welcomeAmount: String(s.welcome?.amount ?? 50),
    firstDaysOn: !!s.welcome?.firstDays,
    firstDays: String(s.welcome?.firstDays?.days ?? 7),
    extraPercent: String(s.welcome?.firstDays?.extraPercent ?? 100),
    percentOffOn: s.welcome?.firstPurchasePercentOff != null,
    percentOff: String(s.welcome?.firstPurchasePercentOff ?? 10),
    birthdayOn: s.birthday !== null,
    birthdayProgramId: s.birthday?.programId ?? defaultProgramId,
    birthdayRewardId: s.birthday?.rewardId ?? '',
    windowDays: String(s.birthday?.windowDays ?? 7),
    referralOn: s.referral !== null,
    referralProgramId: s.referral?.programId ?? defaultProgramId,
    referrerAmount: String(s.referral?.referrerAmount ?? 50),
    refereeAmount: String(s.referral?.refereeAmount ?? 50),
  };
}

/**
 * The settings to send, or the first problem the form can see (a missing choice, a number
 * that is not whole); the server checks ranges and ids and answers with the field at fault.
 * @example settingsFromForm({ ...form, welcomeAmount: '2,5' }) // { ok: false, problem: { field: 'welcome.amount', code: 'whole_number' } }
 */
export function settingsFromForm(
  f: BonusForm,
): { ok: true; settings: BonusSettings } | { ok: false; problem: BonusFormProblem } {
  const problems: BonusFormProblem[] = [];
  const whole = (value: string, field: string) => {
    if (!/^\d+$/.test(value.trim())) {
      problems.push({ field, code: 'whole_number' });
      return 0;
    }
    return Number(value.trim());
  };
  const chosen = (value: string, field: string) => {
    if (!value) problems.push({ field, code: 'required' });
    return value;
  };
  const settings: BonusSettings = {
    welcome: f.welcomeOn
      ? {
          programId: chosen(f.welcomeProgramId, 'welcome.programId'),
          amount: whole(f.welcomeAmount, 'welcome.amount'),
          firstDays: f.firstDaysOn
            ? {
                days: whole(f.firstDays, 'welcome.firstDays.days'),
                extraPercent: whole(f.extraPercent, 'welcome.firstDays.extraPercent'),
              }
            : null,
          firstPurchasePercentOff: f.percentOffOn
            ? whole(f.percentOff, 'welcome.firstPurchasePercentOff')
            : null,
        }
      : null,
    birthday: f.birthdayOn
      ? {
          programId: chosen(f.birthdayProgramId, 'birthday.programId'),
          rewardId: chosen(f.birthdayRewardId, 'birthday.rewardId'),
          windowDays: whole(f.windowDays, 'birthday.windowDays'),
        }
      : null,
    referral: f.referralOn
      ? {
          programId: chosen(f.referralProgramId, 'referral.programId'),
          referrerAmount: whole(f.referrerAmount, 'referral.referrerAmount'),
          refereeAmount: whole(f.refereeAmount, 'referral.refereeAmount'),
        }
      : null,
  };
  const [problem] = problems;
  return problem ? { ok: false, problem } : { ok: true, settings };
}
