import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { LOCALES } from '../../i18n/format-message.ts';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import EChart from './EChart.tsx';
import { Figure } from './Explain.tsx';
import { forecastMiss, monthName } from './forecast-check.ts';
import { forecastMessages } from './messages.ts';
import type { Overview } from './use-overview.ts';

const BRAND = '#7a3e2b';
const SOFT = '#d9b99b';

/** ECharts comes after the figures, in its own chunk (./EChart.tsx): the numbers never wait for it. */
function Chart(props: { option: EChartsCoreOption; label: string; height?: number }) {
  return <EChart height={240} {...props} />;
}

type Result = NonNullable<Overview['backtest']['result']>;

/** The backtest: the last horizon forecast from the history before it, against what happened. */
export function ForecastCheck({ o }: { o: Overview }) {
  const t = useT(forecastMessages);
  const f = useFormat();
  const b = o.backtest;
  const r = b.result;
  return (
    <Figure
      title={t('backtest')}
      value={r ? <BacktestValue r={r} /> : undefined}
      caption={
        r
          ? t('backtestCaption', {
              from: f.date(r.heldOutFrom),
              to: f.date(r.heldOutTo),
              low: f.number(Math.round(r.predictedPurchasesInterval?.[0] ?? r.predictedPurchases)),
              high: f.number(Math.round(r.predictedPurchasesInterval?.[1] ?? r.predictedPurchases)),
            })
          : b.status === 'too-short'
            ? t('backtestTooShort', { needed: b.neededDays ?? 0, history: b.historyDays ?? 0 })
            : t('backtestNoModel')
      }
      explain={t('backtestExplain')}
    >
      {r && <BacktestCharts r={r} />}
      {r?.gini != null && (
        <p className="muted small">{t('backtestRanking', { gini: f.number(r.gini) })}</p>
      )}
    </Figure>
  );
}

function BacktestValue({ r }: { r: Result }) {
  const t = useT(forecastMessages);
  const f = useFormat();
  const miss = forecastMiss(r.predictedPurchases, r.actualPurchases);
  const signed = miss === null ? null : `${miss > 0 ? '+' : ''}${f.percent(miss)}`;
  return (
    <>
      {t('backtestValue', {
        predicted: Math.round(r.predictedPurchases),
        actual: r.actualPurchases,
      })}
      {signed && <span className="muted small"> · {t('backtestMiss', { miss: signed })}</span>}
    </>
  );
}

function BacktestCharts({ r }: { r: Result }) {
  const t = useT(forecastMessages);
  const f = useFormat();
  const months = useMemo(
    () => ({
      color: [SOFT, BRAND],
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.number(v) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: r.months.map((m) => f.date(m.to)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.number(v) } },
      series: [
        { name: t('backtestActual'), type: 'bar', data: r.months.map((m) => m.actualPurchases) },
        {
          name: t('backtestPredicted'),
          type: 'line',
          data: r.months.map((m) => Math.round(m.predictedPurchases * 10) / 10),
        },
      ],
    }),
    [r, t, f],
  );
  const deciles = useMemo(
    () => ({
      color: [BRAND, SOFT],
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.number(v) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: {
        type: 'category',
        data: r.deciles.map((d) => t('backtestDecile', { decile: d.decile })),
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.number(v) } },
      series: [
        {
          name: t('backtestPredicted'),
          type: 'bar',
          data: r.deciles.map((d) => Math.round(d.predictedPurchases * 100) / 100),
        },
        {
          name: t('backtestActual'),
          type: 'bar',
          data: r.deciles.map((d) => Math.round(d.actualPurchases * 100) / 100),
        },
      ],
    }),
    [r, t, f],
  );
  return (
    <div className="grid two">
      <div>
        <h3 className="small">{t('backtestMonths')}</h3>
        <Chart option={months} label={t('backtestMonths')} />
      </div>
      <div>
        <h3 className="small">{t('backtestDeciles')}</h3>
        <Chart option={deciles} label={t('backtestDeciles')} />
      </div>
    </div>
  );
}

/** One sentence on the shop's seasons next to the forecast, or on the months never seen. */
export function SeasonsNote({ o }: { o: Overview }) {
  const t = useT(forecastMessages);
  const f = useFormat();
  const { lang } = useLang();
  const s = o.seasons;
  if (s.unseenShare > 0)
    return <p className="muted small">{t('seasonsUnseen', { share: f.percent(s.unseenShare) })}</p>;
  if (s.status !== 'estimated' || !s.monthly) return null;
  const extremes = s.extremes;
  if (!extremes) return <p className="muted small">{t('seasonsFlat')}</p>;
  const signed = (factor: number) => `${factor >= 1 ? '+' : ''}${f.percent(factor - 1)}`;
  return (
    <p className="muted small">
      {t('seasonsPattern', {
        peakMonth: monthName(LOCALES[lang], extremes.peak.month),
        peak: signed(extremes.peak.factor),
        troughMonth: monthName(LOCALES[lang], extremes.trough.month),
        trough: signed(extremes.trough.factor),
      })}
    </p>
  );
}
