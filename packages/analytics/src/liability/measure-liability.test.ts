import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgramHistory } from './liability-input.ts';
import { liabilityByMonth, monthsBack } from './measure-liability.ts';

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1));
};

// A points programme whose cheapest reward is a 50-point coffee costing 80 c, sold 2,50 €:
// a point costs 80 / 50 = 1,6 c and is worth 250 / 50 = 5 c.
const history: ProgramHistory = {
  programId: 'p',
  unit: 'points',
  unitCostCents: 1.6,
  unitRetailCents: 5,
  flows: [
    { month: '2026-01', earned: 1000, redeemed: 0, expired: 0, other: 0, salesCents: 100_000 },
    { month: '2026-02', earned: 500, redeemed: 500, expired: 0, other: 0, salesCents: 50_000 },
    { month: '2026-03', earned: 0, redeemed: 0, expired: 100, other: 0, salesCents: 0 },
  ],
  vouchers: [
    // used in February, open, expired unused on 1 March
    v('2026-02-10', null, '2026-02-15', 'used'),
    v('2026-02-10', null, null, null),
    v('2026-02-10', '2026-03-01', null, null),
  ],
};

function v(issued: string, expires: string | null, closed: string | null, as: 'used' | null) {
  return {
    issuedAt: new Date(`${issued}T10:00:00Z`),
    expiresAt: expires ? new Date(`${expires}T10:00:00Z`) : null,
    closedAt: closed ? new Date(`${closed}T10:00:00Z`) : null,
    closedAs: as,
    costPriceCents: 150,
    retailValueCents: 400,
  };
}

describe('liabilityByMonth', () => {
  it('values the end of January in full: no redemption or expiry yet, so every point counts', () => {
    // 1 000 points outstanding, probability 1 (nothing settled): at cost 1 000 × 1,6 = 1 600 c.
    // IFRS 15: 1 000 € of sales earned 1 000 points whose SSP is 5 c each (50 €):
    // allocation 1 000 / (1 000 + 50) = 0,952381; deferred 1 000 × 5 × 0,952381 = 4 761,9 → 4 762 c.
    const [jan] = liabilityByMonth(history, ['2026-01'], monthEnd);
    expect(jan).toEqual({
      programId: 'p',
      month: '2026-01',
      outstandingUnits: 1000,
      openVouchers: 0,
      atCostCents: 1600,
      useProbability: 1,
      voucherUseProbability: 1,
      provisionCents: 1600,
      contractLiabilityCents: 4762,
      trailingSalesCents: 100_000,
      trailingRewardCostCents: 0,
    });
  });

  it('weights the end of March by the shop’s own redemption and expiry history', () => {
    // Points: 1 500 earned − 500 redeemed − 100 expired = 900 outstanding.
    // p = 500 / (500 + 100) = 5/6. Provision 900 × 1,6 × 5/6 = 1 200 c.
    // Vouchers by 1 April: one used, one expired, one open (150 c cost, 400 c retail): pv = 1/2,
    // + 150 × 1/2 = 75 c → provision 1 275 c; at cost 900 × 1,6 + 150 = 1 590 c.
    // IFRS 15: SSP of a point 5 × 5/6 = 4,1667 c; 1 500 € of sales and 1 500 points:
    // allocation 150 000 / (150 000 + 1 500 × 4,1667) = 150 000 / 156 250 = 0,96;
    // deferred 900 × 4,1667 × 0,96 = 3 600 c, + voucher 400 × 1/2 × 0,96 = 192 c → 3 792 c.
    const [, , mar] = liabilityByMonth(history, ['2026-01', '2026-02', '2026-03'], monthEnd);
    expect(mar).toMatchObject({
      outstandingUnits: 900,
      openVouchers: 1,
      atCostCents: 1590,
      voucherUseProbability: 0.5,
      provisionCents: 1275,
      contractLiabilityCents: 3792,
      // 500 points redeemed × 1,6 c = 800 c of rewards on 150 000 c of sales.
      trailingSalesCents: 150_000,
      trailingRewardCostCents: 800,
    });
    expect(mar?.useProbability).toBeCloseTo(5 / 6, 10);
  });

  it('counts months back across a year', () => {
    expect(monthsBack('2026-03', 12)).toBe('2025-03');
    expect(monthsBack('2026-01', 1)).toBe('2025-12');
  });

  it('is never negative and the provision never exceeds the value at cost', () => {
    const flow = fc.record({
      month: fc.constantFrom('2026-01', '2026-02', '2026-03'),
      earned: fc.nat(500),
      redeemed: fc.nat(500),
      expired: fc.nat(500),
      other: fc.integer({ min: -200, max: 200 }),
      salesCents: fc.nat(100_000),
    });
    fc.assert(
      fc.property(
        fc.array(flow, { maxLength: 6 }),
        fc.nat(300),
        fc.nat(900),
        (flows, cost, retail) => {
          const rows = liabilityByMonth(
            { ...history, unitCostCents: cost / 100, unitRetailCents: retail / 100, flows },
            ['2026-01', '2026-02', '2026-03'],
            monthEnd,
          );
          for (const row of rows) {
            expect(row.outstandingUnits).toBeGreaterThanOrEqual(0);
            expect(row.provisionCents).toBeGreaterThanOrEqual(0);
            expect(row.contractLiabilityCents).toBeGreaterThanOrEqual(0);
            expect(row.provisionCents).toBeLessThanOrEqual(row.atCostCents + 1);
          }
        },
      ),
    );
  });
});
