import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../test/factories.ts';
import { balanceOf, balancesByProgram, entriesOf } from './balance.ts';

const entries = [
  buildEntry({ delta: 9 }),
  buildEntry({ delta: -10, kind: 'redeem' }),
  buildEntry({ delta: 3 }),
  buildEntry({ programId: 'points', unit: 'points', delta: 120 }),
];

describe('balance fold', () => {
  it('sums every entry, or one program', () => {
    expect(balanceOf(entries)).toBe(122);
    expect(balanceOf(entries, 'card')).toBe(2);
    expect(balanceOf([])).toBe(0);
  });

  it('folds per program', () => {
    expect(balancesByProgram(entries)).toEqual({ card: 2, points: 120 });
    expect(entriesOf(entries, 'points')).toHaveLength(1);
  });
});
