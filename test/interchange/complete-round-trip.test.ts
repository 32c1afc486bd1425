/**
 * Every record kind through every format: the demo ledger plus records that test the edges
 * (several lines, mixed currencies, a restricted record, a source text in non-Latin scripts
 * longer than a spreadsheet cell, two editions of a requirements list with links, a meeting
 * record, an edition of a data set with its figures). Export → import into an empty ledger →
 * export gives the same bytes as JSON, CSV and XLSX; an export holds only what its reader may see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger, ledgerJson, type LedgerExport } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { fromTables, toTables } from '../../src/app/interchange/ledger-tables.ts';
import { readXlsx, writeCsvFolder, writeXlsx } from '../../src/app/interchange/table-files.ts';
import { contentHash } from '../../src/domain/editions/kiel.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

// Cyrillic, Japanese and a character outside the BMP (two UTF-16 units) right at a part boundary.
const longText =
  'Київ, 1 березня. Міністр оборони заявив… 東京でも報道された。 '.padEnd(31_999, 'щ') +
  '😀' +
  ' Кінець статті: «=SUM(A1)» — ' +
  'ї'.repeat(40_000);

const files = [{ name: 'table.csv', sha256: 'a'.repeat(64), row_count: 4 }];

const fixture = (meeting: string) => ({
  sources: [
    {
      id: 'src-uk-article',
      url: null,
      publisher: 'Укрінформ',
      language: 'uk',
      published_on: '2024-03-01',
      title: 'Тест — 日本語 😀',
      visibility: 'coalition',
      text: longText,
    },
  ],
  commitments: [
    {
      id: 'pl-restricted-mix',
      donor: 'PL',
      recipient: 'UA',
      mode: 'donation',
      items: [
        { equipment: 'gepard', quantity: 3, quantity_qualifier: 'exact' },
        { category: 'munitions', quantity: 1000, quantity_qualifier: 'at_least' },
        { equipment: 'patriot', quantity: 1, quantity_qualifier: 'about' },
      ],
      money: { amount: '1250000.50', currency: 'PLN', qualifier: 'exact', value_date: '2024-03-01' },
      money_alt: [{ amount: '290000', currency: 'EUR', qualifier: 'about' }],
      announced_on: '2024-03-01',
      note: '-5 left over, =HYPERLINK("http://example.invalid")',
      visibility: 'restricted',
      owner_party: 'PL',
      sources: [{ id: 'src-uk-article', evidence: { start: 0, end: 4 } }],
    },
    {
      id: 'de-usd-two-lines',
      donor: 'DE',
      recipient: 'UA',
      mode: 'funded_purchase',
      supplier: 'US industry',
      supplier_party: 'US',
      items: [
        { equipment: 'patriot', quantity: 2, quantity_qualifier: 'exact' },
        { equipment: 'iris-t-slm', quantity: 4, quantity_qualifier: 'exact' },
      ],
      money: { amount: '2000000000', currency: 'USD', qualifier: 'about', value_date: '2025-07-14' },
      announced_on: '2025-07-14',
      announced_at: meeting,
      sources: ['https://example.org/de-usd'],
    },
  ],
  people: [
    {
      id: 'ua-defmin-test',
      given_name: 'Рустем',
      family_name: 'Умєров',
      aliases: ['Umerov', 'Oumierov'],
      role: 'defence_minister',
      title: 'Міністр оборони України',
      party: 'UA',
      from: '2023-09-06',
      sources: ['https://example.org/umerov'],
    },
  ],
  requirements: [
    {
      id: 'ua-test-list',
      edition: 1,
      recipient: 'UA',
      title: 'Test list',
      issued_on: '2024-01-01',
      requirements: [
        { key: 'ad-1', capability: 'Air defence', category: 'air_defence', quantity: 5, priority: 1 },
      ],
    },
    {
      id: 'ua-test-list',
      edition: 2,
      recipient: 'UA',
      title: 'Test list',
      issued_on: '2024-06-01',
      note: 'Second edition',
      requirements: [
        {
          key: 'ad-1',
          capability: 'Air defence',
          category: 'air_defence',
          quantity: 7,
          priority: 1,
          links: [
            { commitment: 'pl-restricted-mix', line: 1, quantity: 2 },
            { commitment: 'de-usd-two-lines', line: 1, quantity: 2, note: 'both systems' },
          ],
        },
        {
          key: 'mun-1',
          capability: 'Боєприпаси',
          category: 'munitions',
          priority: 2,
          visibility: 'restricted',
        },
      ],
    },
  ],
  meeting_records: [
    {
      meeting,
      attendance: [
        { party: 'DE', person: 'Борис Пісторіус', role: 'defence minister' },
        { party: 'UA', person: 'Посол', role: 'ambassador', substitute_for: 'Рустем Умєров' },
      ],
      decisions: ['Decision with "quotes", commas, and =formula'],
    },
  ],
  editions: [
    {
      id: 'test-set-r1',
      dataset: 'test-set',
      publisher: 'Test publisher',
      title: 'A test data set',
      release: '1',
      layout: 'test-table',
      cut_off: '2024-12-31',
      published_on: '2025-01-15',
      attribution: 'Test publisher, a test data set, release 1',
      url: 'https://example.org/test-set',
      content_sha256: contentHash(files),
      files,
      figures: [
        {
          file: 'table.csv',
          party: 'DE',
          donor_name: 'Germany',
          series: 'allocation.military',
          amount: '1234.56',
        },
        {
          file: 'table.csv',
          party: 'PL',
          donor_name: 'Polska',
          period: '2024-02-01',
          series: 'allocation.military',
          amount: '-10.00',
        },
        { file: 'table.csv', series: 'donors', count: 3 },
        { file: 'table.csv', party: 'DE', series: 'share', ratio: '0.2500', label: 'Anteil' },
      ],
      activities: [
        {
          party: 'DE',
          donor_name: 'Deutschland',
          date: '2024-02-01',
          month_index: 2,
          aid_type: 'military',
          measure: 'commitment',
          amount: '500000.00',
        },
      ],
    },
  ],
});

let t: TestDatabase;
let dir: string;
let first: LedgerExport;

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  dir = tempDir('ramstein-complete-');
  const meeting = (await exportLedger(t.ctx)).meetings[0]!.id;
  await importLedger(t.ctx, fixture(meeting));
  first = await exportLedger(t.ctx, t.ctx.db, { withTexts: true });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const folderFiles = (folder: string) =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]),
  );

async function intoEmptyLedger(
  doc: Parameters<typeof importLedger>[1],
  again: (other: TestDatabase) => Promise<void>,
) {
  const other = await openTestDb();
  try {
    await importLedger(other.ctx, doc);
    await again(other);
  } finally {
    await other.close();
  }
}

describe('a complete export', () => {
  it('holds every record kind, the edges included', () => {
    expect(first.sources.find((s) => s.id === 'src-uk-article')).toMatchObject({
      text: longText,
      visibility: 'coalition',
    });
    expect(first.people.map((p) => p.id)).toContain('ua-defmin-test');
    expect(first.policy_events.length).toBeGreaterThan(0);
    const editions = first.requirements.filter((r) => r.id === 'ua-test-list');
    expect(editions.map((r) => r.edition)).toEqual([1, 2]);
    const second = editions[1]!.requirements as { key: string; links?: unknown[] }[];
    expect(second.map((r) => r.key)).toEqual(['ad-1', 'mun-1']);
    expect(second[0]!.links).toHaveLength(2);
    expect(first.meeting_records).toHaveLength(1);
    const edition = first.editions.find((e) => e.id === 'test-set-r1')!;
    expect(edition.figures).toHaveLength(4);
    expect((edition.figures as { amount: string | null }[])[1]!.amount).toBe('-10.00');
    const mixed = first.commitments.find((c) => c.id === 'pl-restricted-mix')!;
    expect(mixed.items).toHaveLength(3);
    expect(mixed.money).toMatchObject({ amount: '1250000.50', currency: 'PLN' });
  });

  it('JSON: export → import into an empty ledger → export gives the same bytes', async () => {
    const text = ledgerJson(first);
    await intoEmptyLedger(JSON.parse(text), async (other) => {
      expect(ledgerJson(await exportLedger(other.ctx, other.ctx.db, { withTexts: true }))).toBe(text);
    });
  });

  it('CSV: the folder comes back byte for byte, the long text in parts a spreadsheet cell can hold', async () => {
    const a = path.join(dir, 'csv-a');
    const b = path.join(dir, 'csv-b');
    writeCsvFolder(toTables(first), a);
    const parts = fs.readFileSync(path.join(a, 'source_texts.csv'), 'utf8');
    expect(parts.split('\n').filter((line) => line.startsWith('src-uk-article,')).length).toBe(3);
    await intoEmptyLedger(readLedgerPath(a), async (other) => {
      writeCsvFolder(toTables(await exportLedger(other.ctx, other.ctx.db, { withTexts: true })), b);
      expect(folderFiles(b)).toEqual(folderFiles(a));
    });
  });

  it('XLSX: the workbook comes back byte for byte', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    await writeXlsx(toTables(first), a);
    await intoEmptyLedger(fromTables(await readXlsx(a)), async (other) => {
      await writeXlsx(toTables(await exportLedger(other.ctx, other.ctx.db, { withTexts: true })), b);
      expect(fs.readFileSync(b).equals(fs.readFileSync(a))).toBe(true);
    });
  });

  it("holds only what the reader may see: no other nation's restricted record, link or text", async () => {
    const german = actingAs(t.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);
    const doc = await exportLedger(german, german.db, { withTexts: true });
    expect(doc.commitments.map((c) => c.id)).not.toContain('pl-restricted-mix');
    const list = doc.requirements.filter((r) => r.id === 'ua-test-list').at(-1)!;
    const reqs = list.requirements as { key: string; links?: { commitment: string }[] }[];
    expect(reqs.map((r) => r.key)).toEqual(['ad-1']);
    expect(reqs[0]!.links!.map((l) => l.commitment)).toEqual(['de-usd-two-lines']);
    const json = ledgerJson(doc);
    expect(json).not.toContain('pl-restricted-mix');

    const reader = actingAs(t.ctx, { id: 'anonymous', role: 'public', party: null }, null);
    const open = await exportLedger(reader, reader.db, { withTexts: true });
    expect(open.sources.map((s) => s.id)).not.toContain('src-uk-article');
    expect(ledgerJson(open)).not.toContain('Київ');
    // Editions are public reference data.
    expect(open.editions.map((e) => e.id)).toContain('test-set-r1');
  });

  it('refuses an edition whose contents differ, or a changed source text, and imports nothing', async () => {
    const before = ledgerJson(await exportLedger(t.ctx, t.ctx.db, { withTexts: true }));
    const edition = { ...first.editions.find((e) => e.id === 'test-set-r1')! };
    const other = [{ name: 'table.csv', sha256: 'b'.repeat(64), row_count: 4 }];
    await expect(
      importLedger(t.ctx, {
        people: [{ ...first.people[0]!, notes: 'would be an update' }],
        editions: [{ ...edition, files: other, content_sha256: contentHash(other) }],
      }),
    ).rejects.toThrow(
      /editions\[0\] \(id test-set-r1\): edition test-set-r1 was imported with other contents/,
    );
    const source = first.sources.find((s) => s.id === 'src-uk-article')!;
    await expect(importLedger(t.ctx, { sources: [{ ...source, text: 'другий текст' }] })).rejects.toThrow(
      /text never changes/,
    );
    await expect(
      importLedger(t.ctx, { editions: [{ ...edition, content_sha256: 'c'.repeat(64) }] }),
    ).rejects.toThrow(/content_sha256: does not match/);
    expect(ledgerJson(await exportLedger(t.ctx, t.ctx.db, { withTexts: true }))).toBe(before);
  });

  it('imports the same complete export twice without writing anything', async () => {
    const result = await importLedger(t.ctx, JSON.parse(ledgerJson(first)));
    const written = Object.entries(result).filter(([, c]) => c.created + c.updated > 0);
    expect(written).toEqual([]);
  });
});
