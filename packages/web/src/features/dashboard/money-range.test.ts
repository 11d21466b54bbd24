import { describe, expect, it } from 'vitest';
import { moneyRange } from './money-range.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('moneyRange', () => {
  it('rounds a CLV interval outwards to whole tens of euros, without cents', () => {
    const { low, high } = moneyRange([18_340, 26_170], 'fr', 'EUR');
    expect([nbsp(low), nbsp(high)]).toEqual(['180 €', '270 €']);
  });

  it('keeps the cents a narrow range needs, the English way', () => {
    const { low, high } = moneyRange([462, 481], 'en', 'EUR');
    expect([low, high]).toEqual(['€4.60', '€4.90']);
  });
});
