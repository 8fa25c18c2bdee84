/**
 * The report's charts, drawn on the server as SVG strings by ECharts' SSR
 * renderer: no DOM, no canvas, no script in the page. Colours are a dark and
 * a light tone of one hue plus a dashed line, so the charts still read when
 * printed in grayscale.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DashboardPeriod } from '../../shared/contract/stats';
import { count, percent } from './report-format';
import type { ReportStrings } from './report-strings';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export const INK = '#1d3557';
export const LIGHT = '#a8b8cc';
const MUTED = '#5c6770';
const RULE = '#d5dbe1';
const FONT = { fontFamily: "'Noto Sans SC', sans-serif", fontSize: 11, color: MUTED };

/** One chart as an SVG string (static: no animation, nothing to run). */
const svg = (option: EChartsCoreOption, width: number, height: number): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};

const axisLabel = { ...FONT };
const valueAxis = { type: 'value', minInterval: 1, axisLabel, splitLine: { lineStyle: { color: RULE } } };

/** Visits per day as bars, the previous period's day-by-day figure as a dashed line over them (none when it had no visits). */
export const visitsPerDayChart = (current: DashboardPeriod, previous: DashboardPeriod, s: ReportStrings): string => {
  const withPrevious = previous.visits > 0;
  return svg(
    {
      legend: { top: 0, right: 0, itemWidth: 18, itemHeight: 10, textStyle: FONT, data: withPrevious ? [s.thisPeriod, s.previousSeries] : [s.thisPeriod] },
      grid: { left: 34, right: 8, top: 26, bottom: 22 },
      xAxis: {
        type: 'category',
        data: current.visitsPerDay.map((d) => d.date.slice(5)),
        axisLabel: { ...axisLabel, hideOverlap: true },
        axisTick: { alignWithLabel: true },
        axisLine: { lineStyle: { color: MUTED } },
      },
      yAxis: valueAxis,
      series: [
        { name: s.thisPeriod, type: 'bar', data: current.visitsPerDay.map((d) => d.visits), itemStyle: { color: INK }, barMaxWidth: 28 },
        withPrevious && {
          name: s.previousSeries,
          type: 'line',
          data: previous.visitsPerDay.map((d) => d.visits),
          lineStyle: { color: MUTED, type: 'dashed', width: 1.5 },
          itemStyle: { color: MUTED },
          symbol: current.days > 40 ? 'none' : 'circle',
          symbolSize: 4,
        },
      ].filter(Boolean),
    },
    680,
    196,
  );
};

/** The funnel as horizontal bars: started → opened a chapter → each chapter (by keyword) → all five, each with its share of the visits. */
export const funnelChart = (p: DashboardPeriod, keywords: Readonly<Record<string, string>>, s: ReportStrings): string => {
  const steps: Array<readonly [string, number]> = [
    [s.funnelSteps.started, p.funnel.started],
    [s.funnelSteps.pastHub, p.funnel.pastHub],
    ...p.funnel.chapters.map((c, i) => [`${i + 1} ${keywords[c.chapter] ?? c.chapter}`, c.entered] as const),
    [s.funnelSteps.allFive, p.funnel.allFive],
  ];
  return svg(
    {
      grid: { left: 4, right: 84, top: 4, bottom: 2 },
      xAxis: { ...valueAxis, show: false, max: Math.max(1, p.funnel.started) },
      yAxis: { type: 'category', inverse: true, data: steps.map(([name]) => name), axisTick: { show: false }, axisLine: { lineStyle: { color: MUTED } }, axisLabel: { ...axisLabel, color: '#222' } },
      series: [
        {
          type: 'bar',
          data: steps.map(([, n], i) => ({ value: n, itemStyle: { color: i >= 2 && i < steps.length - 1 ? LIGHT : INK } })),
          barMaxWidth: 15,
          label: { show: true, position: 'right', ...FONT, color: '#222', formatter: ({ value }: { value: number }) => `${count(value)} · ${percent(value, p.funnel.started)}` },
        },
      ],
    },
    330,
    204,
  );
};
