import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** Loads the tree-shaken chart library once, on first use (admin mode only). */
let library: Promise<typeof import('./echarts-setup')> | null = null;
const loadCharts = () => (library ??= import('./echarts-setup'));

type Props = Readonly<{ option: EChartsCoreOption; label: string; height?: number }>;

/** One chart, drawn as SVG; redrawn when its option changes, resized with its box, disposed on unmount. */
export const EChart = ({ option, label, height = 320 }: Props) => {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The option to draw once the library has loaded: the latest, not the one of the first render.
  const latest = useRef(option);
  useEffect(() => {
    latest.current = option;
  });
  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void loadCharts().then(({ init }) => {
      if (cancelled || !box.current) return;
      chart.current = init(box.current, null, { renderer: 'svg' });
      chart.current.setOption(latest.current, true);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once per mount; option changes go through the effect below.
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className="dash-chart" role="img" aria-label={label} style={{ height }} />;
};
