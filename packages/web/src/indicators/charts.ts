// ECharts with only what the indicator pages draw, registered once. `echarts-for-react/esm/core` on
// purpose: under Vite 8 with "type":"module" the `lib/` build crashes React (STACK.md).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

export { echarts, ReactEChartsCore };
