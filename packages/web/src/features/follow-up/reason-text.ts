import type { MessageValues } from '../../i18n/format-message.ts';

/** The catalogue key and values that word an item's reason, from its details. */
export type ReasonText = {
  key:
    | 'reason_detractor'
    | 'reason_going_quiet'
    | 'reason_long_standing'
    | 'reason_birthday'
    | 'reason_late_payment'
    | 'reason_manual'
    | 'reason_other';
  values: MessageValues;
};

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * How the list says why to call. A reason the app does not know yet (added on the server
 * later) is still shown, by its name, rather than hidden.
 * @example reasonText('detractor', { score: 3, surveyTitle: 'Votre avis' }, formatDate)
 *   // { key: 'reason_detractor', values: { score: 3, survey: 'Votre avis' } }
 */
export function reasonText(
  reason: string,
  details: Record<string, unknown>,
  formatDate: (iso: string) => string,
): ReasonText {
  switch (reason) {
    case 'detractor':
      return {
        key: 'reason_detractor',
        values: { score: num(details.score), survey: str(details.surveyTitle) },
      };
    case 'going_quiet':
      return { key: 'reason_going_quiet', values: { days: num(details.daysSinceLastVisit) } };
    case 'long_standing':
      return {
        key: 'reason_long_standing',
        values: {
          years: num(details.years),
          since: details.since ? formatDate(str(details.since)) : '',
        },
      };
    case 'birthday':
      return {
        key: 'reason_birthday',
        values: { date: details.date ? formatDate(str(details.date)) : '' },
      };
    case 'late_payment':
      return {
        key: 'reason_late_payment',
        values: {
          company: str(details.company),
          invoice: str(details.invoice),
          days: num(details.daysLate),
        },
      };
    case 'manual':
      return { key: 'reason_manual', values: {} };
    default:
      return { key: 'reason_other', values: { reason } };
  }
}
