import { parseCents, parseWhole } from '../programs/money.ts';
import type { PromoCodeKey } from './messages.ts';

/** The promo code form as typed. */
export type PromoCodeForm = {
  code: string;
  kind: 'percent' | 'amount';
  value: string;
  minimum: string;
  startsOn: string;
  endsOn: string;
  maxUses: string;
  perCustomer: string;
};

export const EMPTY_PROMO_CODE_FORM: PromoCodeForm = {
  code: '',
  kind: 'percent',
  value: '',
  minimum: '',
  startsOn: '',
  endsOn: '',
  maxUses: '',
  perCustomer: '',
};

export type PromoCodeBody = {
  code: string;
  percentOff: number | null;
  amountOffCents: number | null;
  minimumPurchaseCents: number | null;
  startsOn: string | null;
  endsOn: string | null;
  maxUses: number | null;
  perCustomerLimit: number | null;
};

export type FormErrors = Partial<Record<keyof PromoCodeForm, PromoCodeKey>>;

/**
 * The request body for the form, or what to fix, field by field. The server checks the same
 * limits again (its schema is the reference); this only spares a round trip for typing slips.
 * @example promoCodeBody({ ...EMPTY_PROMO_CODE_FORM, code: 'noel10', value: '10' })
 * // { ok: true, body: { code: 'NOEL10', percentOff: 10, amountOffCents: null, … } }
 */
export function promoCodeBody(
  form: PromoCodeForm,
): { ok: true; body: PromoCodeBody } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const code = form.code.trim().toUpperCase();
  if (code === '') errors.code = 'required';
  let percentOff: number | null = null;
  let amountOffCents: number | null = null;
  if (form.kind === 'percent') {
    percentOff = parseWhole(form.value);
    if (percentOff === null || percentOff < 1 || percentOff > 100) errors.value = 'invalidPercent';
  } else {
    amountOffCents = parseCents(form.value);
    if (amountOffCents === null || amountOffCents < 1) errors.value = 'invalidMoney';
  }
  const minimum = optional(form.minimum, parseCents);
  if (minimum === undefined) errors.minimum = 'invalidMoney';
  const maxUses = optional(form.maxUses, parseWhole);
  if (maxUses === undefined || maxUses === 0) errors.maxUses = 'invalidNumber';
  const perCustomer = optional(form.perCustomer, parseWhole);
  if (perCustomer === undefined || perCustomer === 0) errors.perCustomer = 'invalidNumber';
  const startsOn = form.startsOn || null;
  const endsOn = form.endsOn || null;
  if (startsOn && endsOn && startsOn > endsOn) errors.endsOn = 'invalidDates';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      code,
      percentOff,
      amountOffCents,
      minimumPurchaseCents: minimum || null,
      startsOn,
      endsOn,
      maxUses: maxUses ?? null,
      perCustomerLimit: perCustomer ?? null,
    },
  };
}

/** null for an empty field, undefined for one that does not parse. */
function optional(text: string, parse: (t: string) => number | null): number | null | undefined {
  if (text.trim() === '') return null;
  return parse(text) ?? undefined;
}
