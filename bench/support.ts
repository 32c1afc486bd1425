/** Small helpers shared by the benchmarks: timing, medians and a uniform report line. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export function report(name: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`);
  process.stdout.write(`${name.padEnd(34)} ${parts.join('  ')}\n`);
}

const round = (v: number) =>
  Number.isInteger(v) || Math.abs(v) >= 100 ? Math.round(v).toString() : v.toFixed(2);
