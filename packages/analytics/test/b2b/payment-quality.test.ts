import { describe, expect, it } from 'vitest';
import { daysBetween, paymentQuality } from '../../src/measures.ts';

const invoice = (dueOn: string, paidOn: string | null, amountCents = 100_000) => ({
  amountCents,
  issuedOn: '2026-09-01',
  dueOn,
  paidOn,
});

describe('paymentQuality', () => {
  it('counts late payments, days late, what is outstanding and overdue', () => {
    const quality = paymentQuality(
      [
        invoice('2026-10-31', '2026-11-30', 120_000), // 30 days late
        invoice('2026-11-15', '2026-11-15'), // on its due date: on time
        invoice('2026-11-15', '2026-11-10'), // early
        invoice('2026-12-01', null, 80_000), // unpaid, 5 days overdue
        invoice('2026-12-20', null, 50_000), // not due yet
      ],
      '2026-12-06',
    );
    expect(quality).toEqual({
      invoices: 5,
      due: 4,
      late: 2,
      lateShare: 0.5,
      averageDaysLate: 17.5,
      outstandingCents: 130_000,
      overdueCents: 80_000,
      overdueInvoices: 1,
    });
  });

  it('ignores invoices issued or paid after the day of the analysis', () => {
    const quality = paymentQuality(
      [
        { amountCents: 10_000, issuedOn: '2026-12-10', dueOn: '2027-01-09', paidOn: null },
        invoice('2026-11-30', '2026-12-10', 40_000), // paid later than today: still unpaid today
      ],
      '2026-12-06',
    );
    expect(quality).toMatchObject({
      invoices: 1,
      due: 1,
      late: 1,
      averageDaysLate: 6,
      outstandingCents: 40_000,
      overdueCents: 40_000,
    });
  });

  it('has no late share before anything is due', () => {
    expect(paymentQuality([invoice('2026-12-31', null)], '2026-12-06')).toMatchObject({
      due: 0,
      lateShare: null,
      averageDaysLate: 0,
      overdueCents: 0,
    });
    expect(paymentQuality([], '2026-12-06').invoices).toBe(0);
  });

  it('counts calendar days across a change of time', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
