/**
 * An Apache ECharts chart (SVG renderer; only the chart types used are imported, and loaded in
 * parallel with the data) with an accessible name; pages offer the figures as a table too.
 */
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type * as ChartModule from './echarts.ts';

type ChartLibrary = typeof ChartModule;

export type ChartOption = EChartsCoreOption;

let library: Promise<ChartLibrary> | undefined;

/**
 * Fetches the chart library once. Pages that draw charts call it when they render, so that it
 * arrives with their data; every other page (sign-in, the ledger...) never loads it.
 */
export function preloadChartLibrary(): Promise<ChartLibrary> {
  return (library ??= import('./echarts.ts'));
}

interface Props {
  option: ChartOption;
  label: string;
  height?: number;
  onSelect?: (name: string, dataIndex: number) => void;
  testId?: string;
}

export function Chart({ option, label, height = 320, onSelect, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    let live = true;
    void preloadChartLibrary().then(({ echarts }) => {
      if (!live || !element.current) return;
      instance = echarts.init(element.current, undefined, { renderer: 'svg' });
      instance.on('click', (params) => select.current?.(String(params.name), params.dataIndex));
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(element.current);
      setChart(instance);
    });
    return () => {
      live = false;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart) return;
    chart.setOption({ animation: false, ...option }, { notMerge: true });
    element.current?.setAttribute('data-rendered', 'true');
  }, [chart, option]);

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
