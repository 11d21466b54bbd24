import { type Lang, LOCALES } from '../../i18n/format-message.ts';

/** One bar of the revenue chart, labelled for people ("janv. 2025"). */
export type RevenueMonth = {
  label: string;
  revenueCents: number;
  purchases: number;
  /** Days of the month the figures cover, when the period ends before the month does. */
  partialDays: number | null;
};

/**
 * The server's months ("2025-01") as chart bars: labelled the language's way, and the last
 * month flagged as partial when the period ends inside it (6 days of December are not a
 * collapse of December's revenue).
 * @example revenueMonths([{ month: '2026-12', revenueCents: 0, purchases: 0 }], '2026-12-06', 'fr')
 *   // [{ label: 'déc. 2026', partialDays: 6, … }]
 */
export function revenueMonths(
  months: { month: string; revenueCents: number; purchases: number }[],
  periodTo: string,
  lang: Lang,
): RevenueMonth[] {
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const endMonth = periodTo.slice(0, 7);
  const endDay = Number(periodTo.slice(8, 10));
  return months.map(({ month, revenueCents, purchases }) => {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    const partial = month === endMonth && endDay < daysInMonth;
    return {
      label: format.format(new Date(Date.UTC(year, monthNumber - 1, 1))),
      revenueCents,
      purchases,
      partialDays: partial ? endDay : null,
    };
  });
}
