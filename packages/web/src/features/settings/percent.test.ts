import { describe, expect, it } from 'vitest';
import { basisPointsText, percentToBasisPoints } from './percent.ts';

describe('percentages typed by a French owner', () => {
  it('reads a comma or a point, spaces and a % sign, to the hundredth', () => {
    expect(percentToBasisPoints('30')).toBe(3000);
    expect(percentToBasisPoints('12,68')).toBe(1268);
    expect(percentToBasisPoints(' 7.5 % ')).toBe(750);
    expect(percentToBasisPoints('0')).toBe(0);
  });
  it('refuses what is not a percentage', () => {
    expect(percentToBasisPoints('trente')).toBeNull();
    expect(percentToBasisPoints('12,345')).toBeNull();
    expect(percentToBasisPoints('-5')).toBeNull();
    expect(percentToBasisPoints('')).toBeNull();
  });
  it('shows basis points back the French way, and nothing for none', () => {
    expect(basisPointsText(1268)).toBe('12,68');
    expect(basisPointsText(3000)).toBe('30');
    expect(basisPointsText(null)).toBe('');
  });
});
