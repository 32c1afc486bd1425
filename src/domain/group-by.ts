/** Items grouped by a key, in their order (Map.groupBy arrives only with Node 21). */
export function groupBy<T, V = T>(
  items: Iterable<T>,
  key: (item: T) => string,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}
