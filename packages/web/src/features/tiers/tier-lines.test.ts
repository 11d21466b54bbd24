import { describe, expect, it } from 'vitest';
import { gapWords, multiplierFactor } from './tier-lines.ts';

describe('gapWords', () => {
  it('says nothing when nothing more is needed', () => {
    expect(gapWords(null)).toBeNull();
    expect(gapWords({ spendLeftCents: 0, visitsLeft: null })).toBeNull();
  });
  it('names the one criterion left, or both joined by "or"', () => {
    expect(gapWords({ spendLeftCents: 12000, visitsLeft: null })).toEqual({
      kind: 'spend',
      cents: 12000,
    });
    expect(gapWords({ spendLeftCents: null, visitsLeft: 2 })).toEqual({
      kind: 'visits',
      visits: 2,
    });
    expect(gapWords({ spendLeftCents: 500, visitsLeft: 1 })).toEqual({
      kind: 'either',
      cents: 500,
      visits: 1,
    });
    // A criterion already met (0 left) is enough: nothing more to ask for.
    expect(gapWords({ spendLeftCents: 500, visitsLeft: 0 })).toBeNull();
  });
});

describe('multiplierFactor', () => {
  it('writes the percent as a factor in the language', () => {
    expect(multiplierFactor(150, 'fr')).toBe('1,5');
    expect(multiplierFactor(125, 'en')).toBe('1.25');
    expect(multiplierFactor(200, 'fr')).toBe('2');
  });
});
