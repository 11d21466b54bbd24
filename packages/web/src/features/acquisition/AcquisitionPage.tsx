import { useState } from 'react';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { RulesSection } from '../cross-sell/RulesSection.tsx';
import { Figure } from '../dashboard/Explain.tsx';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { CapitalChart, NewCustomersChart } from './AcquisitionCharts.tsx';
import { ChannelsSection } from './ChannelsSection.tsx';
import { messages } from './messages.ts';
import { SpendSection } from './SpendSection.tsx';
import {
  type AcquisitionReport,
  useAcquisitionReport,
  useChannelLabel,
} from './use-acquisition.ts';

const PERIODS = [6, 12, 24, 36] as const;

/** Acquisition against retention (seeds 003, 004): channels, budgets, payback, capital. */
export function AcquisitionPage() {
  const t = useT(messages);
  const [months, setMonths] = useState<number>(12);
  const report = useAcquisitionReport(months);
  const r = report.data;
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <div className="field">
        <label htmlFor="acquisition-period">{t('period')}</label>
        <select
          id="acquisition-period"
          value={months}
          onChange={(e) => setMonths(Number(e.target.value))}
        >
          {PERIODS.map((n) => (
            <option key={n} value={n}>
              {t('months', { n })}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert error={report.error} />
      {!r && report.isPending && <p className="muted">{t('loading')}</p>}
      {r && <Report r={r} />}
      <RulesSection />
      <ChannelsSection />
      {r && <SpendSection r={r} />}
    </div>
  );
}

function Report({ r }: { r: AcquisitionReport }) {
  const t = useT(messages);
  const f = useFormat();
  const label = useChannelLabel(r.channels);
  const payback = (p: AcquisitionReport['total']['payback'] | null) => {
    if (!p) return t('dash');
    if (p.status === 'paid_back') return t('paybackMonths', { n: p.paybackMonths ?? 0 });
    return p.status === 'not_yet' ? t('notYet') : t('noCost');
  };
  return (
    <>
      <div className="grid">
        <Figure
          title={t('newCustomers')}
          value={f.number(r.total.acquired)}
          caption={t('newCustomersCaption')}
          explain={t('explainCost')}
        />
        <Figure
          title={t('costPerCustomer')}
          value={
            r.total.costPerCustomerCents === null || r.total.developmentCents === 0
              ? t('dash')
              : f.cents(r.total.costPerCustomerCents)
          }
          caption={
            r.total.developmentCents === 0
              ? t('noSpend')
              : t('costCaption', { spend: f.cents(r.total.developmentCents) })
          }
          explain={t('explainCost')}
        />
        <Figure
          title={t('payback')}
          value={payback(r.total.payback)}
          caption={t('paybackCaption', { margin: f.percent(r.marginRate) })}
          explain={t('explainPayback')}
        />
      </div>
      <Figure title={t('chartNew')} explain={t('explainCost')}>
        <NewCustomersChart r={r} label={label} />
      </Figure>
      <Figure title={t('byChannel')} explain={t('explainPayback')}>
        <TableRegion title={t('byChannel')}>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('colChannel')}</th>
                <th scope="col">{t('colNew')}</th>
                <th scope="col">{t('colSpend')}</th>
                <th scope="col">{t('colCost')}</th>
                <th scope="col">{t('colPayback')}</th>
              </tr>
            </thead>
            <tbody>
              {r.byChannel.map((c) => (
                <tr key={c.channel}>
                  <th scope="row">{label(c.channel)}</th>
                  <td>{f.number(c.newCustomers)}</td>
                  <td>{c.spendCents > 0 ? f.cents(c.spendCents) : t('dash')}</td>
                  <td>
                    {c.costPerCustomerCents === null ? t('dash') : f.cents(c.costPerCustomerCents)}
                  </td>
                  <td>{payback(c.payback)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </Figure>
      <Figure
        title={t('capital')}
        caption={t('capitalIntro', { from: f.date(r.capital.from), to: f.date(r.capital.to) })}
        explain={t('explainCapital')}
      >
        <CapitalChart r={r} />
        <TableRegion title={t('capital')}>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('colSeniority')}</th>
                <th scope="col">{t('colCustomers')}</th>
                <th scope="col">{t('colActive')}</th>
                <th scope="col">{t('colRevenue')}</th>
                <th scope="col">{t('colShare')}</th>
                <th scope="col">{t('colPerActive')}</th>
                <th scope="col">{t('colRetention')}</th>
              </tr>
            </thead>
            <tbody>
              {r.capital.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">
                    {y.andMore ? t('yearAndMore', { n: y.year }) : t('year', { n: y.year })}
                  </th>
                  <td>{f.number(y.customers)}</td>
                  <td>{f.number(y.activeCustomers)}</td>
                  <td>{f.cents(y.revenueCents)}</td>
                  <td>{f.percent(y.revenueShare)}</td>
                  <td>
                    {y.revenuePerActiveCents === null
                      ? t('dash')
                      : f.cents(y.revenuePerActiveCents)}
                  </td>
                  <td>{y.retentionRate === null ? t('dash') : f.percent(y.retentionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </Figure>
    </>
  );
}
