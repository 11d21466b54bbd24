import { describe, expect, it } from 'vitest';
import { EMPTY_MULTIPLIER, multiplierFromForm } from './multiplier-form.ts';

describe('multiplierFromForm', () => {
  it('reads ×1,5 as 150 % and keeps the days in order', () => {
    expect(multiplierFromForm({ ...EMPTY_MULTIPLIER, factor: '1,5', weekdays: [3, 1] })).toEqual({
      percent: 150,
      when: { kind: 'quiet_hours', weekdays: [1, 3], from: '14:00', to: '17:00' },
    });
  });

  it('refuses what cannot hold', () => {
    expect(multiplierFromForm({ ...EMPTY_MULTIPLIER, weekdays: [] })).toBeNull();
    expect(multiplierFromForm({ ...EMPTY_MULTIPLIER, weekdays: [1], to: '13:00' })).toBeNull();
    expect(multiplierFromForm({ ...EMPTY_MULTIPLIER, weekdays: [1], factor: '12' })).toBeNull();
    expect(
      multiplierFromForm({
        ...EMPTY_MULTIPLIER,
        kind: 'dates',
        startsOn: '2026-12-24',
        endsOn: '2026-12-01',
      }),
    ).toBeNull();
    expect(multiplierFromForm({ ...EMPTY_MULTIPLIER, kind: 'category', category: ' ' })).toBeNull();
  });
});
