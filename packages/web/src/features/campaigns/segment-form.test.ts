import { describe, expect, it } from 'vitest';
import { EMPTY_SEGMENT, segmentFromForm } from './segment-form.ts';

describe('segment picker → API segment', () => {
  it('sends {} when nothing is chosen', () => {
    expect(segmentFromForm(EMPTY_SEGMENT)).toEqual({});
  });

  it('sends only the keys filled in, in the API units', () => {
    expect(
      segmentFromForm({
        ...EMPTY_SEGMENT,
        rfmSegments: ['atRisk'],
        tags: ['vip'],
        tiers: ['or'],
        pAliveBelowPercent: '30',
        lastVisitBefore: '2026-09-01',
        minSpendEuros: '45,50',
        birthdayMonth: '3',
      }),
    ).toEqual({
      rfmSegments: ['atRisk'],
      tags: ['vip'],
      tiers: ['or'],
      pAliveBelow: 0.3,
      lastVisitBefore: '2026-09-01',
      minSpendCents: 4550,
      birthdayMonth: 3,
    });
  });

  it('leaves out what cannot be read rather than guessing', () => {
    expect(
      segmentFromForm({ ...EMPTY_SEGMENT, minSpendEuros: 'abc', pAliveBelowPercent: '0' }),
    ).toEqual({});
  });
});
