/**
 * Where every bar, line, axis label and tick of a chart goes at a given size: a pure function of
 * the chart's spec (d3 for scales and path geometry only), drawn by ChartDrawing as plain SVG.
 * Labels are sized so that they stay readable on a 375 px phone: category labels wrap, turn or
 * thin out, long names are shortened (the full name stays in a title), ticks never overlap.
 */
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line, stack, stackOffsetDiverging } from 'd3-shape';
import type { ChartSpec } from './spec.ts';

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 14;
const GAP = 6;
/** From a label's vertical middle to its baseline. */
const MIDDLE = Math.round(FONT_SIZE * 0.35);

export interface TextMark {
  x: number;
  /** The baseline of the first line. */
  y: number;
  /** One or more lines; every line but the last ends with the space it was broken at. */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  /** Degrees, about (x, y). */
  rotate?: number;
  /** The full text, when the label had to be shortened. */
  title?: string;
  /** A smaller font size, when a figure is a little wider than its bar's room. */
  size?: number;
}

export interface BarMark {
  d: string;
  colour: string;
  series: number;
  index: number;
}

export interface PathMark {
  d: string;
  colour: string;
}

export interface Scene {
  width: number;
  height: number;
  horizontal: boolean;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The value axis: a grid line and a label per tick. */
  ticks: { at: number; label: TextMark }[];
  /** Where the value zero lies (the baseline of the bars). */
  zero: number;
  categoryLabels: TextMark[];
  bars: BarMark[];
  areas: PathMark[];
  lines: PathMark[];
  points: { x: number; y: number; colour: string }[];
  valueLabels: TextMark[];
  marks: { at: number; colour: string; label: TextMark }[];
  /** Each category's stretch along its axis, for pointing at it. */
  slots: { from: number; to: number }[];
}

/** The width of a text at FONT_SIZE, in pixels (measured in the page, or estimated). */
export type Measure = (text: string) => number;

/**
 * An estimate of the width of a text in a sans-serif font, in pixels: close enough to keep labels
 * apart where nothing can measure them (the page measures them with its own font).
 */
export function textWidth(text: string, size = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (" \u00a0\u202f.,:;!|()[]'’ilIjtf1".includes(ch)) em += 0.32;
    else if ('mwMW%@€—'.includes(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * size;
}

/** The text cut to fit `width` with an ellipsis; unchanged when it fits. */
export function shorten(text: string, width: number, measure: Measure = textWidth): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * The text broken at ordinary spaces into lines no wider than `width` where words allow (no-break
 * spaces, as in "12,3 Md €", hold). Every line but the last keeps its space, so the lines read
 * back as the same text.
 */
export function wrap(text: string, width: number, measure: Measure = textWidth): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push(`${current} `);
      current = word;
    } else current = candidate;
  }
  lines.push(current);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);

/** The value extent the bars, lines and marks need, zero included. */
function extent(spec: ChartSpec, stacked: [number, number][][]): [number, number] {
  const values = stacked.length
    ? stacked.flatMap((layer) => layer.flatMap((d) => [d[0], d[1]]))
    : spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const marks = (spec.marks ?? []).map((m) => m.value);
  let low = Math.min(0, min([...values, ...marks]) ?? 0);
  let high = Math.max(0, max([...values, ...marks, spec.max ?? 0]) ?? 0);
  if (spec.integers) high = Math.max(high, 1);
  if (high === low) high = low + 1;
  if (!Number.isFinite(low)) low = 0;
  return [low, high];
}

/** A value scale over `range` with ticks `spacing` px apart at least, each label fitting its room. */
function valueScale(
  spec: ChartSpec,
  domain: [number, number],
  range: [number, number],
  fits: (labels: string[], scale: ScaleLinear<number, number>, ticks: number[]) => boolean,
  spacing: number,
): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const length = Math.abs(range[1] - range[0]);
  const most = Math.max(2, Math.floor(length / spacing));
  const scale = scaleLinear().domain(domain).range(range);
  // A fixed top (a 5.5 % axis) is kept as given; otherwise the axis ends on a round value close
  // above the largest value, whatever number of ticks is then labelled.
  if (!(spec.max !== undefined && spec.max >= domain[1])) scale.nice(Math.max(most, 5));
  let ticks: number[] = [];
  for (let count = most; count >= 1; count--) {
    ticks = scale.ticks(count);
    if (spec.integers) ticks = ticks.filter((t) => Number.isInteger(t));
    if (
      fits(
        ticks.map((t) => spec.format(t)),
        scale,
        ticks,
      )
    )
      break;
  }
  return { scale, ticks };
}

export function layoutChart(
  spec: ChartSpec,
  width: number,
  height: number,
  measure: Measure = textWidth,
): Scene {
  const n = spec.categories.length;
  const horizontal = spec.kind === 'bar' && !!spec.horizontal;
  const rows = spec.categories.map((_, i) => spec.series.map((s) => s.values[i] ?? 0));
  const stacked =
    spec.stacked && spec.series.length > 0
      ? stack<number[], number>()
          .keys(spec.series.map((_, i) => i))
          .value((row, key) => row[key] ?? 0)
          .offset(stackOffsetDiverging)(rows)
          .map((layer) => layer.map((d) => [d[0], d[1]] as [number, number]))
      : [];
  const domain = extent(spec, stacked);
  const labelled = spec.series.some((s) => s.labels);
  const scene: Scene = {
    width,
    height,
    horizontal,
    plot: { left: 0, top: 0, right: width, bottom: height },
    ticks: [],
    zero: 0,
    categoryLabels: [],
    bars: [],
    areas: [],
    lines: [],
    points: [],
    valueLabels: [],
    marks: [],
    slots: [],
  };
  if (n === 0 || width <= 0) return scene;

  const valueLabel = (s: number, i: number) => spec.series[s]?.labels?.[i];
  const markWidth = max((spec.marks ?? []).map((m) => measure(m.label))) ?? 0;

  if (horizontal) {
    // Names down the left (shortened past a third of the width), values along the bottom.
    const names = spec.categories.map((c) => measure(c));
    const nameRoom = Math.min(max(names) ?? 0, Math.max(64, width * 0.34));
    const labelRoom = labelled
      ? (max(spec.series.flatMap((s) => (s.labels ?? []).map((l) => measure(l ?? '')))) ?? 0) + GAP
      : 0;
    const plot = {
      left: nameRoom + GAP + 2,
      top: 4,
      right: width - Math.max(12, labelRoom + 4),
      bottom: height - (LINE_HEIGHT + 8),
    };
    const { scale, ticks } = valueScale(
      spec,
      domain,
      [plot.left, plot.right],
      (labels, s, at) => {
        const step = at.length > 1 ? Math.abs(s(at[1]!) - s(at[0]!)) : Infinity;
        return (max(labels.map((l) => measure(l))) ?? 0) + 2 * GAP <= step;
      },
      70,
    );
    const band = scaleBand<number>()
      .domain(spec.categories.map((_, i) => i))
      .range([plot.top, plot.bottom])
      .paddingInner(0.25)
      .paddingOuter(0.15);
    scene.plot = plot;
    scene.zero = round(scale(0));
    scene.ticks = ticks.map((t) => {
      const at = round(scale(t));
      const text = spec.format(t);
      const half = measure(text) / 2;
      return {
        at,
        label: {
          x: round(clamp(at, half, width - half)),
          y: plot.bottom + LINE_HEIGHT,
          lines: [text],
          anchor: 'middle',
        },
      };
    });
    scene.categoryLabels = spec.categories.map((c, i) => {
      const short = shorten(c, nameRoom, measure);
      return {
        x: plot.left - GAP,
        y: round(band(i)! + band.bandwidth() / 2 + MIDDLE),
        lines: [short],
        anchor: 'end',
        ...(short !== c ? { title: c } : {}),
      };
    });
    scene.slots = spec.categories.map((_, i) => ({
      from: round(band(i)! - (band.step() - band.bandwidth()) / 2),
      to: round(band(i)! + band.bandwidth() + (band.step() - band.bandwidth()) / 2),
    }));
    const inner = scaleBand<number>()
      .domain(spec.series.map((_, s) => s))
      .range([0, band.bandwidth()])
      .paddingInner(spec.stacked ? 0 : 0.1);
    spec.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        if (value === null || i >= n) return;
        const [v0, v1] = spec.stacked ? stacked[s]![i]! : [0, value];
        const y = spec.stacked ? band(i)! : band(i)! + inner(s)!;
        const h = spec.stacked ? band.bandwidth() : inner.bandwidth();
        const x0 = scale(Math.min(v0, v1));
        const x1 = scale(Math.max(v0, v1));
        scene.bars.push({
          d: `M${round(x0)},${round(y)}H${round(x1)}V${round(y + h)}H${round(x0)}Z`,
          colour: series.colours?.[i] ?? series.colour,
          series: s,
          index: i,
        });
        const label = valueLabel(s, i);
        if (label)
          scene.valueLabels.push({
            x: round(scale(Math.max(v0, v1)) + 4),
            y: round(y + h / 2 + MIDDLE),
            lines: [label],
            anchor: 'start',
          });
      });
    });
    return scene;
  }

  // Categories along the bottom, values up the left.
  const labelW = spec.categories.map((c) => measure(c));
  const right = Math.max(14, markWidth ? markWidth + GAP + 4 : 0);
  const guess = valueScale(spec, domain, [height - 40, 12], () => true, 40);
  const tickRoom = (ticks: number[]) => (max(ticks.map((t) => measure(spec.format(t)))) ?? 0) + GAP + 2;
  let left = tickRoom(guess.ticks);
  let room = (width - left - right) / n;

  // Category labels: side by side (wrapped in up to two lines) when they fit, else turned for a
  // few categories, else every k-th one for many (months).
  const wrapped = spec.categories.map((c) => wrap(c, room - 4, measure));
  let mode: 'flat' | 'turned' | 'thinned' = 'flat';
  let step = 1;
  if (!wrapped.every((ls) => ls.length <= 2 && ls.every((l) => measure(l.trimEnd()) <= room - 4))) {
    if (n <= 12) mode = 'turned';
    else {
      mode = 'thinned';
      step = Math.ceil(((max(labelW) ?? 0) + 2 * GAP) / Math.max(1, room));
    }
  }
  const turnedMax = 110;
  const bottomRoom =
    mode === 'flat'
      ? (max(wrapped.map((ls) => ls.length)) ?? 1) * LINE_HEIGHT + 6
      : mode === 'turned'
        ? Math.min(turnedMax, max(labelW) ?? 0) * Math.SQRT1_2 + LINE_HEIGHT
        : LINE_HEIGHT + 6;

  // Bar labels above the bars, wrapped to the bar's room.
  const labelLines = labelled
    ? (max(
        spec.series.flatMap((s) =>
          (s.labels ?? []).map((l) => (l ? wrap(l, Math.max(room - 2, 40), measure).length : 0)),
        ),
      ) ?? 0)
    : 0;
  const top = labelled ? labelLines * LINE_HEIGHT + 6 : 10;
  const plotBottom = height - bottomRoom - 4;
  const { scale, ticks } = valueScale(spec, domain, [plotBottom, top], () => true, 40);
  left = Math.max(left, tickRoom(ticks));
  room = (width - left - right) / n;
  const plot = { left, top, right: width - right, bottom: plotBottom };
  scene.plot = plot;
  scene.zero = round(scale(0));
  scene.ticks = ticks.map((t) => ({
    at: round(scale(t)),
    label: { x: left - GAP, y: round(scale(t) + MIDDLE), lines: [spec.format(t)], anchor: 'end' },
  }));

  const band = scaleBand<number>()
    .domain(spec.categories.map((_, i) => i))
    .range([plot.left, plot.right])
    .paddingInner(spec.kind === 'bar' ? 0.25 : 0)
    .paddingOuter(spec.kind === 'bar' ? 0.15 : 0);
  const centre = (i: number) => band(i)! + band.bandwidth() / 2;
  scene.slots = spec.categories.map((_, i) => ({
    from: round(band(i)! - (band.step() - band.bandwidth()) / 2),
    to: round(band(i)! + band.bandwidth() + (band.step() - band.bandwidth()) / 2),
  }));

  scene.categoryLabels = spec.categories.flatMap((c, i): TextMark[] => {
    const x = centre(i);
    const y = plot.bottom + LINE_HEIGHT;
    if (mode === 'turned') {
      const short = shorten(c, Math.min(turnedMax, x / Math.SQRT1_2 - 4), measure);
      return [
        {
          x: round(x),
          y: y - 4,
          lines: [short],
          anchor: 'end',
          rotate: -45,
          ...(short !== c ? { title: c } : {}),
        },
      ];
    }
    if (mode === 'thinned') {
      // Every step-th month, counted back from the last so the latest month is always named.
      if ((n - 1 - i) % step !== 0) return [];
      const half = measure(c) / 2;
      return [{ x: round(clamp(x, half, width - half)), y, lines: [c], anchor: 'middle' }];
    }
    const lines = wrap(c, room - 4, measure);
    const half = (max(lines.map((l) => measure(l))) ?? 0) / 2;
    return [{ x: round(clamp(x, half, width - half)), y, lines, anchor: 'middle' }];
  });

  if (spec.kind === 'bar') {
    const inner = scaleBand<number>()
      .domain(spec.series.map((_, s) => s))
      .range([0, band.bandwidth()])
      .paddingInner(spec.stacked ? 0 : 0.1);
    // Figures a little wider than their bar's room are all set a size smaller, alike.
    const widest =
      max(
        spec.series.flatMap((series) =>
          (series.labels ?? []).flatMap((l) =>
            l ? wrap(l, Math.max(room - 2, 40), measure).map((line) => measure(line.trimEnd())) : [],
          ),
        ),
      ) ?? 0;
    const labelSize =
      widest > room - 2 ? Math.max(10, Math.floor((FONT_SIZE * (room - 2)) / widest)) : undefined;
    spec.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        if (value === null || i >= n) return;
        const [v0, v1] = spec.stacked ? stacked[s]![i]! : [0, value];
        if (v0 === v1 && spec.stacked) return;
        const x = spec.stacked ? band(i)! : band(i)! + inner(s)!;
        const w = spec.stacked ? band.bandwidth() : inner.bandwidth();
        const y0 = scale(Math.min(v0, v1));
        const y1 = scale(Math.max(v0, v1));
        scene.bars.push({
          d: `M${round(x)},${round(y0)}V${round(y1)}H${round(x + w)}V${round(y0)}Z`,
          colour: series.colours?.[i] ?? series.colour,
          series: s,
          index: i,
        });
        const label = valueLabel(s, i);
        if (label) {
          const lines = wrap(label, Math.max(room - 2, 40), measure);
          scene.valueLabels.push({
            x: round(x + w / 2),
            y: round(y1 - 4 - (lines.length - 1) * LINE_HEIGHT),
            lines,
            anchor: 'middle',
            ...(labelSize ? { size: labelSize } : {}),
          });
        }
      });
    });
  } else if (spec.stacked) {
    const shape = area<[number, number]>()
      .x((_, i) => centre(i))
      .y0((d) => scale(d[0]))
      .y1((d) => scale(d[1]));
    const top = line<[number, number]>()
      .x((_, i) => centre(i))
      .y((d) => scale(d[1]));
    spec.series.forEach((series, s) => {
      const layer = stacked[s]!;
      scene.areas.push({ d: shape(layer) ?? '', colour: series.colour });
      scene.lines.push({ d: top(layer) ?? '', colour: series.colour });
    });
  } else {
    const path = line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => centre(i))
      .y((v) => scale(v ?? 0));
    spec.series.forEach((series) => {
      scene.lines.push({ d: path([...series.values]) ?? '', colour: series.colour });
      if (spec.points)
        series.values.forEach((v, i) => {
          if (v !== null)
            scene.points.push({ x: round(centre(i)), y: round(scale(v)), colour: series.colour });
        });
    });
  }

  scene.marks = (spec.marks ?? []).map((mark) => ({
    at: round(scale(mark.value)),
    colour: mark.colour,
    label: { x: plot.right + 4, y: round(scale(mark.value) + MIDDLE), lines: [mark.label], anchor: 'start' },
  }));
  return scene;
}
