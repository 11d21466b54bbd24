import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { GoalsCard } from '../goals/GoalsCard.tsx';
import { LiabilityPanel } from '../liability/LiabilityPanel.tsx';
import { Pareto, RevenueTrend } from './charts.tsx';
import { ForecastCheck, SeasonsNote } from './ForecastCheck.tsx';
import { GettingStarted } from './GettingStarted.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { MembersTable } from './MembersTable.tsx';
import { messages } from './messages.ts';
import { PeriodPicker, type PeriodPreset, presetPeriod } from './PeriodPicker.tsx';
import { ProgramReturns } from './ProgramReturns.tsx';
import { Segments } from './Segments.tsx';
import { SlippingAway } from './SlippingAway.tsx';
import { type PeriodQuery, useOverview } from './use-overview.ts';
import { ValueFigures } from './ValueFigures.tsx';
import './dashboard.css';

/** The owner's dashboard: what the customers are worth, who stays, who is slipping away. */
export function DashboardPage() {
  const t = useT(messages);
  const f = useFormat();
  const client = useQueryClient();
  const [preset, setPreset] = useState<PeriodPreset>('last12');
  const [custom, setCustom] = useState<PeriodQuery>({});
  const overview = useOverview(presetPeriod(preset, custom));
  const o = overview.data;
  return (
    <div className="stack dashboard">
      <header className="dashboard-head">
        <h1>{t('title')}</h1>
        <PeriodPicker preset={preset} custom={custom} onPreset={setPreset} onCustom={setCustom} />
      </header>
      {o && (
        <p className="muted small freshness" aria-live="polite">
          {o.freshness.dataAsOf
            ? t('freshness', {
                computedAt: f.dateTime(o.freshness.computedAt),
                dataAsOf: f.dateTime(o.freshness.dataAsOf),
              })
            : t('freshnessNoData', { computedAt: f.dateTime(o.freshness.computedAt) })}{' '}
          {t('periodShown', {
            from: f.date(o.period.from),
            to: f.date(o.period.to),
            previousFrom: f.date(o.period.previousFrom),
            previousTo: f.date(o.period.previousTo),
          })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => client.invalidateQueries({ queryKey: ['analytics-overview'] })}
          >
            {t('refresh')}
          </button>
        </p>
      )}
      {overview.error && (
        <>
          <p>{t('error')}</p>
          <ProblemAlert error={overview.error} />
        </>
      )}
      {!o && overview.isPending && <p className="muted">{t('loading')}</p>}
      {o && !o.freshness.dataAsOf && <GettingStarted />}
      {o?.freshness.dataAsOf && (
        <div className={`stack${overview.isFetching ? ' refreshing' : ''}`}>
          <KeyFigures o={o} />
          <GoalsCard />
          <ValueFigures o={o} />
          <SeasonsNote o={o} />
          <div className="grid two">
            <MembersTable o={o} />
            <SlippingAway o={o} />
          </div>
          <RevenueTrend o={o} />
          <ForecastCheck o={o} />
          <ProgramReturns />
          <div className="grid two">
            <Segments o={o} />
            <Pareto o={o} />
          </div>
          <LiabilityPanel />
        </div>
      )}
    </div>
  );
}
