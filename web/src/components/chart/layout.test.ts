import { describe, expect, it } from 'vitest';
import { formatMoneyShort, formatNumber, formatPercent } from '../../lib/format.ts';
import { layoutChart, shorten, textWidth, wrap, type TextMark } from './layout.ts';
import type { ChartSpec } from './spec.ts';

/** A phone's content width (375 px less the page's padding). */
const PHONE = 343;

/** The horizontal stretch a label covers, from its anchor and estimated width. */
function span(mark: TextMark): [number, number] {
  const width = Math.max(...mark.lines.map((l) => textWidth(l.trimEnd(), mark.size)));
  if (mark.rotate) return [mark.x - width * Math.SQRT1_2, mark.x];
  if (mark.anchor === 'start') return [mark.x, mark.x + width];
  if (mark.anchor === 'end') return [mark.x - width, mark.x];
  return [mark.x - width / 2, mark.x + width / 2];
}

function overlapping(marks: TextMark[]): boolean {
  const spans = marks.map(span).sort((a, b) => a[0] - b[0]);
  return spans.some((s, i) => i > 0 && s[0] < spans[i - 1]![1]);
}

const donors = [
  'United States',
  'Germany',
  'United Kingdom of Great Britain and Northern Ireland',
  'Denmark',
  'Netherlands',
];

const donorSpec = (locale: 'en' | 'fr'): ChartSpec => {
  const values = [66_500_000_000, 17_700_000_000, 15_100_000_000, 9_200_000_000, 6_000_000_000];
  return {
    kind: 'bar',
    horizontal: true,
    categories: donors,
    keys: ['US', 'DE', 'GB', 'DK', 'NL'],
    series: [
      {
        name: 'Value',
        values,
        colour: '#1f5fa8',
        labels: values.map((v) => formatMoneyShort(String(v), 'EUR', locale)),
      },
    ],
    format: (v) => formatMoneyShort(String(v), 'EUR', locale),
  };
};

describe('chart layout', () => {
  it('wraps at ordinary spaces only and reads back as the same text', () => {
    expect(wrap('€12.3bn (45)', 40)).toEqual(['€12.3bn ', '(45)']);
    expect(wrap('12,3\u00a0Md\u00a0€ (45)', 40).join('')).toBe('12,3\u00a0Md\u00a0€ (45)');
    expect(wrap('12,3\u00a0Md\u00a0€ (45)', 40)[0]).toBe('12,3\u00a0Md\u00a0€ ');
    expect(shorten('Germany', 200)).toBe('Germany');
    expect(shorten('United Kingdom of Great Britain', 80)).toMatch(/^United.*…$/);
  });

  it('draws donors largest first, names shortened on a phone with the full name kept, all inside the width', () => {
    const scene = layoutChart(donorSpec('en'), PHONE, 180);
    expect(scene.categoryLabels.map((l) => l.lines[0])).toContain('Germany');
    const long = scene.categoryLabels[2]!;
    expect(long.lines[0]).toMatch(/…$/);
    expect(long.title).toBe(donors[2]);
    // Bars go down in the order given, each ending where its value says.
    const ends = scene.bars.map((b) => Number(/H([\d.]+)/.exec(b.d)![1]));
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
    expect(scene.valueLabels.map((l) => l.lines[0])).toEqual(donorSpec('en').series[0]!.labels);
    const all = [...scene.categoryLabels, ...scene.valueLabels, ...scene.ticks.map((t) => t.label)];
    for (const mark of all) {
      const [from, to] = span(mark);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(PHONE);
    }
    expect(overlapping(scene.ticks.map((t) => t.label))).toBe(false);
    expect(scene.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('writes the ticks in the reader’s language', () => {
    const en = layoutChart(donorSpec('en'), 800, 180).ticks.map((t) => t.label.lines[0]);
    const fr = layoutChart(donorSpec('fr'), 800, 180).ticks.map((t) => t.label.lines[0]);
    expect(en).toContain(formatMoneyShort('20000000000', 'EUR', 'en'));
    expect(fr).toContain(formatMoneyShort('20000000000', 'EUR', 'fr'));
    expect(fr).toContain('20,0\u00a0Md\u00a0€');
  });

  it('keeps the pipeline’s stage names and figures readable on a phone', () => {
    const stages = ['Announced', 'Committed', 'Contracted', 'Delivering', 'Delivered', 'Cancelled'];
    const values = [4e9, 12e9, 9e9, 3e9, 30e9, 1e9];
    const labels = values.map((v, i) => `${formatMoneyShort(String(v), 'EUR', 'en')} (${i + 3})`);
    const spec: ChartSpec = {
      kind: 'bar',
      categories: stages,
      series: [{ name: 'Value', values, colour: '#1f5fa8', labels }],
      format: (v) => formatMoneyShort(String(v), 'EUR', 'en'),
    };
    const phone = layoutChart(spec, PHONE, 280);
    // Turned so the names stay whole and apart; the figures wrap above their bars.
    expect(phone.categoryLabels.map((l) => l.lines.join(''))).toEqual(stages);
    expect(phone.categoryLabels.every((l) => l.rotate === -45)).toBe(true);
    expect(phone.valueLabels.map((l) => l.lines.join(''))).toEqual(labels);
    for (const mark of phone.valueLabels) {
      const [from, to] = span(mark);
      expect(to - from).toBeLessThanOrEqual((phone.plot.right - phone.plot.left) / stages.length + 1);
    }
    // On a wide screen the names stand flat, side by side.
    const wide = layoutChart(spec, 900, 280);
    expect(wide.categoryLabels.every((l) => !l.rotate)).toBe(true);
    expect(overlapping(wide.categoryLabels)).toBe(false);
    expect(overlapping(wide.valueLabels)).toBe(false);
  });

  it('names every few months on a narrow chart, the latest always, and counts in whole numbers', () => {
    const months = Array.from({ length: 40 }, (_, i) => `Month ${String(i + 1).padStart(2, '0')}`);
    const spec: ChartSpec = {
      kind: 'bar',
      stacked: true,
      integers: true,
      categories: months,
      series: [
        { name: 'Donation', values: months.map((_, i) => i % 3), colour: '#1f5fa8' },
        { name: 'Pooled', values: months.map((_, i) => (i % 2 ? 1 : 0)), colour: '#0f766e' },
      ],
      format: (v) => formatNumber(v, 'en'),
    };
    const scene = layoutChart(spec, PHONE, 320);
    const shown = scene.categoryLabels;
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(months.length);
    expect(shown.at(-1)!.lines[0]).toBe('Month 40');
    expect(overlapping(shown)).toBe(false);
    expect(scene.ticks.every((t) => Number.isInteger(Number(t.label.lines[0])))).toBe(true);
    // A stack is as tall as its parts together: month 6 has 2 donations and 1 pooled.
    const heights = scene.bars
      .filter((b) => b.index === 5)
      .map((b) => {
        const [, y0, y1] = /M[\d.]+,([\d.]+)V([\d.]+)/.exec(b.d)!.map(Number);
        return y0! - y1!;
      });
    const unit = heights[0]! / 2;
    expect(heights[1]).toBeCloseTo(unit, 0);
  });

  it('draws target lines at their values with their labels, on an axis reaching 5.5 %', () => {
    const spec: ChartSpec = {
      kind: 'line',
      points: true,
      max: 5.5,
      categories: ['2022', '2023', '2024', '2025'],
      series: [{ name: 'Defence', values: [1.4, 1.6, 2.1, 2.4], colour: '#1f5fa8' }],
      format: (v) => formatPercent(String(v), 'fr'),
      marks: ['2', '3.5', '5'].map((v) => ({
        value: Number(v),
        label: formatPercent(v, 'fr'),
        colour: '#a61b1b',
      })),
    };
    const scene = layoutChart(spec, PHONE, 280);
    expect(scene.marks.map((m) => m.label.lines[0])).toEqual(['2\u00a0%', '3,5\u00a0%', '5\u00a0%']);
    const [two, , five] = scene.marks.map((m) => m.at);
    // Five is 2.5 times as high above the baseline as two.
    expect((scene.zero - five!) / (scene.zero - two!)).toBeCloseTo(2.5, 1);
    expect(scene.points).toHaveLength(4);
    expect(scene.ticks.at(-1)!.label.lines[0]).toBe('5\u00a0%');
    for (const mark of scene.marks) expect(span(mark.label)[1]).toBeLessThanOrEqual(PHONE);
  });
});
