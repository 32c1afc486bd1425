/**
 * What a chart shows, independent of how it is drawn: categories along one axis, one or more
 * series of numbers (display only: exact figures stay decimal strings in labels and tables), and
 * how values read in the reader's language.
 */

export interface ChartSeries {
  /** Legend and tooltip name, in the reader's language. */
  name: string;
  /** One value per category; null draws nothing there. */
  values: readonly (number | null)[];
  colour: string;
  /** A colour per category, when the bars of one series differ (pipeline stages). */
  colours?: readonly (string | undefined)[];
  /** Text drawn beside each bar (the exact figure), also used by the tooltip. */
  labels?: readonly (string | undefined)[];
}

export interface ChartMark {
  /** A reference line across the chart at this value (a target). */
  value: number;
  label: string;
  colour: string;
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  /** Bars only: categories down the side, bars growing to the right. */
  horizontal?: boolean;
  /** Series add up (stacked bars, or stacked areas for lines); otherwise bars stand side by side. */
  stacked?: boolean;
  /** Category labels, in order (months, stages, donors' names). */
  categories: readonly string[];
  /** What a selected category hands to `onSelect` (a donor code); defaults to its label. */
  keys?: readonly string[];
  series: readonly ChartSeries[];
  /** A value as the value axis and the tooltip write it ("€1.2bn", "2 %"). */
  format: (value: number) => string;
  /** Only whole-number ticks (counts). */
  integers?: boolean;
  /** The value axis reaches at least this far. */
  max?: number;
  marks?: readonly ChartMark[];
  /** Where the legend of the series goes; none when absent. */
  legend?: 'top' | 'bottom';
  /** Lines only: a dot at each value. */
  points?: boolean;
}
