/**
 * The flat tables of the CSV and XLSX exports: one table per record kind and one per repeated
 * part (lines, events, funders, source links), each column with the codec that turns a field into
 * a cell and back. An empty cell is an absent field; lists of party codes are joined by `;`;
 * nested values (aliases, alternative amounts, substitutions) are JSON text.
 */
/** `decimal`: an exact amount in major units, kept as its decimal text. */
export type Codec = 'text' | 'decimal' | 'number' | 'bool' | 'codes' | 'json';
export type Column = readonly [name: string, codec: Codec];

/** A money object flattened into `<field>_amount`, `_currency`, `_qualifier` (and `_value_date`). */
export const moneyColumns = (field: string, withDate: boolean): Column[] => [
  [`${field}_amount`, 'decimal'],
  [`${field}_currency`, 'text'],
  [`${field}_qualifier`, 'text'],
  ...(withDate ? [[`${field}_value_date`, 'text'] as const] : []),
];

const owned: Column[] = [
  ['confidence', 'text'],
  ['visibility', 'text'],
  ['owner_party', 'text'],
];

export const tableColumns = {
  equipment: [
    ['id', 'text'],
    ['name', 'text'],
    ['category', 'text'],
    ['unit', 'text'],
    ['origin', 'text'],
    ['manufacturer', 'text'],
    ['aliases', 'json'],
    ['indicative_unit_value', 'json'],
    ['note', 'text'],
  ],
  meetings: [
    ['id', 'text'],
    ['kind', 'text'],
    ['number', 'number'],
    ['status', 'text'],
    ['date', 'text'],
    ['end_date', 'text'],
    ['place', 'text'],
    ['country', 'text'],
    ['format', 'text'],
    ['chairs', 'codes'],
    ['parties', 'codes'],
    ['participants_count', 'number'],
    ['participants_qualifier', 'text'],
    ['substitutions', 'json'],
    ['notes', 'text'],
    ...owned,
  ],
  packages: [
    ['id', 'text'],
    ['name', 'text'],
    ['mechanism', 'text'],
    ...moneyColumns('value', false),
    ['value_alt', 'json'],
    ['supplier', 'text'],
    ['contents_summary', 'text'],
    ['announced_on', 'text'],
    ['status', 'text'],
    ['note', 'text'],
    ...owned,
  ],
  package_funders: [
    ['package_id', 'text'],
    ['position', 'number'],
    ['party', 'text'],
    ['amount', 'decimal'],
    ['currency', 'text'],
    ['qualifier', 'text'],
    ['commitment_id', 'text'],
  ],
  commitments: [
    ['id', 'text'],
    ['donor', 'text'],
    ['co_donors', 'codes'],
    ['recipient', 'text'],
    ['mode', 'text'],
    ['supplier', 'text'],
    ['supplier_party', 'text'],
    ['package', 'text'],
    ...moneyColumns('money', true),
    ['money_alt', 'json'],
    ['announced_on', 'text'],
    ['announced_at', 'text'],
    ['replenishes', 'text'],
    ['note', 'text'],
    ...owned,
  ],
  commitment_lines: [
    ['commitment_id', 'text'],
    ['line', 'number'],
    ['equipment', 'text'],
    ['category', 'text'],
    ['quantity', 'number'],
    ['quantity_qualifier', 'text'],
  ],
  commitment_events: [
    ['commitment_id', 'text'],
    ['seq', 'number'],
    ['kind', 'text'],
    ['status', 'text'],
    ['date', 'text'],
    ['planned_on', 'text'],
    ['line', 'number'],
    ['quantity', 'number'],
    ['increase', 'bool'],
    ['until', 'text'],
    ['corrects', 'number'],
    ['source', 'text'],
    ['note', 'text'],
  ],
  claims: [
    ['id', 'text'],
    ['subject', 'text'],
    ['party', 'text'],
    ['measure', 'text'],
    ['amount', 'decimal'],
    ['currency', 'text'],
    ['qualifier', 'text'],
    ['amount_alt', 'json'],
    ['as_of', 'text'],
    ['claimed_by', 'text'],
    ['note', 'text'],
    ...owned,
  ],
  targets: [
    ['id', 'text'],
    ['name', 'text'],
    ['metric', 'text'],
    ['value', 'number'],
    ['unit', 'text'],
    ['qualifier', 'text'],
    ['deadline_year', 'number'],
    ['deadline_text', 'text'],
    ['components', 'json'],
    ['agreed_at', 'text'],
    ['agreed_on', 'text'],
    ['country', 'text'],
    ['details', 'text'],
    ['confidence', 'text'],
  ],
  sources: [
    ['id', 'text'],
    ['url', 'text'],
    ['publisher', 'text'],
    ['language', 'text'],
    ['published_on', 'text'],
    ['title', 'text'],
    ['visibility', 'text'],
    ['owner_party', 'text'],
  ],
  record_sources: [
    ['record_type', 'text'],
    ['record_id', 'text'],
    ['position', 'number'],
    ['source_id', 'text'],
    ['url', 'text'],
    ['evidence_start', 'number'],
    ['evidence_end', 'number'],
    ['quote', 'text'],
  ],
  source_texts: [
    ['source_id', 'text'],
    ['part', 'number'],
    ['text', 'text'],
  ],
  people: [
    ['id', 'text'],
    ['given_name', 'text'],
    ['family_name', 'text'],
    ['aliases', 'json'],
    ['role', 'text'],
    ['title', 'text'],
    ['party', 'text'],
    ['from', 'text'],
    ['to', 'text'],
    ['notes', 'text'],
    ...owned,
  ],
  policy_events: [
    ['id', 'text'],
    ['kind', 'text'],
    ['party', 'text'],
    ['target_party', 'text'],
    ['title', 'text'],
    ['announced_on', 'text'],
    ['starts_on', 'text'],
    ['ends_on', 'text'],
    ['due_in_days', 'number'],
    ['due_on', 'text'],
    ['chairs', 'codes'],
    ['meeting', 'text'],
    ['notes', 'text'],
    ...owned,
  ],
  requirement_editions: [
    ['list_id', 'text'],
    ['edition', 'number'],
    ['recipient', 'text'],
    ['title', 'text'],
    ['issued_on', 'text'],
    ['note', 'text'],
    ['visibility', 'text'],
    ['owner_party', 'text'],
    ['sources', 'json'],
  ],
  requirements: [
    ['list_id', 'text'],
    ['edition', 'number'],
    ['key', 'text'],
    ['capability', 'text'],
    ['equipment', 'text'],
    ['category', 'text'],
    ['quantity', 'number'],
    ['unit', 'text'],
    ['priority', 'number'],
    ['needed_by', 'text'],
    ['status', 'text'],
    ['notes', 'text'],
    ['visibility', 'text'],
  ],
  requirement_links: [
    ['list_id', 'text'],
    ['edition', 'number'],
    ['key', 'text'],
    ['commitment', 'text'],
    ['line', 'number'],
    ['quantity', 'number'],
    ['note', 'text'],
  ],
  meeting_records: [
    ['meeting', 'text'],
    ['attendance', 'json'],
    ['decisions', 'json'],
  ],
  editions: [
    ['id', 'text'],
    ['dataset', 'text'],
    ['publisher', 'text'],
    ['title', 'text'],
    ['release', 'text'],
    ['layout', 'text'],
    ['cut_off', 'text'],
    ['published_on', 'text'],
    ['published_basis', 'text'],
    ['attribution', 'text'],
    ['url', 'text'],
    ['content_sha256', 'text'],
  ],
  edition_files: [
    ['edition_id', 'text'],
    ['name', 'text'],
    ['sha256', 'text'],
    ['row_count', 'number'],
  ],
  edition_figures: [
    ['edition_id', 'text'],
    ['seq', 'number'],
    ['file', 'text'],
    ['party', 'text'],
    ['donor_name', 'text'],
    ['period', 'text'],
    ['series', 'text'],
    ['amount', 'decimal'],
    ['currency', 'text'],
    ['count', 'number'],
    ['ratio', 'decimal'],
    ['label', 'text'],
  ],
  edition_activities: [
    ['edition_id', 'text'],
    ['seq', 'number'],
    ['party', 'text'],
    ['donor_name', 'text'],
    ['date', 'text'],
    ['month_index', 'number'],
    ['aid_type', 'text'],
    ['measure', 'text'],
    ['amount', 'decimal'],
    ['currency', 'text'],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof tableColumns;
export const tableNames = Object.keys(tableColumns) as TableName[];

export function encodeCell(value: unknown, codec: Codec): string {
  if (value === null || value === undefined) return '';
  switch (codec) {
    case 'codes':
      return (value as string[]).join(';');
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** The field value of a cell; undefined for an empty cell (an absent field). */
export function decodeCell(cell: string, codec: Codec, where: string): unknown {
  if (cell === '') return codec === 'codes' ? [] : undefined;
  switch (codec) {
    case 'text':
    case 'decimal':
      return cell;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`${where}: expected a number, got "${cell}"`);
      return Number(cell);
    case 'bool':
      if (cell !== 'true' && cell !== 'false') throw new Error(`${where}: expected true or false`);
      return cell === 'true';
    case 'codes':
      return cell.split(';');
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        throw new Error(`${where}: expected JSON text`);
      }
  }
}
