/** The difference between two editions of a requirements list, requirement by requirement (by key). */

export interface RequirementFields {
  key: string;
  capability: string;
  equipment: string | null;
  category: string | null;
  quantity: number | null;
  unit: string | null;
  priority: number;
  needed_by: string | null;
  status: string;
  notes: string | null;
  visibility: string;
}

export interface FieldChange {
  field: keyof RequirementFields;
  from: RequirementFields[keyof RequirementFields];
  to: RequirementFields[keyof RequirementFields];
}

export interface EditionDiff<R extends RequirementFields = RequirementFields> {
  added: R[];
  removed: R[];
  changed: { key: string; changes: FieldChange[] }[];
  unchanged: number;
}

const compared: (keyof RequirementFields)[] = [
  'capability',
  'equipment',
  'category',
  'quantity',
  'unit',
  'priority',
  'needed_by',
  'status',
  'notes',
  'visibility',
];

export function diffEditions<R extends RequirementFields>(
  before: readonly R[],
  after: readonly R[],
): EditionDiff<R> {
  const old = new Map(before.map((r) => [r.key, r]));
  const now = new Map(after.map((r) => [r.key, r]));
  const diff: EditionDiff<R> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const r of after) {
    const was = old.get(r.key);
    if (!was) {
      diff.added.push(r);
      continue;
    }
    const changes = compared
      .filter((field) => was[field] !== r[field])
      .map((field) => ({ field, from: was[field], to: r[field] }));
    if (changes.length) diff.changed.push({ key: r.key, changes });
    else diff.unchanged++;
  }
  for (const r of before) if (!now.has(r.key)) diff.removed.push(r);
  return diff;
}
