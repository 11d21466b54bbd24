/**
 * How long a customer's data is kept without activity: 3 years (CNIL, référentiel « gestion
 * commerciale »), then it is anonymised; the owner sees who is due a month before.
 * Activity is a purchase, a refund or a redemption, or signing up; opening an email is not.
 */
export const RETENTION_YEARS = 3;
export const NOTICE_MONTHS = 1;

/** The same calendar day `years` and `months` earlier (UTC; the 29th of February becomes 1 March). */
function shift(at: Date, years: number, months = 0): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + months);
  return d;
}

/**
 * Customers whose last activity is before this instant are anonymised now.
 * @example anonymiseBefore(new Date('2029-06-01T03:00:00Z')) // 2026-06-01T03:00:00Z
 */
export function anonymiseBefore(now: Date): Date {
  return shift(now, -RETENTION_YEARS);
}

/** Customers whose last activity is before this instant are anonymised within a month. */
export function noticeBefore(now: Date): Date {
  return shift(now, -RETENTION_YEARS, NOTICE_MONTHS);
}

/** When a customer last active at `lastActivity` is anonymised (at the first run after it). */
export function anonymisedOn(lastActivity: Date): Date {
  return shift(lastActivity, RETENTION_YEARS);
}
