import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import type { Overview } from './use-overview.ts';

/** Customers, active customers, CRR with its formula, frequency and basket. */
export function KeyFigures({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const r = o.retention;
  const now = o.activity.current;
  const before = o.activity.previous;
  const none = t('none');
  const pct = (percent: number | null) => (percent === null ? none : f.percent(percent / 100));
  return (
    <div className="grid key-figures">
      <Figure
        title={t('customers')}
        value={f.number(o.customers.total)}
        caption={t('customersCaption', {
          members: o.customers.members,
          active: o.customers.activeInPeriod,
        })}
        explain={t('customersExplain')}
      />
      <Figure
        title={t('active')}
        value={f.number(o.customers.activeInPeriod)}
        caption={t('activeCaption', { previous: f.number(o.customers.activeInPreviousPeriod) })}
        explain={t('activeExplain')}
      />
      <Figure
        title={t('crr')}
        value={pct(r.crrPercent)}
        caption={
          r.crrPercent === null
            ? t('crrNone')
            : t('crrCaption', { churn: pct(r.churnPercent), lost: r.lost })
        }
        explain={t('crrExplain')}
      >
        <p className="formula">
          {t('crrFormula', {
            E: f.number(r.atEnd),
            N: f.number(r.newDuringPeriod),
            S: f.number(r.atStart),
          })}
        </p>
      </Figure>
      <Figure
        title={t('frequency')}
        value={
          now.purchasesPerCustomer === null
            ? none
            : t('frequencyValue', { perCustomer: Math.round(now.purchasesPerCustomer * 10) / 10 })
        }
        caption={t('frequencyCaption', {
          perMonth:
            now.purchasesPerCustomerPerMonth === null
              ? none
              : f.number(now.purchasesPerCustomerPerMonth),
          previous:
            before.purchasesPerCustomer === null ? none : f.number(before.purchasesPerCustomer),
        })}
        explain={t('frequencyExplain')}
      />
      <Figure
        title={t('basket')}
        value={now.averageOrderValueCents === null ? none : f.cents(now.averageOrderValueCents)}
        caption={t('basketCaption', {
          previous:
            before.averageOrderValueCents === null ? none : f.cents(before.averageOrderValueCents),
          purchases: now.purchases,
          revenue: f.cents(now.revenueCents),
        })}
        explain={t('basketExplain')}
      />
    </div>
  );
}
