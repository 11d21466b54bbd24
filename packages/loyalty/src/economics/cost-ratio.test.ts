import { describe, expect, it } from 'vitest';
import { costRatioBand, percentOf, reasonKeyFor } from './cost-ratio.ts';

describe('cost ratio against the 1–5 % guideline', () => {
  it('seed 001: a 1 € coffee for 50 € spent is 2 %, within', () => {
    expect(percentOf(100, 5000)).toBe(2);
    expect(costRatioBand(100, 5000)).toBe('within');
  });

  it('includes both bounds exactly, and flags outside', () => {
    expect(costRatioBand(50, 5000)).toBe('within'); // 1 %
    expect(costRatioBand(49, 5000)).toBe('below'); // 0.98 %
    expect(costRatioBand(250, 5000)).toBe('within'); // 5 %
    expect(costRatioBand(251, 5000)).toBe('above'); // 5.02 %
  });

  it('rounds the displayed percentage to two decimals', () => {
    expect(percentOf(100, 3000)).toBe(3.33);
    expect(percentOf(251, 5000)).toBe(5.02);
  });

  it('gives a translation key per band', () => {
    expect(reasonKeyFor('above')).toBe('economics.cost_ratio.above_guideline');
  });
});
