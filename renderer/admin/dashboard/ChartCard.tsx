import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from './EChart';

type Props = Readonly<{ title: string; option: EChartsCoreOption; height?: number; wide?: boolean }>;

/** A titled card holding one chart. */
export const ChartCard = ({ title, option, height, wide }: Props) => (
  <section className={`admin-card dash-card${wide ? ' dash-card--wide' : ''}`}>
    <h3>{title}</h3>
    <EChart option={option} label={title} height={height} />
  </section>
);
