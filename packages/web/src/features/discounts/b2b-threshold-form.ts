import { B2B_THRESHOLD_LIMITS, type B2bThresholds, b2bThresholdProblems } from '@habitue/loyalty';
import { centsToInput, parseCents, parseWhole } from '../programs/money.ts';

/** One step as typed: spend in euros, whole percent. */
export type StepForm = { from: string; percent: string };
export type B2bThresholdForm = { periodMonths: string; steps: StepForm[] };

export type B2bFormError =
  | 'invalidMonths'
  | 'invalidMoney'
  | 'invalidPercent'
  | 'notIncreasing'
  | 'percentNotIncreasing';

/** Errors by field: `periodMonths`, `steps.0.from`, `steps.1.percent`… */
export type B2bFormErrors = Record<string, B2bFormError>;

/** The saved steps as the form shows them, in the person's decimal separator. */
export function formFromThresholds(settings: B2bThresholds, lang: 'fr' | 'en'): B2bThresholdForm {
  return {
    periodMonths: String(settings.periodMonths),
    steps: settings.steps.map((s) => ({
      from: centsToInput(s.fromCents, lang),
      percent: String(s.percent),
    })),
  };
}

/**
 * The request body, or what to fix field by field, with the server's own limits and the rules'
 * own check that steps climb (the server checks again).
 * @example thresholdsFromForm({ periodMonths: '12', steps: [{ from: '500', percent: '3' }] })
 * // { ok: true, body: { periodMonths: 12, steps: [{ fromCents: 50000, percent: 3 }] } }
 */
export function thresholdsFromForm(
  form: B2bThresholdForm,
): { ok: true; body: B2bThresholds } | { ok: false; errors: B2bFormErrors } {
  const errors: B2bFormErrors = {};
  const periodMonths = parseWhole(form.periodMonths);
  if (
    periodMonths === null ||
    periodMonths < 1 ||
    periodMonths > B2B_THRESHOLD_LIMITS.periodMonthsMax
  ) {
    errors.periodMonths = 'invalidMonths';
  }
  const steps = form.steps.map((step, i) => {
    const fromCents = parseCents(step.from);
    if (fromCents === null || fromCents < 1 || fromCents > B2B_THRESHOLD_LIMITS.fromCentsMax) {
      errors[`steps.${i}.from`] = 'invalidMoney';
    }
    const percent = parseWhole(step.percent);
    if (percent === null || percent < 1 || percent > B2B_THRESHOLD_LIMITS.percentMax) {
      errors[`steps.${i}.percent`] = 'invalidPercent';
    }
    return { fromCents: fromCents ?? 0, percent: percent ?? 0 };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const body = { periodMonths: periodMonths ?? 12, steps };
  for (const problem of b2bThresholdProblems(body)) {
    if (problem.code === 'threshold_not_increasing')
      errors[`steps.${problem.step}.from`] = 'notIncreasing';
    else errors[`steps.${problem.step}.percent`] = 'percentNotIncreasing';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body };
}
