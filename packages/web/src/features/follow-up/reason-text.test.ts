import { expect, it } from 'vitest';
import { reasonText } from './reason-text.ts';

const date = (iso: string) => `<${iso}>`;

it('words each reason from its details, and an unknown reason by its name', () => {
  expect(
    reasonText('detractor', { score: 3, surveyTitle: 'Votre avis', comment: 'Froid' }, date),
  ).toEqual({
    key: 'reason_detractor',
    values: { score: 3, survey: 'Votre avis' },
  });
  expect(reasonText('going_quiet', { daysSinceLastVisit: 41, pAlive: 0.3 }, date)).toEqual({
    key: 'reason_going_quiet',
    values: { days: 41 },
  });
  expect(reasonText('long_standing', { years: 3, since: '2023-12-10' }, date)).toEqual({
    key: 'reason_long_standing',
    values: { years: 3, since: '<2023-12-10>' },
  });
  expect(reasonText('birthday', { date: '2026-12-11' }, date).values).toEqual({
    date: '<2026-12-11>',
  });
  expect(
    reasonText(
      'late_payment',
      { company: 'Hôtel du Parc', invoice: 'F-41', daysLate: 39, amountCents: 84_000 },
      date,
    ),
  ).toEqual({
    key: 'reason_late_payment',
    values: { company: 'Hôtel du Parc', invoice: 'F-41', days: 39 },
  });
  expect(reasonText('dispute_open', {}, date)).toEqual({
    key: 'reason_other',
    values: { reason: 'dispute_open' },
  });
});
