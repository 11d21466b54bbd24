import { describe, expect, it } from 'vitest';
import { formatMoney, horizonInWords } from '../../src/cli/analyze/report-format.ts';

describe('the report’s money and horizon, as an owner reads them', () => {
  it('rounds large amounts to the unit and keeps cents below 100, with the currency sign', () => {
    expect(formatMoney(2_495_982.75, 'fr', 'EUR')).toMatch(/^2\s495\s983\s€$/u);
    expect(formatMoney(36.93, 'fr', 'EUR')).toMatch(/^36,93\s€$/u);
    expect(formatMoney(6, 'fr', 'EUR')).toMatch(/^6\s€$/u);
    expect(formatMoney(2_495_982.75, 'en', 'USD')).toBe('$2,495,983');
  });

  it('writes the horizon in words with the plural each language wants', () => {
    expect(horizonInWords('12m', 'fr')).toBe('12 mois');
    expect(horizonInWords('1,5y', 'fr')).toBe('1,5 an');
    expect(horizonInWords('52w', 'en')).toBe('52 weeks');
    expect(horizonInWords('1y', 'en')).toBe('1 year');
  });
});
