import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import type { Chart } from './echarts-canvas.ts';

/**
 * A chart that follows its options and its box. Its box shows at once; ECharts (≈ 180 kB
 * compressed, ./echarts-canvas.ts) is fetched once it is on screen, so that figures never wait
 * for it: the chart is then created, updated with `setOption` when `option` changes, resized
 * when its container changes size, disposed on unmount. If ECharts cannot come, the box stays
 * empty (its label says what it would show).
 */
export default function EChart({
  option,
  height = 280,
  label,
}: {
  option: EChartsCoreOption;
  height?: number;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<Chart | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let live = true;
    let instance: Chart | null = null;
    let observer: ResizeObserver | null = null;
    import('./echarts-canvas.ts')
      .then(({ chartIn }) => {
        if (!live) return;
        const created = chartIn(element);
        instance = created;
        observer = new ResizeObserver(() => created.resize());
        observer.observe(element);
        setChart(created);
      })
      .catch(() => {}); // offline or a new build: the box stays empty, the figures are there
    return () => {
      live = false;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);
  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);
  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} />;
}
