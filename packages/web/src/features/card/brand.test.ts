import { describe, expect, it } from 'vitest';
import { brandColours, contrastRatio } from './brand.ts';

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the classic lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#ffffff', '#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', '#777777')).toBeLessThan(4.5);
  });

  it('is symmetric and refuses what is not a colour', () => {
    expect(contrastRatio('#7a3e2b', '#ffffff')).toBeCloseTo(
      contrastRatio('#ffffff', '#7a3e2b')!,
      10,
    );
    expect(contrastRatio('#ffffff', 'red')).toBeNull();
  });
});

describe('brandColours', () => {
  it('writes white on dark colours and ink on light ones', () => {
    expect(brandColours('#7a3e2b').text).toBe('#ffffff');
    expect(brandColours('#ffd400').text).toBe('#1f1a17');
    expect(brandColours(null).background).toBe('#7a3e2b');
  });
});
