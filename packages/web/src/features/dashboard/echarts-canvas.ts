import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types the app draws are registered, to keep this chunk small.
use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/**
 * ECharts drawing in `element`, on a canvas. A chunk of its own that imports nothing of the app
 * (no React): the dashboard's entry, written into its page, loads it after the figures, and a
 * chunk importing from that entry would run a second copy of the app
 * (packages/web/vite/entry-for-the-page.ts).
 */
export const chartIn = (element: HTMLElement) => init(element, undefined, { renderer: 'canvas' });

export type Chart = ReturnType<typeof chartIn>;
