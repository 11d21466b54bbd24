import { describe, expect, it } from 'vitest';
import { monthChange, monthName } from './month-change.ts';

describe('month change', () => {
  it('gives the difference and the ratio to the month before', () => {
    expect(monthChange(120, 100)).toEqual({ delta: 20, ratio: 0.2 });
    expect(monthChange(80, 100)).toEqual({ delta: -20, ratio: -0.2 });
  });

  it('has no ratio from a month at zero, and nothing from a missing figure', () => {
    expect(monthChange(5, 0)).toEqual({ delta: 5, ratio: null });
    expect(monthChange(null, 10)).toEqual({ delta: null, ratio: null });
  });

  it('names the month in the language', () => {
    expect(monthName('2026-11', 'fr')).toBe('novembre 2026');
    expect(monthName('2026-01', 'en')).toBe('January 2026');
  });
});
