import { AppError } from '../../errors/app-error.ts';
import { isoToDay } from '../analytics/local-day.ts';

/** How far ahead a goal may be set: SMART goals are time-bound, five years is plenty. */
export const GOAL_MAX_DAYS = 5 * 366;

/** A deadline is a day after today (shop calendar) and within five years. */
export function checkDeadline(deadline: string, today: number) {
  const day = isoToDay(deadline);
  if (day <= today || day > today + GOAL_MAX_DAYS) {
    throw new AppError('validation_failed', 'The deadline must be after today, within 5 years', {
      fields: [
        {
          field: 'deadline',
          message: 'must be after today and within 5 years',
          code: day <= today ? 'not_in_future' : 'too_far',
        },
      ],
    });
  }
}
