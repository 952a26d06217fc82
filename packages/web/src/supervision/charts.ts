// ECharts with only what supervision draws, registered once. `echarts-for-react/esm/core` on purpose:
// under Vite 8 with "type":"module" the `lib/` build crashes React (STACK.md).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { CustomChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, CustomChart, ScatterChart, MarkAreaComponent, GridComponent, TooltipComponent, VisualMapComponent, DataZoomComponent, MarkLineComponent, CanvasRenderer]);

export { echarts, ReactEChartsCore };
