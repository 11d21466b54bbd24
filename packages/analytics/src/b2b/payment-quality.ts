/** An invoice as payment quality reads it. Dates are calendar days, 'YYYY-MM-DD'. */
export interface InvoiceFacts {
  readonly amountCents: number;
  readonly issuedOn: string;
  readonly dueOn: string;
  /** Null while it is unpaid. */
  readonly paidOn: string | null;
}

export interface PaymentQuality {
  /** Invoices issued up to the day of the analysis. */
  readonly invoices: number;
  /** Invoices whose due date has passed, or paid already: the ones that could be late. */
  readonly due: number;
  /** Of those, paid after their due date or still unpaid after it. */
  readonly late: number;
  /** late / due; null when nothing is due yet. */
  readonly lateShare: number | null;
  /** Mean days late of the late invoices (unpaid ones counted up to the day of the analysis); 0 when none. */
  readonly averageDaysLate: number;
  /** Unpaid, whatever their due date. */
  readonly outstandingCents: number;
  /** Unpaid and past their due date. */
  readonly overdueCents: number;
  /** Unpaid invoices past their due date, for chasing. */
  readonly overdueInvoices: number;
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (calendar days, 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * How an account pays (seed 003: « qualité de paiement des comptes »), on the day `today`
 * (the shop's local day, passed in). An invoice paid on its due date is on time; one paid
 * later, or unpaid after it, is late by the days in between.
 * @example
 * paymentQuality([
 *   { amountCents: 120_000, issuedOn: '2026-10-01', dueOn: '2026-10-31', paidOn: '2026-11-30' },
 *   { amountCents: 80_000, issuedOn: '2026-11-01', dueOn: '2026-12-01', paidOn: null },
 *   { amountCents: 50_000, issuedOn: '2026-11-20', dueOn: '2026-12-20', paidOn: null },
 * ], '2026-12-06');
 * // { invoices: 3, due: 2, late: 2, lateShare: 1, averageDaysLate: 17.5,
 * //   outstandingCents: 130_000, overdueCents: 80_000, overdueInvoices: 1 }
 */
export function paymentQuality(invoices: readonly InvoiceFacts[], today: string): PaymentQuality {
  let issued = 0;
  let due = 0;
  let late = 0;
  let daysLate = 0;
  let outstandingCents = 0;
  let overdueCents = 0;
  let overdueInvoices = 0;
  for (const invoice of invoices) {
    if (invoice.issuedOn > today) continue;
    issued += 1;
    const paid = invoice.paidOn !== null && invoice.paidOn <= today;
    if (!paid) outstandingCents += invoice.amountCents;
    const settledOrNow = paid ? invoice.paidOn! : today;
    if (!paid && invoice.dueOn >= today) continue; // not due yet: neither on time nor late
    due += 1;
    const days = daysBetween(invoice.dueOn, settledOrNow);
    if (days > 0) {
      late += 1;
      daysLate += days;
    }
    if (!paid) {
      overdueCents += invoice.amountCents;
      overdueInvoices += 1;
    }
  }
  return {
    invoices: issued,
    due,
    late,
    lateShare: due === 0 ? null : late / due,
    averageDaysLate: late === 0 ? 0 : daysLate / late,
    outstandingCents,
    overdueCents,
    overdueInvoices,
  };
}
