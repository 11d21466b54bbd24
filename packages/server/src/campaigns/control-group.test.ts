import { describe, expect, it } from 'vitest';
import { inControlGroup } from './control-group.ts';

const ids = Array.from({ length: 4_000 }, (_, i) => `customer-${i}`);

describe('control group draw', () => {
  it('holds back about the share asked, and nobody at zero', () => {
    const held = ids.filter((id) => inControlGroup('seed-a', id, 0.2)).length;
    // Binomial(4000, 0.2): sd ≈ 25, so ±125 is five standard deviations.
    expect(held).toBeGreaterThan(800 - 125);
    expect(held).toBeLessThan(800 + 125);
    expect(ids.some((id) => inControlGroup('seed-a', id, 0))).toBe(false);
  });

  it('gives the same answer for the same seed and a different draw for another seed', () => {
    const a = ids.map((id) => inControlGroup('seed-a', id, 0.5));
    expect(ids.map((id) => inControlGroup('seed-a', id, 0.5))).toEqual(a);
    expect(ids.map((id) => inControlGroup('seed-b', id, 0.5))).not.toEqual(a);
  });
});
