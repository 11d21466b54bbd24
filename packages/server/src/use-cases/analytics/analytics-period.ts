import { AppError } from '../../errors/app-error.ts';
import { dayToIso, isoToDay } from './local-day.ts';

/** A period of whole local days, `fromDay` to `toDay` included. */
export interface AnalyticsPeriod {
  fromDay: number;
  toDay: number;
}

function minusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}

/**
 * The period asked for, or the last 12 months up to today (from the same day a year ago, plus
 * one, to today); and the period of the same length just before it, to compare with.
 */
export function resolvePeriod(
  today: number,
  from: string | undefined,
  to: string | undefined,
): { current: AnalyticsPeriod; previous: AnalyticsPeriod } {
  const toDay = to ? isoToDay(to) : today;
  const fromDay = from ? isoToDay(from) : isoToDay(minusMonths(dayToIso(toDay), 12)) + 1;
  if (!(fromDay <= toDay)) {
    throw new AppError('validation_failed', 'The period must start before it ends', {
      fields: [{ field: 'from', message: 'must be on or before `to`', code: 'after_end' }],
    });
  }
  const length = toDay - fromDay + 1;
  return {
    current: { fromDay, toDay },
    previous: { fromDay: fromDay - length, toDay: fromDay - 1 },
  };
}
