/** The equipment view in the address bar (category, order), its ordering and its CSV rows. Pure. */
import { query } from '../../api/client.ts';
import type { EquipmentReport } from '../../api/types.ts';

export const equipmentSorts = ['committed', 'delivered', 'name'] as const;
export type EquipmentSort = (typeof equipmentSorts)[number];
export type SystemRow = EquipmentReport['systems'][number];

export interface EquipmentView {
  category: string | null;
  sort: EquipmentSort;
}

export function readEquipmentView(search: URLSearchParams): EquipmentView {
  const category = search.get('category') ?? '';
  const sort = search.get('sort') as EquipmentSort;
  return {
    category: /^[a-z_]{2,40}$/.test(category) ? category : null,
    sort: equipmentSorts.includes(sort) ? sort : 'committed',
  };
}

export const equipmentViewHref = (view: EquipmentView): string =>
  `/equipment${query({ category: view.category, sort: view.sort === 'committed' ? null : view.sort })}`;

/** Quantities are whole numbers as strings: compared as BigInt, never as floats. */
export function sortSystems(
  systems: readonly SystemRow[],
  sort: EquipmentSort,
  label: (s: SystemRow) => string,
) {
  const byName = (a: SystemRow, b: SystemRow) => label(a).localeCompare(label(b));
  return [...systems].sort((a, b) => {
    if (sort === 'name') return byName(a, b);
    const x = BigInt(a[sort]);
    const y = BigInt(b[sort]);
    return x === y ? byName(a, b) : x > y ? -1 : 1;
  });
}

export function equipmentCsvRows(systems: readonly SystemRow[], label: (s: SystemRow) => string): string[][] {
  return [
    [
      'category',
      'equipment',
      'name',
      'unit',
      'committed',
      'delivered',
      'commitments',
      'lines_without_quantity',
      'approximate_lines',
      'cancelled_commitments',
      'donors',
    ],
    ...systems.map((s) => [
      s.category,
      s.equipment ?? '',
      label(s),
      s.unit ?? '',
      s.committed,
      s.delivered,
      String(s.commitments),
      String(s.unquantified),
      String(s.approximate),
      String(s.cancelled),
      s.donors.join(' '),
    ]),
  ];
}
