/**
 * A chart with an accessible name, drawn as SVG at the width it is given (and redrawn when that
 * changes); pages offer the figures as a table too. The drawing code is loaded apart from the
 * application shell, in parallel with the page's data, and only by pages that draw charts.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as ChartModule from './chart/ChartDrawing.tsx';
import type { ChartSpec } from './chart/spec.ts';

export type { ChartMark, ChartSeries, ChartSpec } from './chart/spec.ts';

type ChartLibrary = typeof ChartModule;

let library: Promise<ChartLibrary> | undefined;
let loaded: ChartLibrary | null = null;

/**
 * Fetches the chart drawing code once. Pages that draw charts call it when they render, so that
 * it arrives with their data; every other page (sign-in, the ledger...) never loads it.
 */
export function preloadChartLibrary(): Promise<ChartLibrary> {
  return (library ??= import('./chart/ChartDrawing.tsx').then((module) => (loaded = module)));
}

interface Props {
  spec: ChartSpec;
  label: string;
  height?: number;
  /** A click on a category: its key (or label) and position. */
  onSelect?: (key: string, index: number) => void;
  testId?: string;
}

export function Chart({ spec, label, height = 320, onSelect, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const [drawing, setDrawing] = useState<ChartLibrary | null>(loaded);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    let live = true;
    if (!drawing) void preloadChartLibrary().then((module) => live && setDrawing(module));
    return () => {
      live = false;
    };
  }, [drawing]);

  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    setWidth(Math.floor(node.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const Drawing = drawing?.ChartDrawing;
  const drawn = !!Drawing && width > 0;
  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={label}
      style={{ minHeight: height }}
      data-testid={testId}
      data-rendered={drawn ? 'true' : undefined}
    >
      {drawn && <Drawing spec={spec} width={width} height={height} onSelect={onSelect} />}
    </div>
  );
}
