import { describe, expect, it } from 'vitest';
import { seasonExtremes } from '../../src/seasons/index.ts';

describe('seasonExtremes', () => {
  it('names the busiest and the quietest month', () => {
    const monthly = [1.22, 1.1, 1, 0.9, 0.78, 0.76, 0.77, 0.88, 1, 1.16, 1.23, 1.22];
    expect(seasonExtremes(monthly)).toEqual({
      peak: { month: 10, factor: 1.23 },
      trough: { month: 5, factor: 0.76 },
    });
  });

  it('says nothing of a flat year', () => {
    expect(seasonExtremes([1.02, 0.99, 1, 1, 1, 1, 1, 0.98, 1, 1, 1, 1.01])).toBeNull();
  });
});
