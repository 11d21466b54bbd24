import { customersWithBirthdayOn } from '../../../repositories/follow-up-items.ts';
import { dayToIso } from '../../analytics/local-day.ts';
import type { FollowUpReason } from './follow-up-reason.ts';

/**
 * A birthday this week, for customers who bought in the last year: a word from someone who
 * knows them (the birthday voucher itself is sent by the programs). Once a year per customer.
 */
export const birthday: FollowUpReason = {
  id: 'birthday',
  valueDetails: [],
  async find({ tx, merchantId, metrics, weekStartDay }) {
    const week = Array.from({ length: 7 }, (_, i) => dayToIso(weekStartDay + i));
    const days = week.map((d) => ({ month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) }));
    const rows = await customersWithBirthdayOn(tx, merchantId, days);
    return rows.flatMap((row) => {
      const c = metrics.indexOf.get(row.id);
      if (c === undefined || !(metrics.annualSpendCents[c]! > 0)) return [];
      const mmdd = `${String(row.birth_month).padStart(2, '0')}-${String(row.birth_day).padStart(2, '0')}`;
      const date = week.find((d) => d.slice(5) === mmdd)!;
      return [
        {
          customerId: row.id,
          occasionKey: `birthday:${row.id}:${date.slice(0, 4)}`,
          details: { date },
        },
      ];
    });
  },
};
