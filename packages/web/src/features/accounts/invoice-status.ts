/** Where an invoice stands on a day: what its row says. */
export type InvoiceStatus =
  | { kind: 'paid_on_time' }
  | { kind: 'paid_late'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'due' };

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * @example
 * invoiceStatus({ dueOn: '2026-10-31', paidOn: '2026-11-30' }, '2026-12-06'); // { kind: 'paid_late', days: 30 }
 * invoiceStatus({ dueOn: '2026-12-01', paidOn: null }, '2026-12-06'); // { kind: 'overdue', days: 5 }
 */
export function invoiceStatus(
  invoice: { dueOn: string; paidOn: string | null },
  today: string,
): InvoiceStatus {
  if (invoice.paidOn !== null) {
    const late = days(invoice.dueOn, invoice.paidOn);
    return late > 0 ? { kind: 'paid_late', days: late } : { kind: 'paid_on_time' };
  }
  const late = days(invoice.dueOn, today);
  return late > 0 ? { kind: 'overdue', days: late } : { kind: 'due' };
}

/** '73282932000074' → '732 829 320 00074'; a SIREN in three groups of three. */
export function spacedCompanyNumber(digits: string): string {
  const siren = digits.slice(0, 9).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
  return digits.length > 9 ? `${siren} ${digits.slice(9)}` : siren;
}

/** Today in the browser's calendar, 'YYYY-MM-DD'. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
