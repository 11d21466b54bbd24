import type { SpendInput } from './economics.ts';
import type { Preset, Program, StampRule } from './model.ts';
import { centsToInput, parseCents, parseWhole } from './money.ts';

/** The program editor's inputs, as typed (money in euros, counts as text). */
export type ProgramForm = {
  kind: 'stamps' | 'points';
  name: string;
  nameEn: string;
  per: StampRule['per'];
  category: string;
  spendPerStamp: string;
  stampsPerCard: string;
  minimumPurchase: string;
  voucherValidityDays: string;
  /** Points expire after this many months without a purchase (empty: never). */
  expiryMonths: string;
  /** How many days before expiry the customer is told. */
  expiryNoticeDays: string;
  pointsPerEuro: string;
  rounding: 'floor' | 'nearest';
  averageBasket: string;
  averageItemPrice: string;
  /** The stamp card's reward, or the first reward of a new points program. */
  rewardName: string;
  rewardNameEn: string;
  rewardPoints: string;
  rewardCostPrice: string;
  rewardRetailValue: string;
};

export type FormField = keyof ProgramForm;
/** Client-side problems by field; values are message keys of the programs feature. */
export type FormErrors = Partial<Record<FormField, FieldProblem>>;
export type FieldProblem = 'required' | 'money' | 'whole' | 'range' | 'tooLong';

export const emptyForm: ProgramForm = {
  kind: 'stamps',
  name: '',
  nameEn: '',
  per: 'visit',
  category: '',
  spendPerStamp: '',
  stampsPerCard: '10',
  minimumPurchase: '',
  voucherValidityDays: '',
  expiryMonths: '',
  expiryNoticeDays: '30',
  pointsPerEuro: '1',
  rounding: 'floor',
  averageBasket: '',
  averageItemPrice: '',
  rewardName: '',
  rewardNameEn: '',
  rewardPoints: '',
  rewardCostPrice: '',
  rewardRetailValue: '',
};

/** The editor filled from a saved program (its card reward included). */
export function formFromProgram(program: Program, lang: 'fr' | 'en'): ProgramForm {
  const money = (cents: number | undefined) => centsToInput(cents, lang);
  const base: ProgramForm = {
    ...emptyForm,
    kind: program.kind,
    name: program.name.fr,
    nameEn: program.name.en === program.name.fr ? '' : program.name.en,
    minimumPurchase: program.minimumPurchaseCents ? money(program.minimumPurchaseCents) : '',
    voucherValidityDays: program.voucherValidityDays ? String(program.voucherValidityDays) : '',
    expiryMonths: program.expiry ? String(program.expiry.monthsWithoutActivity) : '',
    expiryNoticeDays: program.expiry ? String(program.expiry.noticeDays) : '30',
    averageBasket: money(program.spendEstimate.averageBasketCents),
    averageItemPrice: money(program.spendEstimate.averageItemPriceCents),
  };
  if (program.kind === 'points') {
    return { ...base, pointsPerEuro: String(program.pointsPerEuro), rounding: program.rounding };
  }
  const reward = program.rewards.find((r) => r.id === program.rewardId);
  return {
    ...base,
    per: program.rule.per,
    category: program.rule.per === 'item' ? program.rule.category : '',
    spendPerStamp: program.rule.per === 'spend' ? money(program.rule.centsPerStamp) : '',
    stampsPerCard: String(program.stampsPerCard),
    rewardName: reward?.name.fr ?? '',
    rewardNameEn: reward && reward.name.en !== reward.name.fr ? reward.name.en : '',
    rewardCostPrice: money(reward?.costPriceCents),
    rewardRetailValue: money(reward?.retailValueCents),
  };
}

const MAX_CENTS = 100_000_000;

function text(value: string, max: number, required = true): FieldProblem | undefined {
  const trimmed = value.trim();
  if (!trimmed) return required ? 'required' : undefined;
  return trimmed.length > max ? 'tooLong' : undefined;
}

function money(value: string, opts: { required?: boolean; min?: number; max?: number } = {}) {
  if (!value.trim()) return opts.required ? 'required' : undefined;
  const cents = parseCents(value);
  if (cents === null) return 'money';
  return cents < (opts.min ?? 0) || cents > (opts.max ?? MAX_CENTS) ? 'range' : undefined;
}

function whole(value: string, min: number, max: number, required = true) {
  if (!value.trim()) return required ? 'required' : undefined;
  const n = parseWhole(value);
  if (n === null) return 'whole';
  return n < min || n > max ? 'range' : undefined;
}

/**
 * The server's rules (programs.schemas.ts and validateProgram), checked as the owner types.
 * `withReward` is false when editing a points program, whose catalog is edited on its own.
 */
export function validateForm(form: ProgramForm, withReward: boolean): FormErrors {
  const stamps = form.kind === 'stamps';
  const rewardRequired = stamps || form.rewardName.trim() !== '';
  const errors: FormErrors = {
    name: text(form.name, 80),
    nameEn: text(form.nameEn, 80, false),
    minimumPurchase: money(form.minimumPurchase),
    voucherValidityDays: whole(form.voucherValidityDays, 1, 3650, false),
    averageBasket: money(form.averageBasket),
    averageItemPrice: money(form.averageItemPrice),
  };
  if (stamps) {
    errors.stampsPerCard = whole(form.stampsPerCard, 1, 100);
    if (form.per === 'item') errors.category = text(form.category, 60);
    if (form.per === 'spend')
      errors.spendPerStamp = money(form.spendPerStamp, { required: true, min: 1, max: 1_000_000 });
  } else {
    errors.pointsPerEuro = whole(form.pointsPerEuro, 1, 1000);
    errors.expiryMonths = whole(form.expiryMonths, 1, 120, false);
    if (form.expiryMonths.trim()) errors.expiryNoticeDays = whole(form.expiryNoticeDays, 0, 365);
  }
  if (withReward && rewardRequired) {
    errors.rewardName = text(form.rewardName, 80);
    errors.rewardNameEn = text(form.rewardNameEn, 80, false);
    errors.rewardCostPrice = money(form.rewardCostPrice, { required: true });
    errors.rewardRetailValue = money(form.rewardRetailValue, { required: true });
    if (!stamps) errors.rewardPoints = whole(form.rewardPoints, 1, 10_000_000);
  }
  for (const key of Object.keys(errors) as FormField[]) if (!errors[key]) delete errors[key];
  return errors;
}

const localized = (fr: string, en: string) =>
  en.trim() ? { fr: fr.trim(), en: en.trim() } : fr.trim();

function ruleOf(form: ProgramForm): StampRule {
  if (form.per === 'item') return { per: 'item', category: form.category.trim() };
  if (form.per === 'spend')
    return { per: 'spend', centsPerStamp: parseCents(form.spendPerStamp) ?? 0 };
  return { per: 'visit' };
}

function spendEstimateOf(form: ProgramForm) {
  const basket = parseCents(form.averageBasket);
  const item = parseCents(form.averageItemPrice);
  return {
    ...(basket !== null ? { averageBasketCents: basket } : {}),
    ...(item !== null ? { averageItemPriceCents: item } : {}),
  };
}

function rewardOf(form: ProgramForm) {
  return {
    name: localized(form.rewardName, form.rewardNameEn),
    costPriceCents: parseCents(form.rewardCostPrice) ?? 0,
    retailValueCents: parseCents(form.rewardRetailValue) ?? 0,
  };
}

/** Points expiry, for points programs with a number of months. */
function expiryOf(form: ProgramForm) {
  const months = parseWhole(form.expiryMonths);
  if (form.kind !== 'points' || months === null) return null;
  return { monthsWithoutActivity: months, noticeDays: parseWhole(form.expiryNoticeDays) ?? 30 };
}

/** Settings shared by creation and change (the rules; no reward). */
function rulesOf(form: ProgramForm) {
  const minimum = parseCents(form.minimumPurchase);
  const validity = parseWhole(form.voucherValidityDays);
  const expiry = expiryOf(form);
  return {
    name: localized(form.name, form.nameEn),
    ...(minimum !== null ? { minimumPurchaseCents: minimum } : {}),
    ...(validity !== null ? { voucherValidityDays: validity } : {}),
    ...(expiry ? { expiry } : {}),
    ...(form.kind === 'stamps'
      ? { rule: ruleOf(form), stampsPerCard: parseWhole(form.stampsPerCard) ?? 0 }
      : { pointsPerEuro: parseWhole(form.pointsPerEuro) ?? 0, rounding: form.rounding }),
    spendEstimate: spendEstimateOf(form),
  };
}

/** POST /api/v1/programs body. */
export function createBody(form: ProgramForm) {
  const rules = rulesOf(form);
  if (form.kind === 'stamps') {
    return {
      kind: 'stamps' as const,
      ...rules,
      rule: ruleOf(form),
      stampsPerCard: parseWhole(form.stampsPerCard) ?? 0,
      reward: rewardOf(form),
    };
  }
  const catalog = form.rewardName.trim()
    ? [{ ...rewardOf(form), cost: parseWhole(form.rewardPoints) ?? 0 }]
    : [];
  return {
    kind: 'points' as const,
    ...rules,
    pointsPerEuro: parseWhole(form.pointsPerEuro) ?? 0,
    rounding: form.rounding,
    catalog,
  };
}

/**
 * PATCH /api/v1/programs/{id} body: the rules as they now stand. A cleared minimum is sent as
 * 0 (no minimum) and a cleared points expiry as null (points never expire), since an absent
 * field means "unchanged".
 */
export function changesBody(form: ProgramForm) {
  const rules = rulesOf(form);
  return {
    ...rules,
    ...('minimumPurchaseCents' in rules ? {} : { minimumPurchaseCents: 0 }),
    ...(form.kind === 'points' && !('expiry' in rules) ? { expiry: null } : {}),
  };
}

/** The editor filled from a ready-made card: its rule, reward name and minimum purchase. */
export function formFromPreset(
  preset: Preset,
  current: ProgramForm,
  lang: 'fr' | 'en',
): ProgramForm {
  return {
    ...current,
    kind: 'stamps',
    name: preset.name.fr,
    nameEn: preset.name.en,
    per: preset.rule.per,
    category: preset.rule.per === 'item' ? preset.rule.category : '',
    spendPerStamp: '',
    stampsPerCard: String(preset.stampsPerCard),
    minimumPurchase: centsToInput(preset.minimumPurchaseCents, lang),
    rewardName: preset.suggestedReward.fr,
    rewardNameEn: preset.suggestedReward.en,
  };
}

/** PATCH /api/v1/rewards/{id} body for a stamp card's reward. */
export function cardRewardBody(form: ProgramForm) {
  return rewardOf(form);
}

/** The preview's input: what the rules and the estimate say about spend. */
export function spendInputOf(form: ProgramForm, pointsCost?: number | null): SpendInput {
  const stampsPerCard = parseWhole(form.stampsPerCard);
  if (form.kind === 'points') {
    return {
      kind: 'points',
      pointsPerEuro: parseWhole(form.pointsPerEuro),
      cost: pointsCost ?? parseWhole(form.rewardPoints),
    };
  }
  if (form.per === 'item')
    return {
      kind: 'stamps',
      per: 'item',
      stampsPerCard,
      averageItemPriceCents: parseCents(form.averageItemPrice),
    };
  if (form.per === 'spend')
    return {
      kind: 'stamps',
      per: 'spend',
      stampsPerCard,
      centsPerStamp: parseCents(form.spendPerStamp),
    };
  return {
    kind: 'stamps',
    per: 'visit',
    stampsPerCard,
    averageBasketCents: parseCents(form.averageBasket),
    minimumPurchaseCents: parseCents(form.minimumPurchase),
  };
}

/**
 * Where each form field's errors come from in the server's answer: zod paths of the request
 * body ("reward.costPriceCents") and the loyalty rules' `invalid_program` fields ("category").
 */
export const SERVER_FIELDS: Partial<Record<FormField, string[]>> = {
  name: ['name'],
  category: ['rule.category', 'category'],
  spendPerStamp: ['rule.centsPerStamp', 'centsPerStamp'],
  stampsPerCard: ['stampsPerCard'],
  minimumPurchase: ['minimumPurchaseCents'],
  voucherValidityDays: ['voucherValidityDays'],
  expiryMonths: ['expiry.monthsWithoutActivity', 'expiry'],
  expiryNoticeDays: ['expiry.noticeDays'],
  pointsPerEuro: ['pointsPerEuro'],
  averageBasket: ['spendEstimate.averageBasketCents', 'averageBasketCents'],
  averageItemPrice: ['spendEstimate.averageItemPriceCents', 'averageItemPriceCents'],
  rewardName: ['reward.name', 'catalog.0.name'],
  rewardPoints: ['catalog.0.cost', 'cost'],
  rewardCostPrice: ['reward.costPriceCents', 'catalog.0.costPriceCents', 'costPriceCents'],
  rewardRetailValue: ['reward.retailValueCents', 'catalog.0.retailValueCents', 'retailValueCents'],
};
