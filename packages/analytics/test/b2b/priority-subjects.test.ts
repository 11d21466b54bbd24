import { describe, expect, it } from 'vitest';
import {
  type CustomerPriorityFacts,
  type PaymentQuality,
  prioritySubjects,
} from '../../src/measures.ts';

const customer = (
  customerId: string,
  overrides: Partial<CustomerPriorityFacts> = {},
): CustomerPriorityFacts => ({
  customerId,
  annualSpendCents: 100_000,
  predictedAnnualCents: 120_000,
  netSpendCents: 200_000,
  firstPurchaseOn: '2024-12-06',
  servingCostCents: 0,
  conflictCostCents: 0,
  ...overrides,
});

const payment: PaymentQuality = {
  invoices: 4,
  due: 4,
  late: 1,
  lateShare: 0.25,
  averageDaysLate: 20,
  outstandingCents: 0,
  overdueCents: 0,
  overdueInvoices: 0,
};

describe('prioritySubjects', () => {
  it("counts an account's contacts together, and customers outside accounts alone", () => {
    const inputs = prioritySubjects(
      [
        customer('nadia', { servingCostCents: 20_000, conflictCostCents: 5_000 }),
        customer('luc', { firstPurchaseOn: '2021-12-06', predictedAnnualCents: null }),
        customer('lea', { firstPurchaseOn: null, netSpendCents: 0, annualSpendCents: 0 }),
      ],
      [{ accountId: 'hotel', contactIds: ['nadia', 'luc'], payment, potentialCents: 50_000 }],
      { marginRate: 0.3, today: '2026-12-06' },
    );
    expect(inputs).toHaveLength(2);
    const [hotel, lea] = inputs;
    expect(hotel).toEqual({
      customerId: 'account:hotel',
      annualVolumeCents: 200_000,
      // Nadia's forecast + Luc's flat forecast + the account's purchase potential.
      predictedAnnualValueCents: 120_000 + 100_000 + 50_000,
      onTimePaymentShare: 0.75,
      averageDaysLate: 20,
      // (400 000 × 0.3 − 20 000) / 400 000
      marginRate: 0.25,
      relationshipYears: expect.closeTo(5, 2),
      disputeCostCents: 5_000,
    });
    expect(lea).toMatchObject({
      customerId: 'customer:lea',
      onTimePaymentShare: 1,
      averageDaysLate: 0,
      marginRate: 0.3,
      relationshipYears: 0,
    });
  });
});
