/**
 * A chart drawn as plain SVG from its laid-out scene: grid, axes, bars or lines, value labels,
 * target lines, a legend, and a tooltip naming the figures of the category under the pointer.
 * Loaded apart from the application shell, by the pages that draw charts.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { FONT_SIZE, layoutChart, LINE_HEIGHT, textWidth, type Measure, type TextMark } from './layout.ts';
import type { ChartSpec } from './spec.ts';

let measurer: Measure | undefined;

/** Text widths in the page's own font, measured once each. */
function pageMeasure(): Measure {
  if (measurer) return measurer;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return textWidth;
  context.font = `${FONT_SIZE}px ${getComputedStyle(document.documentElement).fontFamily}`;
  const known = new Map<string, number>();
  measurer = (text) => {
    let width = known.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      known.set(text, width);
    }
    return width;
  };
  return measurer;
}

interface Props {
  spec: ChartSpec;
  width: number;
  height: number;
  onSelect?: (key: string, index: number) => void;
}

function Label({ mark, className }: { mark: TextMark; className?: string }) {
  const text = (
    <text
      x={mark.x}
      y={mark.y}
      textAnchor={mark.anchor}
      className={className}
      style={mark.size ? { fontSize: mark.size } : undefined}
      transform={mark.rotate ? `rotate(${mark.rotate} ${mark.x} ${mark.y})` : undefined}
    >
      {mark.lines.length === 1
        ? mark.lines[0]
        : mark.lines.map((line, i) => (
            <tspan key={i} x={mark.x} dy={i === 0 ? 0 : LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
    </text>
  );
  return mark.title ? (
    <g>
      <title>{mark.title}</title>
      {text}
    </g>
  ) : (
    text
  );
}

interface Pointer {
  index: number;
  /** Where the pointer is in the chart's box, for placing the tooltip. */
  x: number;
  y: number;
  width: number;
}

export function ChartDrawing({ spec, width, height, onSelect }: Props) {
  const scene = useMemo(() => layoutChart(spec, width, height, pageMeasure()), [spec, width, height]);
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const { plot } = scene;

  const locate = (event: MouseEvent<SVGSVGElement>): Pointer | null => {
    const svg = event.currentTarget.getBoundingClientRect();
    const box = (event.currentTarget.parentElement ?? event.currentTarget).getBoundingClientRect();
    const x = event.clientX - svg.left;
    const y = event.clientY - svg.top;
    if (x < plot.left || x > plot.right || y < plot.top || y > plot.bottom) return null;
    const along = scene.horizontal ? y : x;
    const index = scene.slots.findIndex((slot) => along >= slot.from && along < slot.to);
    if (index < 0) return null;
    return { index, x: event.clientX - box.left, y: event.clientY - box.top, width: box.width };
  };

  const rows =
    pointer === null
      ? []
      : spec.series.flatMap((series) => {
          const value = series.values[pointer.index];
          // A stack names only the parts that are there.
          if (value === null || value === undefined || (spec.stacked && value === 0)) return [];
          const text = series.labels?.[pointer.index] ?? spec.format(value);
          return [
            {
              name: spec.series.length > 1 ? series.name : '',
              text,
              colour: series.colours?.[pointer.index] ?? series.colour,
            },
          ];
        });
  const slot = pointer ? scene.slots[pointer.index] : undefined;

  const legend = spec.legend && (
    <ul className="chart-legend">
      {spec.series.map((series) => (
        <li key={series.name}>
          <span className="chart-swatch" style={{ background: series.colour }} />
          {series.name}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {spec.legend === 'top' && legend}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
        style={onSelect ? { cursor: 'pointer' } : undefined}
        onPointerMove={(event) => setPointer(locate(event))}
        onPointerLeave={() => setPointer(null)}
        onClick={(event) => {
          const at = locate(event);
          if (at && onSelect) onSelect(spec.keys?.[at.index] ?? spec.categories[at.index]!, at.index);
        }}
      >
        {slot && (
          <rect
            className="chart-highlight"
            x={scene.horizontal ? plot.left : slot.from}
            y={scene.horizontal ? slot.from : plot.top}
            width={scene.horizontal ? plot.right - plot.left : slot.to - slot.from}
            height={scene.horizontal ? slot.to - slot.from : plot.bottom - plot.top}
          />
        )}
        <g className="chart-grid">
          {scene.ticks.map((tick) =>
            scene.horizontal ? (
              <line key={tick.at} x1={tick.at} x2={tick.at} y1={plot.top} y2={plot.bottom} />
            ) : (
              <line key={tick.at} x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
            ),
          )}
        </g>
        <g className="chart-axis-labels">
          {scene.ticks.map((tick) => (
            <Label key={tick.at} mark={tick.label} />
          ))}
          {scene.categoryLabels.map((mark, i) => (
            <Label key={i} mark={mark} />
          ))}
        </g>
        {scene.areas.map((shape, i) => (
          <path key={i} d={shape.d} fill={shape.colour} fillOpacity={0.35} stroke="none" />
        ))}
        {scene.bars.map((bar) => (
          <path key={`${bar.series}-${bar.index}`} d={bar.d} fill={bar.colour} />
        ))}
        {scene.lines.map((shape, i) => (
          <path key={i} d={shape.d} fill="none" stroke={shape.colour} strokeWidth={2} />
        ))}
        {scene.points.map((point, i) => (
          <circle
            key={i}
            cx={point.x}
            cy={point.y}
            r={3.5}
            fill="#ffffff"
            stroke={point.colour}
            strokeWidth={2}
          />
        ))}
        <line
          className="chart-baseline"
          x1={scene.horizontal ? scene.zero : plot.left}
          x2={scene.horizontal ? scene.zero : plot.right}
          y1={scene.horizontal ? plot.top : scene.zero}
          y2={scene.horizontal ? plot.bottom : scene.zero}
        />
        {scene.marks.map((mark) => (
          <g key={mark.label.lines.join('')} className="chart-mark" fill={mark.colour}>
            <line
              x1={plot.left}
              x2={plot.right}
              y1={mark.at}
              y2={mark.at}
              stroke={mark.colour}
              strokeDasharray="5 4"
            />
            <Label mark={mark.label} />
          </g>
        ))}
        <g className="chart-value-labels">
          {scene.valueLabels.map((mark, i) => (
            <Label key={i} mark={mark} />
          ))}
        </g>
      </svg>
      {spec.legend === 'bottom' && legend}
      {pointer && rows.length > 0 && (
        <div
          className="chart-tooltip"
          aria-hidden="true"
          style={{
            top: pointer.y + 12,
            // On the side with more room, never wider than that room (no sideways scrolling).
            ...(pointer.x > pointer.width / 2
              ? { right: pointer.width - pointer.x + 12, maxWidth: Math.max(120, pointer.x - 12) }
              : { left: pointer.x + 12, maxWidth: Math.max(120, pointer.width - pointer.x - 12) }),
          }}
        >
          <strong>{spec.categories[pointer.index]}</strong>
          {rows.map((row) => (
            <span key={row.name} className="chart-tooltip-row">
              <span className="chart-swatch" style={{ background: row.colour }} />
              {row.name ? `${row.name}: ${row.text}` : row.text}
            </span>
          ))}
        </div>
      )}
    </>
  );
}
