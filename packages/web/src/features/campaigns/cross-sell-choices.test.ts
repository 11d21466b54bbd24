import { describe, expect, it } from 'vitest';
import { type CrossSellRule, crossSellChoices } from './cross-sell-choices.ts';
import { EMPTY_SEGMENT, segmentFromForm } from './segment-form.ts';

const rule = (antecedent: string, consequent: string, confidence: number): CrossSellRule => ({
  antecedent,
  antecedentName: antecedent.toLowerCase(),
  consequent,
  consequentName: consequent.toLowerCase(),
  support: 0.1,
  customers: 12,
  confidence,
  lift: 1.5,
});

describe('cross-sell picker', () => {
  it('offers each proposed item once, with what its buyers bought before, strongest first', () => {
    const choices = crossSellChoices([
      rule('CROI', 'CAFE', 0.4),
      rule('TART', 'CAFE', 0.7),
      rule('CAFE', 'CROI', 0.5),
    ]);
    expect(choices).toEqual([
      {
        item: 'CAFE',
        name: 'cafe',
        after: [
          { name: 'tart', confidence: 0.7 },
          { name: 'croi', confidence: 0.4 },
        ],
      },
      { item: 'CROI', name: 'croi', after: [{ name: 'cafe', confidence: 0.5 }] },
    ]);
  });

  it('sends the chosen item as the segment’s crossSellItem, and nothing when none is chosen', () => {
    expect(segmentFromForm({ ...EMPTY_SEGMENT, crossSellItem: 'CAFE' })).toEqual({
      crossSellItem: 'CAFE',
    });
    expect(segmentFromForm(EMPTY_SEGMENT)).toEqual({});
  });
});
