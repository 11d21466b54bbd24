import { describe, expect, it } from 'vitest';
import { addDays, parseDecimal, targetFromText, targetToText } from './goal-form.ts';

describe('goal form', () => {
  it('reads decimals the French way too', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('−10')).toBe(-10);
    expect(parseDecimal('1 500')).toBe(1500);
    expect(parseDecimal('deux')).toBeNull();
  });

  it('sends money in cents, percentages as typed, and refuses a change of nothing', () => {
    expect(targetFromText('value', '45,50', 'cents')).toEqual({ kind: 'value', value: 4550 });
    expect(targetFromText('change', '-12', 'cents')).toEqual({ kind: 'change', by: -1200 });
    expect(targetFromText('percent_change', '15', 'cents')).toEqual({
      kind: 'percent_change',
      percent: 15,
    });
    expect(targetFromText('value', '2', 'per_month')).toEqual({ kind: 'value', value: 2 });
    expect(targetFromText('change', '0', 'count')).toBeNull();
    expect(targetFromText('percent_change', '', 'percent')).toBeNull();
  });

  it('shows a template’s target in the unit people type', () => {
    expect(targetToText({ kind: 'change', by: 500 }, 'count')).toBe('500');
    expect(targetToText({ kind: 'value', value: 2500 }, 'cents')).toBe('25');
    expect(targetToText({ kind: 'percent_change', percent: -10 }, 'percent')).toBe('-10');
  });

  it('puts a deadline a number of days ahead, across the year’s end', () => {
    expect(addDays('2026-12-06', 90)).toBe('2027-03-06');
  });
});
