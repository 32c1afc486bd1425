/**
 * An Apache ECharts chart (SVG renderer, only the chart types used are imported) with an
 * accessible name; the data is also offered as a table beside each chart.
 */
import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

interface Props {
  option: ChartOption;
  label: string;
  height?: number;
  onSelect?: (name: string, dataIndex: number) => void;
  testId?: string;
}

export function Chart({ option, label, height = 320, onSelect, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => select.current?.(String(params.name), params.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
    element.current?.setAttribute('data-rendered', 'true');
  }, [option]);

  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={label}
      style={{ height }}
      data-testid={testId}
    />
  );
}
