import { describe, expect, it } from 'vitest';
import { type MergeCandidate, mergeSummary } from './merge-summary.ts';

const candidate = (over: Partial<MergeCandidate>): MergeCandidate => ({
  id: 'x',
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  birthday: null,
  company: null,
  cardToken: 't',
  cardUrl: 'https://habitue.test/c/t',
  customerSince: '2026-01-01T00:00:00.000Z',
  memberSince: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  purchases: 0,
  spentCents: 0,
  notes: 0,
  interactions: 0,
  tags: [],
  openVouchers: 0,
  balances: [],
  ...over,
});

describe('mergeSummary', () => {
  it('adds history and balances, unites tags, and fills only the missing contact details', () => {
    const survivor = candidate({
      firstName: 'Léa',
      email: 'lea@example.test',
      purchases: 4,
      spentCents: 5_000,
      tags: ['vip'],
      balances: [{ programId: 'p1', balance: 3, unit: 'stamps' }],
    });
    const duplicate = candidate({
      firstName: 'Lea',
      phone: '+33639981234',
      purchases: 2,
      spentCents: 1_250,
      notes: 1,
      openVouchers: 1,
      tags: ['seigle', 'vip'],
      balances: [
        { programId: 'p1', balance: 4, unit: 'stamps' },
        { programId: 'p2', balance: 120, unit: 'points' },
      ],
    });
    const s = mergeSummary(survivor, duplicate);
    expect(s).toMatchObject({ purchases: 6, spentCents: 6_250, notes: 1, openVouchers: 1 });
    expect(s.tags).toEqual(['seigle', 'vip']);
    expect(s.balances).toEqual([
      { programId: 'p1', unit: 'stamps', balance: 7 },
      { programId: 'p2', unit: 'points', balance: 120 },
    ]);
    expect(s.contact).toMatchObject({
      firstName: 'Léa',
      email: 'lea@example.test',
      phone: '+33639981234',
    });
    expect(s.taken).toEqual(['phone']);
  });
});
