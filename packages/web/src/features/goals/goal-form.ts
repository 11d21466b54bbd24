import type { components } from '../../api/schema.d.ts';
import { parseCents } from '../programs/money.ts';

export type GoalUnit = components['schemas']['Goal']['unit'];
export type GoalTarget = components['schemas']['GoalTarget'];
export type TargetKind = GoalTarget['kind'];

/** A decimal as people type it ("2,5", "−10", "1 500"); null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f%]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * The target the API expects from what the owner typed: amounts of money are typed in euros
 * and sent in cents; a change in % stays a percentage; other units are sent as typed.
 * @example targetFromText('value', '45,50', 'cents') // { kind: 'value', value: 4550 }
 */
export function targetFromText(kind: TargetKind, text: string, unit: GoalUnit): GoalTarget | null {
  if (kind === 'percent_change') {
    const percent = parseDecimal(text);
    return percent === null || percent === 0 ? null : { kind, percent };
  }
  let amount: number | null;
  if (unit === 'cents') {
    const negative = /^\s*[-−]/.test(text);
    const cents = parseCents(text.replace(/^\s*[-−]/, ''));
    amount = cents === null ? null : negative ? -cents : cents;
  } else {
    amount = parseDecimal(text);
  }
  if (amount === null) return null;
  if (kind === 'value') return { kind, value: amount };
  return amount === 0 ? null : { kind, by: amount };
}

/** The text a template's target is shown as in the form (euros for money). */
export function targetToText(target: GoalTarget, unit: GoalUnit): string {
  const amount =
    target.kind === 'percent_change'
      ? target.percent
      : target.kind === 'value'
        ? target.value
        : target.by;
  if (unit === 'cents' && target.kind !== 'percent_change') return String(amount / 100);
  return String(amount);
}

/**
 * The day `days` after `today` (both YYYY-MM-DD): a template's deadline.
 * @example addDays('2026-12-06', 90) // '2027-03-06'
 */
export function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
