import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import EChart from './EChart.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import { revenueMonths } from './revenue-months.ts';
import type { Overview } from './use-overview.ts';

const BRAND = '#7a3e2b';
const SOFT = '#d9b99b';

/** ECharts comes after the figures, in its own chunk (./EChart.tsx): the numbers never wait for it. */
function Chart(props: { option: EChartsCoreOption; label: string; height?: number }) {
  return <EChart height={280} {...props} />;
}

/**
 * Monthly revenue bars with the number of purchases as a line. Axes and tooltips use the
 * language's separators; a month the period covers only in part is drawn pale and says so.
 */
export function RevenueTrend({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const { lang } = useLang();
  const months = useMemo(() => revenueMonths(o.revenueTrend.months, o.period.to, lang), [o, lang]);
  const option = useMemo(() => {
    const labels = months.map((m) =>
      m.partialDays === null ? m.label : t('monthPartial', { month: m.label, day: m.partialDays }),
    );
    return {
      color: [BRAND, SOFT],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        {
          type: 'value',
          axisLabel: { formatter: (v: number) => f.cents(v * 100).replace(/[,.]00/, '') },
        },
        {
          type: 'value',
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => f.number(v) },
        },
      ],
      series: [
        {
          name: t('revenueSeries'),
          type: 'bar',
          data: months.map((m) => ({
            value: Math.round(m.revenueCents) / 100,
            // A partial month is pale and outlined: a beginning, not a fall.
            itemStyle:
              m.partialDays === null
                ? undefined
                : { color: '#f1e4d8', borderColor: BRAND, borderType: 'dashed', borderWidth: 1 },
          })),
          tooltip: { valueFormatter: (v: number) => f.cents(v * 100) },
        },
        {
          name: t('purchasesSeries'),
          type: 'line',
          yAxisIndex: 1,
          smooth: true,
          data: months.map((m) => m.purchases),
          tooltip: { valueFormatter: (v: number) => f.number(v) },
        },
      ],
    };
  }, [months, t, f]);
  const partial = months.at(-1)?.partialDays;
  return (
    <Figure
      title={t('revenue')}
      caption={partial ? t('revenuePartial', { day: partial }) : undefined}
      explain={t('revenueExplain')}
    >
      <Chart option={option} label={t('revenue')} />
    </Figure>
  );
}

/** The Lorenz curve with the "x % of customers make y % of revenue" sentence. */
export function Pareto({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const p = o.pareto;
  const option = useMemo(
    () => ({
      color: [BRAND, '#999'],
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => f.percent(v),
      },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: t('paretoCustomerShare'),
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { formatter: (v: number) => f.percent(v) },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { formatter: (v: number) => f.percent(v) },
      },
      series: [
        {
          name: t('paretoValueShare'),
          type: 'line',
          areaStyle: { opacity: 0.15 },
          showSymbol: false,
          data: p.lorenz.map((point) => [point.customerShare, point.valueShare]),
        },
        {
          name: t('paretoEquality'),
          type: 'line',
          showSymbol: false,
          lineStyle: { type: 'dashed' },
          data: [
            [0, 0],
            [1, 1],
          ],
        },
      ],
    }),
    [p, t, f],
  );
  return (
    <Figure
      title={t('pareto')}
      value={
        p.top20Share === null
          ? t('none')
          : t('paretoSentence', { x: f.percent(0.2), y: f.percent(p.top20Share) })
      }
      caption={p.gini === null ? undefined : t('paretoCaption', { gini: f.number(p.gini) })}
      explain={t('paretoExplain')}
    >
      {p.lorenz.length > 0 && <Chart option={option} label={t('pareto')} height={240} />}
    </Figure>
  );
}
