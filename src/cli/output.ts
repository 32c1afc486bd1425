/** Plain-text tables and JSON for the terminal. */
export type Cell = string | number | bigint | boolean | null | undefined;

export function formatTable(rows: readonly Record<string, Cell>[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  const numeric = cols.map((c) => rows.length > 0 && rows.every((r) => /^-?[\d.,]*%?$/.test(text(r[c]))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(cols),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => text(r[c])))),
  ].join('\n');
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
