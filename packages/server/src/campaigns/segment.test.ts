import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSegment, type Segment, type SegmentFacts } from './segment.ts';

const claire: SegmentFacts = {
  rfmSegment: 'atRisk',
  pAlive: 0.3,
  tags: ['chaudière', 'vip'],
  lastVisit: '2026-08-14',
  totalSpendCents: 48_000,
  birthMonth: 3,
  programIds: ['p1'],
};

describe('campaign segment', () => {
  it('lets {} through everyone and narrows on each key present', () => {
    expect(matchesSegment({}, claire)).toBe(true);
    const cases: Array<[Segment, boolean]> = [
      [{ rfmSegments: ['atRisk', 'lost'] }, true],
      [{ rfmSegments: ['champions'] }, false],
      [{ pAliveBelow: 0.5 }, true],
      [{ pAliveBelow: 0.3 }, false],
      [{ tags: ['vip'] }, true],
      [{ tags: ['pro'] }, false],
      [{ tiers: ['gold'] }, false],
      [{ lastVisitBefore: '2026-09-01' }, true],
      [{ lastVisitBefore: '2026-08-14' }, false],
      [{ lastVisitAfter: '2026-08-13' }, true],
      [{ lastVisitAfter: '2026-08-14' }, false],
      [{ minSpendCents: 48_000 }, true],
      [{ minSpendCents: 48_001 }, false],
      [{ birthdayMonth: 3 }, true],
      [{ birthdayMonth: 4 }, false],
      [{ programIds: ['p2', 'p1'] }, true],
      [{ programIds: ['p2'] }, false],
    ];
    for (const [segment, expected] of cases) {
      expect(matchesSegment(segment, claire), JSON.stringify(segment)).toBe(expected);
    }
  });

  it('leaves out who the figures cannot place when a key asks about them', () => {
    const unknown = { ...claire, rfmSegment: null, pAlive: null, lastVisit: null };
    expect(matchesSegment({ rfmSegments: ['atRisk'] }, unknown)).toBe(false);
    expect(matchesSegment({ pAliveBelow: 0.9 }, unknown)).toBe(false);
    expect(matchesSegment({ lastVisitBefore: '2027-01-01' }, unknown)).toBe(false);
  });

  it('only ever narrows: adding a key never lets in someone the smaller segment left out', () => {
    const segmentArb = fc.record(
      {
        tags: fc.array(fc.constantFrom('vip', 'pro', 'chaudière')),
        minSpendCents: fc.integer({ min: 0, max: 100_000 }),
        birthdayMonth: fc.integer({ min: 1, max: 12 }),
        pAliveBelow: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(segmentArb, segmentArb, (a, b) => {
        if (!matchesSegment(a, claire)) expect(matchesSegment({ ...b, ...a }, claire)).toBe(false);
      }),
    );
  });
});
