import { useMemo } from 'react';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import EChart from '../dashboard/EChart.tsx';
import { messages } from './messages.ts';

type Goal = components['schemas']['Goal'];

/** A goal's weekly measures, the straight path from baseline to target, and the trend. */
export function GoalChart({ goal, name }: { goal: Goal; name: string }) {
  const t = useT(messages);
  const option = useMemo(() => {
    const measures = goal.series.map((p) => [p.date, p.value]);
    const last = goal.series.at(-1);
    const trend =
      goal.progress.projectedAtDeadline !== null && last
        ? [
            [last.date, goal.progress.current],
            [goal.deadline, goal.progress.projectedAtDeadline],
          ]
        : [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: t('measures'), type: 'line', data: measures, symbolSize: 6 },
        {
          name: t('path'),
          type: 'line',
          data: [
            [goal.startsOn, goal.baseline],
            [goal.deadline, goal.target],
          ],
          lineStyle: { type: 'dashed' },
          symbol: 'none',
        },
        {
          name: t('trend'),
          type: 'line',
          data: trend,
          lineStyle: { type: 'dotted' },
          symbol: 'none',
        },
      ],
    };
  }, [goal, t]);
  return <EChart option={option} height={220} label={t('chart', { name })} />;
}
