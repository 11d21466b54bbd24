import { describe, expect, it } from 'vitest';
import type { Preset } from '../programs/model.ts';
import { orderedPresets, starterFigures, suggestedPresetId } from './suggest.ts';

const preset = (id: string): Preset => ({
  id,
  name: { fr: id, en: id },
  rule: { per: 'visit' },
  stampsPerCard: 5,
  cardBoxes: 5,
  suggestedReward: { fr: 'x', en: 'x' },
});
// The order the server lists them in.
const PRESETS = [
  'buy-5-get-1-free',
  'buy-9-get-10th-free',
  'salon-care-every-5-cuts',
  'car-wash-5th-free',
  'consultant-hour-every-10',
].map(preset);

describe('presets for a trade', () => {
  it('offers a baker the bakery card, then general cards, haircut and car wash last', () => {
    expect(orderedPresets('bakery', PRESETS).map((p) => p.id)).toEqual([
      'buy-9-get-10th-free',
      'buy-5-get-1-free',
      'salon-care-every-5-cuts',
      'car-wash-5th-free',
      'consultant-hour-every-10',
    ]);
  });

  it('offers a salon its own card first, then the general ones', () => {
    expect(
      orderedPresets('salon', PRESETS)
        .map((p) => p.id)
        .slice(0, 3),
    ).toEqual(['salon-care-every-5-cuts', 'buy-5-get-1-free', 'buy-9-get-10th-free']);
    expect(suggestedPresetId('car_wash', PRESETS)).toBe('car-wash-5th-free');
  });

  it('keeps every preset exactly once, unknown trades included', () => {
    const ids = orderedPresets('florist', PRESETS).map((p) => p.id);
    expect(ids[0]).toBe('buy-5-get-1-free');
    expect([...ids].sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });
});

describe('starter figures', () => {
  it('gives every preset a cost, a value and a spend, so that step 2 is never empty', () => {
    for (const { id } of [...PRESETS, preset('added-later')]) {
      const figures = starterFigures(id);
      expect(figures.costPriceCents, id).toBeGreaterThan(0);
      expect(figures.retailValueCents, id).toBeGreaterThanOrEqual(figures.costPriceCents);
      expect(figures.spendCents, id).toBeGreaterThan(0);
    }
  });
});
