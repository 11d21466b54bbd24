import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import EChart from '../dashboard/EChart.tsx';
import { monthLabel } from './channel-label.ts';
import { messages } from './messages.ts';
import type { AcquisitionReport } from './use-acquisition.ts';

const PALETTE = ['#7a3e2b', '#c47a45', '#d9b99b', '#5b7065', '#9fb3a6', '#b5838d', '#6d6875'];

function Chart(props: { option: EChartsCoreOption; label: string; height?: number }) {
  return <EChart {...props} />;
}

/** New customers per month, stacked by channel, with both budgets as lines. */
export function NewCustomersChart({
  r,
  label,
}: {
  r: AcquisitionReport;
  label: (key: string) => string;
}) {
  const t = useT(messages);
  const f = useFormat();
  const { lang } = useLang();
  const option = useMemo(() => {
    const keys = [...new Set(r.months.flatMap((m) => m.newCustomers.map((n) => n.channel)))];
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: r.months.map((m) => monthLabel(m.month, lang)) },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => f.number(v) } },
        {
          type: 'value',
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => f.cents(v * 100).replace(/[,.]00/, '') },
        },
      ],
      series: [
        ...keys.map((key) => ({
          name: label(key),
          type: 'bar',
          stack: 'new',
          data: r.months.map((m) => m.newCustomers.find((n) => n.channel === key)?.count ?? 0),
        })),
        ...(['development', 'loyalty'] as const).map((budget) => ({
          name: t(budget),
          type: 'line',
          yAxisIndex: 1,
          data: r.months.map(
            (m) => (budget === 'development' ? m.developmentCents : m.loyaltyCents) / 100,
          ),
          tooltip: { valueFormatter: (v: number) => f.cents(v * 100) },
        })),
      ],
    };
  }, [r, label, lang, f, t]);
  return <Chart option={option} label={t('chartLabel')} height={300} />;
}

/** Revenue of the last 12 months by seniority year. */
export function CapitalChart({ r }: { r: AcquisitionReport }) {
  const t = useT(messages);
  const f = useFormat();
  const option = useMemo(
    () => ({
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: r.capital.years.map((y) =>
          y.andMore ? t('yearAndMore', { n: y.year }) : t('year', { n: y.year }),
        ),
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => f.cents(v * 100).replace(/[,.]00/, '') },
      },
      series: [
        {
          name: t('colRevenue'),
          type: 'bar',
          data: r.capital.years.map((y) => y.revenueCents / 100),
          tooltip: { valueFormatter: (v: number) => f.cents(v * 100) },
        },
      ],
    }),
    [r, f, t],
  );
  return <Chart option={option} label={t('capitalChart')} height={220} />;
}
