/**
 * ECharts with only what the dashboards draw (pie and bar charts, tooltip,
 * legend, grid, canvas renderer): importing from 'echarts/core' keeps the rest
 * of the library out of the bundle.
 */
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
// `use` renamed: it registers ECharts parts, and is no React hook (react-hooks/rules-of-hooks goes by the name).
import { init, use as registerEchartsParts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerEchartsParts([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export { init, type ECharts };
