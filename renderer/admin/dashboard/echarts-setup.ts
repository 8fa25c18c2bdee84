/**
 * The chart library, tree-shaken to what the dashboard draws (bar, line,
 * heat map) and the SVG renderer: crisp at any size, no canvas redraws, no
 * GPU needed. Only imported dynamically (EChart.tsx), so it lands in an
 * admin-only chunk and never in the visitor bundle.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export const init = echarts.init;
