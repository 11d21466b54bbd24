import { TIER_LEVELS_MAX, type TierLadder, validateTierLadder } from '@habitue/loyalty';
import { centsToInput, parseCents, parseWhole } from './money.ts';

/** One level as typed: empty criteria are absent, money in euros, perks one per line. */
export interface LevelForm {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
  readonly spend: string;
  readonly visits: string;
  readonly seniorityMonths: string;
  readonly multiplierPercent: string;
  readonly discountPercent: string;
  readonly perks: string;
}

export interface LadderForm {
  readonly levels: readonly LevelForm[];
  readonly windowMonths: string;
  readonly periodMonths: string;
  readonly graceMonths: string;
}

/** A problem with one setting, named as the server names it (`levels.2.criteria.spendCents`). */
export interface LadderFieldProblem {
  readonly field: string;
  readonly code: string;
}

const level = (id: string, name: string, colour: string, extra: Partial<LevelForm> = {}) => ({
  id,
  name,
  colour,
  spend: '',
  visits: '',
  seniorityMonths: '',
  multiplierPercent: '100',
  discountPercent: '0',
  perks: '',
  ...extra,
});

/** The usual start: Bronze for every member, Argent and Or on a year's spend. */
export function defaultLadderForm(lang: 'fr' | 'en'): LadderForm {
  const fr = lang === 'fr';
  return {
    levels: [
      level('bronze', 'Bronze', '#a0522d'),
      level('argent', fr ? 'Argent' : 'Silver', '#8a9597', {
        spend: fr ? '200' : '200',
        multiplierPercent: '125',
      }),
      level('or', fr ? 'Or' : 'Gold', '#c9a227', { spend: '500', multiplierPercent: '150' }),
    ],
    windowMonths: '12',
    periodMonths: '12',
    graceMonths: '3',
  };
}

/**
 * Seed 004's "cercle rapproché": long-standing customers are recognised whatever they spend.
 * Added on top, with the benefits of the level below (a higher level may not give less).
 */
export function withInnerCircle(form: LadderForm, lang: 'fr' | 'en'): LadderForm {
  if (form.levels.length >= TIER_LEVELS_MAX) return form;
  const top = form.levels.at(-1);
  const circle = level(
    newLevelId(),
    lang === 'fr' ? 'Cercle rapproché' : 'Inner circle',
    '#6b2c91',
    {
      seniorityMonths: '12',
      multiplierPercent: top?.multiplierPercent ?? '100',
      discountPercent: top?.discountPercent ?? '0',
    },
  );
  return { ...form, levels: [...form.levels, circle] };
}

export function withNewLevel(form: LadderForm): LadderForm {
  if (form.levels.length >= TIER_LEVELS_MAX) return form;
  const top = form.levels.at(-1);
  const added = level(newLevelId(), '', '#4a6fa5', {
    multiplierPercent: top?.multiplierPercent ?? '100',
    discountPercent: top?.discountPercent ?? '0',
  });
  return { ...form, levels: [...form.levels, added] };
}

function newLevelId(): string {
  return `level-${Math.random().toString(36).slice(2, 10)}`;
}

/** A saved ladder as the form shows it. */
export function formFromLadder(ladder: TierLadder, lang: 'fr' | 'en'): LadderForm {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    levels: ladder.levels.map((l) => ({
      id: l.id,
      name: l.name,
      colour: l.colour,
      spend: l.criteria.spendCents === undefined ? '' : centsToInput(l.criteria.spendCents, lang),
      visits: text(l.criteria.visits),
      seniorityMonths: text(l.criteria.seniorityMonths),
      multiplierPercent: String(l.benefits.pointsMultiplierPercent),
      discountPercent: String(l.benefits.discountPercent),
      perks: l.benefits.perks.join('\n'),
    })),
    windowMonths: String(ladder.windowMonths),
    periodMonths: String(ladder.review.periodMonths),
    graceMonths: String(ladder.review.graceMonths),
  };
}

/**
 * The ladder to send, checked by the loyalty rules' own `validateTierLadder` (the same check
 * the server makes), or the first problem, named like the server's field errors.
 * @example ladderFromForm(defaultLadderForm('fr')) // { ok: true, ladder: { levels: [...], ... } }
 */
export function ladderFromForm(
  form: LadderForm,
): { ok: true; ladder: TierLadder } | { ok: false; problem: LadderFieldProblem } {
  const levels = [];
  for (const [index, l] of form.levels.entries()) {
    const at = `levels.${index}`;
    const criteria: Record<string, number> = {};
    if (l.spend.trim()) {
      const cents = parseCents(l.spend);
      if (cents === null) return fail(`${at}.criteria.spendCents`, 'invalid_threshold');
      criteria.spendCents = cents;
    }
    for (const key of ['visits', 'seniorityMonths'] as const) {
      if (!l[key].trim()) continue;
      const value = parseWhole(l[key]);
      if (value === null) return fail(`${at}.criteria.${key}`, 'invalid_threshold');
      criteria[key] = value;
    }
    const multiplier = parseWhole(l.multiplierPercent);
    if (multiplier === null)
      return fail(`${at}.benefits.pointsMultiplierPercent`, 'invalid_benefit');
    const discount = parseWhole(l.discountPercent || '0');
    if (discount === null) return fail(`${at}.benefits.discountPercent`, 'invalid_benefit');
    const perks = l.perks
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    levels.push({
      id: l.id,
      name: l.name.trim(),
      colour: l.colour,
      criteria,
      benefits: { pointsMultiplierPercent: multiplier, discountPercent: discount, perks },
    });
  }
  const windowMonths = parseWhole(form.windowMonths);
  if (windowMonths === null) return fail('windowMonths', 'invalid_window');
  const graceMonths = parseWhole(form.graceMonths);
  if (graceMonths === null) return fail('review.graceMonths', 'invalid_review');
  const ladder = {
    levels,
    windowMonths,
    review: { periodMonths: Number(form.periodMonths) as 12, graceMonths },
  };
  const checked = validateTierLadder(ladder);
  if (!checked.ok) {
    return fail(String(checked.detail?.field ?? 'levels'), String(checked.detail?.reason ?? ''));
  }
  return { ok: true, ladder: checked.value };
}

function fail(field: string, code: string) {
  return { ok: false as const, problem: { field, code } };
}
