/** The exact median of whole numbers as a decimal string ("12" or "12.5"); null for none. */
export function medianDays(values: readonly number[]): string | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return String(sorted[mid]);
  const twice = sorted[mid - 1]! + sorted[mid]!;
  if (twice % 2 === 0) return String(twice / 2);
  return `${twice < 0 ? '-' : ''}${(Math.abs(twice) - 1) / 2}.5`;
}
