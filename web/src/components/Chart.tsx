/**
 * A chart with an accessible name, drawn as SVG at the width it is given (and redrawn when that
 * changes); pages offer the figures as a table too. The drawing code is loaded apart from the
 * application shell, in parallel with the page's data, and only by pages that draw charts.
 */
import { useEffect, useRef, useState } from 'react';
import type * as ChartModule from './chart/ChartDrawing.tsx';
import type { ChartSpec } from './chart/spec.ts';

export type { ChartMark, ChartSeries, ChartSpec } from './chart/spec.ts';

type ChartLibrary = typeof ChartModule;

let library: Promise<ChartLibrary> | undefined;

/**
 * Fetches the chart drawing code once. Pages that draw charts call it when they render, so that
 * it arrives with their data; every other page (sign-in, the ledger...) never loads it.
 */
export function preloadChartLibrary(): Promise<ChartLibrary> {
  return (library ??= import('./chart/ChartDrawing.tsx'));
}

interface Props {
  spec: ChartSpec;
  label: string;
  height?: number;
  /** A click on a category: its key (or label) and position. */
  onSelect?: (key: string, index: number) => void;
  testId?: string;
}

/**
 * Resolves once the page has been painted: charts are drawn after the figures around them are on
 * screen, in a task of their own, instead of holding up the page's first paint. (A page that is
 * not shown paints no frame: a tenth of a second at most.)
 */
let painted: Promise<void> | undefined;
function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  }));
}

export function Chart({ spec, label, height = 320, onSelect, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const [drawing, setDrawing] = useState<ChartLibrary | null>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | undefined;
    void Promise.all([preloadChartLibrary(), afterFirstPaint()]).then(([module]) => {
      const node = element.current;
      if (!live || !node) return;
      // Read once the page is laid out and painted: no layout forced in the middle of a render.
      setDrawing(module);
      setWidth(Math.floor(node.clientWidth));
      observer = new ResizeObserver(([entry]) => {
        if (entry) setWidth(Math.floor(entry.contentRect.width));
      });
      observer.observe(node);
    });
    return () => {
      live = false;
      observer?.disconnect();
    };
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
