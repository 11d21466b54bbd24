import { describe, expect, it } from 'vitest';
import { historyKeys } from '../../src/pipeline/history-keys.ts';

describe('historyKeys', () => {
  const weeks = historyKeys(7);

  it('packs whole-day histories into numbers, one per (x, t_x, T)', () => {
    const keys = new Set<number | string>();
    for (const x of [0, 1, 2, 1023])
      for (const recencyDays of [0, 1, 6, 7, 700])
        for (const tDays of [700, 701, 1095])
          keys.add(weeks.history(x, recencyDays / 7, tDays / 7));
    expect(keys.size).toBe(4 * 5 * 3);
    expect([...keys].every((key) => typeof key === 'number')).toBe(true);
  });

  it('keys (x, T) apart from the recency', () => {
    expect(weeks.pair(2, 10)).toBe(weeks.pair(2, 70 / 7));
    expect(weeks.pair(2, 10)).not.toBe(weeks.pair(3, 10));
    expect(weeks.pair(2, 10)).not.toBe(weeks.pair(2, 71 / 7));
  });

  it('falls back to text when a time is not a whole number of days or x does not fit', () => {
    expect(weeks.history(2, 0.5, 10)).toBe('2,0.5,10');
    expect(weeks.history(2, 0.5, 10)).not.toBe(weeks.history(2, 0.5000001, 10));
    expect(weeks.pair(1024, 10)).toBe('1024,10');
    expect(weeks.history(1.5, 1, 10)).toBe('1.5,1,10');
  });
});
