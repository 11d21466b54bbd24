import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { messages } from './messages.ts';
import { monthName } from './month-change.ts';
import './reports.css';

import EChart from '../dashboard/EChart.tsx';

/** Seed 002's action evaluation: the last 12 months of new, loyal and referred customers. */
export function ActionEvaluationPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const { me } = useSession();
  const f = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const evaluation = useQuery({
    queryKey: ['action-evaluation'],
    queryFn: () =>
      call(api.GET('/api/v1/analytics/action-evaluation', { params: { query: { months: 12 } } })),
  });
  const data = evaluation.data;
  const label = (month: string) =>
    month === data?.currentMonth
      ? t('soFar', { month: monthName(month, lang) })
      : monthName(month, lang);
  const option = useMemo(() => {
    const months = data?.months ?? [];
    const names = months.map((m) => m.month);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('newCustomers'), type: 'bar', data: months.map((m) => m.newCustomers) },
        { name: t('loyalCustomers'), type: 'line', data: months.map((m) => m.loyalCustomers) },
        {
          name: t('referredNewCustomers'),
          type: 'line',
          data: months.map((m) => m.referredNewCustomers),
        },
      ],
    };
  }, [data, t]);
  return (
    <div className="stack reports-page">
      <h1>{t('evaluationTitle')}</h1>
      <p className="muted">{t('evaluationIntro')}</p>
      <p>
        <Link to="/reports/monthly">{t('monthlyLink')}</Link>
      </p>
      <ProblemAlert error={evaluation.error} />
      {!data && evaluation.isPending && <p className="muted">{t('loading')}</p>}
      {data && (
        <>
          <section className="card">
            <EChart option={option} label={t('chart')} />
          </section>
          <TableRegion title={t('evaluationTitle')}>
            <table className="figures-table evaluation">
              <thead>
                <tr>
                  <th scope="col">{t('month')}</th>
                  <th scope="col">{t('activeCustomers')}</th>
                  <th scope="col">{t('newCustomers')}</th>
                  <th scope="col">{t('loyalCustomers')}</th>
                  <th scope="col">{t('revenue')}</th>
                  <th scope="col">{t('revenuePerCustomer')}</th>
                  <th scope="col">{t('referredCustomers')}</th>
                  <th scope="col">{t('referredNewCustomers')}</th>
                </tr>
              </thead>
              <tbody>
                {[...data.months].reverse().map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{label(m.month)}</th>
                    <td>{f.number(m.activeCustomers)}</td>
                    <td>{f.number(m.newCustomers)}</td>
                    <td>{f.number(m.loyalCustomers)}</td>
                    <td>{f.cents(m.revenueCents)}</td>
                    <td>
                      {m.revenuePerCustomerCents === null
                        ? '—'
                        : f.cents(m.revenuePerCustomerCents)}
                    </td>
                    <td>{f.number(m.referredCustomers)}</td>
                    <td>{f.number(m.referredNewCustomers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </div>
  );
}
