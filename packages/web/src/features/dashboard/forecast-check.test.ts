import { describe, expect, it } from 'vitest';
import { forecastMiss, monthName } from './forecast-check.ts';

describe('forecastMiss', () => {
  it('is signed: below what happened is negative', () => {
    expect(forecastMiss(1653, 1882)).toBeCloseTo(-0.1217, 4);
    expect(forecastMiss(110, 100)).toBeCloseTo(0.1, 12);
    expect(forecastMiss(3, 0)).toBeNull();
  });
});

describe('monthName', () => {
  it('speaks the language', () => {
    expect(monthName('fr-FR', 11)).toBe('décembre');
    expect(monthName('en-GB', 11)).toBe('December');
  });
});
