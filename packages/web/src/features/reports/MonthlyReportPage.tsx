import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { messages as followUpMessages } from '../follow-up/messages.ts';
import { reasonText } from '../follow-up/reason-text.ts';
import { useGoalName } from '../goals/GoalsPage.tsx';
import { messages as goalMessages } from '../goals/messages.ts';
import { useGoalValue } from '../goals/use-goal-value.ts';
import { messages } from './messages.ts';
import { monthChange, monthName } from './month-change.ts';
import './reports.css';

type Report = components['schemas']['MonthlyReport'];
type Month = Report['current'];

/**
 * The monthly report, one printable page: the month's figures against the month before, the
 * goals and where they stand, and the follow-up list. The owner gets it by email on the 1st.
 */
export function MonthlyReportPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const location = useLocation();
  const navigate = useNavigate();
  const asked = new URLSearchParams(location.search).get('month') ?? undefined;
  const report = useQuery({
    queryKey: ['monthly-report', asked ?? 'last'],
    queryFn: () =>
      call(
        api.GET('/api/v1/reports/monthly', { params: { query: asked ? { month: asked } : {} } }),
      ),
  });
  const r = report.data;
  return (
    <div className="stack monthly-report">
      <div className="row wrap no-print report-tools">
        <label>
          {t('chooseMonth')}{' '}
          <input
            type="month"
            value={r?.month ?? asked ?? ''}
            onChange={(e) => e.target.value && navigate(`/reports/monthly?month=${e.target.value}`)}
          />
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <ProblemAlert error={report.error} />
      {!r && report.isPending && <p className="muted">{t('loading')}</p>}
      {r && (
        <>
          <h1>{t('reportTitle', { month: monthName(r.month, lang) })}</h1>
          <p className="muted">{t('reportIntro', { shop: r.shop.name })}</p>
          {!r.complete && <p className="alert">{t('reportSoFar')}</p>}
          <Figures report={r} />
          <Goals report={r} />
          <FollowUp report={r} />
        </>
      )}
    </div>
  );
}

function Figures({ report }: { report: Report }) {
  const t = useT(messages);
  const f = useFormat(report.shop.currency);
  const money = (v: number | null) => (v === null ? '—' : f.cents(v));
  const count = (v: number | null) => (v === null ? '—' : f.number(v));
  const rows: [string, (m: Month) => number | null, (v: number | null) => string][] = [
    [t('revenue'), (m) => m.revenueCents, money],
    [t('activeCustomers'), (m) => m.activeCustomers, count],
    [t('newCustomers'), (m) => m.newCustomers, count],
    [t('loyalCustomers'), (m) => m.loyalCustomers, count],
    [t('purchases'), (m) => m.purchases, count],
    [t('averageBasket'), (m) => m.averageBasketCents, money],
    [t('revenuePerCustomer'), (m) => m.revenuePerCustomerCents, money],
    [t('referredCustomers'), (m) => m.referredCustomers, count],
    [t('referredNewCustomers'), (m) => m.referredNewCustomers, count],
  ];
  return (
    <section className="stack report-section">
      <h2>{t('figures')}</h2>
      <TableRegion title={t('figures')}>
        <table className="figures-table report-figures">
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              <th scope="col">{t('thisMonth')}</th>
              <th scope="col">{t('previousMonth')}</th>
              <th scope="col">{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, read, show]) => {
              const { delta, ratio } = monthChange(read(report.current), read(report.previous));
              const sign = delta !== null && delta > 0 ? '+' : '';
              return (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{show(read(report.current))}</td>
                  <td>{show(read(report.previous))}</td>
                  <td>
                    {delta === null ? '—' : `${sign}${show(delta)}`}
                    {ratio !== null && ` (${sign}${f.percent(ratio)})`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

function Goals({ report }: { report: Report }) {
  const t = useT(messages);
  const g = useT(goalMessages);
  const value = useGoalValue();
  const nameOf = useGoalName();
  return (
    <section className="stack report-section">
      <h2>{t('goals')}</h2>
      {report.goals.length === 0 && <p>{t('noGoal')}</p>}
      {report.goals.length > 0 && (
        <TableRegion title={t('goals')}>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('goal')}</th>
                <th scope="col">{t('goalNow')}</th>
                <th scope="col">{t('goalTarget')}</th>
                <th scope="col">{t('goalStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {report.goals.map((goal) => (
                <tr key={goal.id}>
                  <th scope="row">{nameOf(goal)}</th>
                  <td>{value(goal.unit, goal.progress.current)}</td>
                  <td>{value(goal.unit, goal.target)}</td>
                  <td>{g(`status_${goal.progress.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function FollowUp({ report }: { report: Report }) {
  const t = useT(messages);
  const why = useT(followUpMessages);
  const f = useFormat(report.shop.currency);
  const { items, open } = report.followUp;
  return (
    <section className="stack report-section">
      <h2>{t('followUp')}</h2>
      <p>{t('followUpCount', { n: open })}</p>
      {items.length > 0 && (
        <>
          {items.length < open && (
            <p className="small">{t('followUpShown', { n: items.length })}</p>
          )}
          <TableRegion title={t('followUp')}>
            <table className="figures-table">
              <thead>
                <tr>
                  <th scope="col">{t('customer')}</th>
                  <th scope="col">{t('phone')}</th>
                  <th scope="col">{t('why')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const reason = reasonText(item.reason, item.details, f.date);
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        {[item.firstName, item.lastName].filter(Boolean).join(' ') || '—'}
                      </th>
                      <td>{item.phone ?? '—'}</td>
                      <td>{why(reason.key, reason.values)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
