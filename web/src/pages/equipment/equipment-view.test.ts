import { describe, expect, it } from 'vitest';
import {
  equipmentCsvRows,
  equipmentViewHref,
  readEquipmentView,
  sortSystems,
  type SystemRow,
} from './equipment-view.ts';

const system = (equipment: string | null, committed: string, delivered: string): SystemRow => ({
  equipment,
  name: equipment,
  category: 'air_defence',
  unit: 'system',
  commitments: 1,
  lines: 1,
  committed,
  delivered,
  unquantified: 0,
  approximate: 0,
  cancelled: 0,
  donors: ['DE', 'US'],
});

describe('equipment view', () => {
  it('orders by quantity exactly, then by name', () => {
    const rows = [
      system('a', '9007199254740993', '1'),
      system('b', '9007199254740992', '5'),
      system('c', '10', '5'),
    ];
    const label = (s: SystemRow) => s.name ?? '';
    expect(sortSystems(rows, 'committed', label).map((s) => s.equipment)).toEqual(['a', 'b', 'c']);
    expect(sortSystems(rows, 'delivered', label).map((s) => s.equipment)).toEqual(['b', 'c', 'a']);
    expect(equipmentCsvRows(rows.slice(0, 1), label)[1]).toEqual([
      'air_defence',
      'a',
      'a',
      'system',
      '9007199254740993',
      '1',
      '1',
      '0',
      '0',
      '0',
      'DE US',
    ]);
  });

  it('keeps category and order in the address, ignoring anything else', () => {
    const view = readEquipmentView(new URLSearchParams('category=air_defence&sort=name'));
    expect(equipmentViewHref(view)).toBe('/equipment?category=air_defence&sort=name');
    expect(readEquipmentView(new URLSearchParams('category=<x>&sort=price'))).toEqual({
      category: null,
      sort: 'committed',
    });
  });
});
