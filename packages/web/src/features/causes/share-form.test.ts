import { describe, expect, it } from 'vitest';
import { shareRuleFromText, shareRuleToText } from './share-form.ts';

describe('the cause share input', () => {
  it('reads a percentage in hundredths of a percent and an amount in cents', () => {
    expect(shareRuleFromText('percent', '2,5')).toEqual({ kind: 'percent', basisPoints: 250 });
    expect(shareRuleFromText('per_visit', '0,50')).toEqual({ kind: 'per_visit', cents: 50 });
  });

  it('refuses what the server would: nothing, zero, or above its limits', () => {
    expect(shareRuleFromText('percent', '')).toBeNull();
    expect(shareRuleFromText('percent', '0')).toBeNull();
    expect(shareRuleFromText('percent', '50,01')).toBeNull();
    expect(shareRuleFromText('per_visit', '100,01')).toBeNull();
  });

  it('writes a saved rule back as typed text', () => {
    expect(shareRuleToText({ kind: 'percent', basisPoints: 250 }, 'fr')).toBe('2,50');
    expect(
      shareRuleFromText('per_visit', shareRuleToText({ kind: 'per_visit', cents: 75 }, 'en')),
    ).toEqual({
      kind: 'per_visit',
      cents: 75,
    });
  });
});
