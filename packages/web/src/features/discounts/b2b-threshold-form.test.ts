import { describe, expect, it } from 'vitest';
import { formFromThresholds, thresholdsFromForm } from './b2b-threshold-form.ts';

describe('the volume steps form', () => {
  it('turns euros and percents typed in French into the body, and back', () => {
    const result = thresholdsFromForm({
      periodMonths: '12',
      steps: [
        { from: '500', percent: '3' },
        { from: '2 000,00', percent: '5' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      body: {
        periodMonths: 12,
        steps: [
          { fromCents: 50_000, percent: 3 },
          { fromCents: 200_000, percent: 5 },
        ],
      },
    });
    if (result.ok) {
      expect(formFromThresholds(result.body, 'fr').steps[1]).toEqual({
        from: '2000,00',
        percent: '5',
      });
    }
  });

  it('says which field to fix: a bad amount, a percent above the limit, steps that do not climb', () => {
    expect(
      thresholdsFromForm({
        periodMonths: '0',
        steps: [
          { from: 'abc', percent: '90' },
          { from: '100', percent: '2' },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: {
        periodMonths: 'invalidMonths',
        'steps.0.from': 'invalidMoney',
        'steps.0.percent': 'invalidPercent',
      },
    });
    expect(
      thresholdsFromForm({
        periodMonths: '12',
        steps: [
          { from: '2000', percent: '5' },
          { from: '500', percent: '3' },
        ],
      }),
    ).toEqual({ ok: false, errors: { 'steps.1.from': 'notIncreasing' } });
  });
});
