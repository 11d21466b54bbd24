import { CLUB_LIMITS } from '@habitue/loyalty';
import type { components } from '../../api/schema.d.ts';
import { centsToInput, parseCents, parseWhole } from '../programs/money.ts';

export type ClubSettings = components['schemas']['ClubSettings'];

/** The club form as typed: text fields, parsed on submit. */
export type ClubForm = {
  name: string;
  period: 'monthly' | 'yearly';
  fee: string;
  discount: string;
  perks: string;
  graceDays: string;
  reminderDays: string;
  active: boolean;
};

export type ClubFormProblem = { field: keyof ClubForm; reason: 'amount' | 'whole' | 'range' };

export function defaultClubForm(lang: 'fr' | 'en'): ClubForm {
  return {
    name: lang === 'fr' ? 'Club des habitués' : 'Regulars’ club',
    period: 'yearly',
    fee: lang === 'fr' ? '30,00' : '30.00',
    discount: '10',
    perks: '',
    graceDays: '7',
    reminderDays: '7',
    active: true,
  };
}

export function formFromClub(club: ClubSettings, lang: 'fr' | 'en'): ClubForm {
  return {
    name: club.name,
    period: club.period,
    fee: centsToInput(club.feeCents, lang),
    discount: String(club.discountPercent),
    perks: club.perks.join('\n'),
    graceDays: String(club.graceDays),
    reminderDays: String(club.reminderDays),
    active: club.active ?? true,
  };
}

/**
 * The request body from the form, or the first field at fault. Limits come from the server's
 * (`CLUB_LIMITS`), so the form never accepts what the API refuses.
 * @example clubFromForm({ ...form, fee: '15,00' }) // { ok: true, club: { feeCents: 1500, … } }
 */
export function clubFromForm(
  form: ClubForm,
): { ok: true; club: ClubSettings } | { ok: false; problem: ClubFormProblem } {
  const feeCents = parseCents(form.fee);
  if (feeCents === null) return { ok: false, problem: { field: 'fee', reason: 'amount' } };
  if (feeCents < 1 || feeCents > CLUB_LIMITS.feeCentsMax)
    return { ok: false, problem: { field: 'fee', reason: 'range' } };
  const whole = [
    ['discount', CLUB_LIMITS.discountPercentMax],
    ['graceDays', CLUB_LIMITS.graceDaysMax],
    ['reminderDays', CLUB_LIMITS.reminderDaysMax],
  ] as const;
  const values: Record<string, number> = {};
  for (const [field, max] of whole) {
    const n = parseWhole(form[field]);
    if (n === null) return { ok: false, problem: { field, reason: 'whole' } };
    if (n > max) return { ok: false, problem: { field, reason: 'range' } };
    values[field] = n;
  }
  const perks = form.perks
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .slice(0, CLUB_LIMITS.perksMax);
  return {
    ok: true,
    club: {
      name: form.name.trim().slice(0, CLUB_LIMITS.nameMaxLength),
      period: form.period,
      feeCents,
      discountPercent: values.discount!,
      perks,
      graceDays: values.graceDays!,
      reminderDays: values.reminderDays!,
      active: form.active,
    },
  };
}
