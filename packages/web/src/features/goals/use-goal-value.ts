import { useCallback } from 'react';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import type { GoalUnit } from './goal-form.ts';
import { messages } from './messages.ts';

/** Writes a goal figure in its unit: money, a percentage, a count, or "2,1 par mois". */
export function useGoalValue() {
  const t = useT(messages);
  const { me } = useSession();
  const f = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  return useCallback(
    (unit: GoalUnit, value: number | null | undefined) => {
      if (value === null || value === undefined) return '—';
      switch (unit) {
        case 'cents':
          return f.cents(Math.round(value));
        case 'percent':
          return f.percent(value / 100);
        case 'count':
          return f.number(Math.round(value));
        case 'per_month':
          return t('perMonth', { n: f.number(value) });
      }
    },
    [f, t],
  );
}
