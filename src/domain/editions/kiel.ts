/**
 * Kiel Institute Ukraine Support Tracker releases, in the three layouts Ramstein reads: row-level
 * activities with the country table (R28), the website's chart data (R29), the country table (R30).
 * Pure: file texts in, an edition's files, figures and activities out, or one clear refusal.
 */
import { AppError } from '../errors.ts';
import { toCents, toNumericText, type AmountUnit } from './amounts.ts';
import { readCsv, readJsonObject, releaseContract, sha256, type DatasetContract } from './contract.ts';
import type { DonorResolver } from './donors.ts';
import {
  editionId,
  type AidType,
  type EditionActivity,
  type EditionFigure,
  type ParsedEdition,
} from './edition.ts';

const refuse = (message: string) => new AppError('invalid_input', message);

type Files = ReadonlyMap<string, string>;

const aidTypes: Record<string, AidType> = {
  Military: 'military',
  Financial: 'financial',
  Humanitarian: 'humanitarian',
};
const measures = { Allocation: 'allocation', Commitment: 'commitment' } as const;

const monthStart = (year: string, month: string, where: string) => {
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12)
    throw refuse(`${where}: "${year}-${month}" is not a year and month`);
  return `${year}-${month.padStart(2, '0')}-01`;
};

function figure(partial: Partial<EditionFigure> & Pick<EditionFigure, 'file' | 'series'>): EditionFigure {
  return {
    party_code: null,
    donor_name: null,
    period: null,
    amount_minor: null,
    count: null,
    ratio: null,
    label: null,
    ...partial,
  };
}

/** Money columns of one row as figures of the given series. */
function moneyFigures(
  file: string,
  row: Record<string, string>,
  line: number,
  columns: Record<string, string>,
  unit: AmountUnit,
  common: Partial<EditionFigure>,
): EditionFigure[] {
  return Object.entries(columns).map(([column, series]) =>
    figure({
      ...common,
      file,
      series,
      amount_minor: toCents(row[column]!, unit, `${file} row ${line} ${column}`),
    }),
  );
}

function requireCount(file: string, found: number, stated: unknown, what: string) {
  if (typeof stated === 'number' && stated !== found)
    throw refuse(
      `${file}: ${found} ${what} read, metadata.json states ${stated} (truncated or altered file?)`,
    );
}

function rows2026(files: Files, columns: Record<string, string[]>, donors: DonorResolver, release: string) {
  const meta = readJsonObject('metadata.json', files.get('metadata.json')!, columns['metadata.json']!);
  const stated = /Release_(\d+)/.exec(String(meta.kildefil ?? ''))?.[1];
  if (stated && stated !== release)
    throw refuse(`metadata.json: these files are release ${stated}, not ${release}`);
  const activities: EditionActivity[] = [];
  const rows = readCsv(
    'bilateral_activities.csv',
    files.get('bilateral_activities.csv')!,
    columns['bilateral_activities.csv']!,
  );
  requireCount('bilateral_activities.csv', rows.length, meta.antall_bilateral_rader, 'activities');
  rows.forEach((row, i) => {
    const where = `bilateral_activities.csv row ${i + 2}`;
    const aid = aidTypes[row.kategori!];
    const measure = measures[row.maal as keyof typeof measures];
    if (!aid) throw refuse(`${where}: kategori "${row.kategori}" is not Military, Financial or Humanitarian`);
    if (!measure) throw refuse(`${where}: maal "${row.maal}" is not Allocation or Commitment`);
    if (row.dato && !/^\d{4}-\d{2}-\d{2}$/.test(row.dato))
      throw refuse(`${where}: dato "${row.dato}" is not a date`);
    activities.push({
      party_code: donors.byName(row.giver!),
      donor_name: row.giver!,
      activity_date: row.dato || null,
      month_index:
        row.maaned_finnes === 'True' && /^\d+$/.test(row.maaned_nr!) ? Number(row.maaned_nr) : null,
      aid_type: aid,
      measure,
      amount_minor: toCents(row.verdi_eur!, 'eur', `${where} verdi_eur`),
    });
  });
  const figures: EditionFigure[] = [];
  const table = readCsv(
    'country_summary.csv',
    files.get('country_summary.csv')!,
    columns['country_summary.csv']!,
  );
  requireCount('country_summary.csv', table.length, meta.antall_land_summary, 'donors');
  table.forEach((row, i) => {
    const common = { party_code: donors.byName(row.land!), donor_name: row.land! };
    figures.push(
      ...moneyFigures(
        'country_summary.csv',
        row,
        i + 2,
        {
          military_allocation: 'allocation.military',
          financial_allocation: 'allocation.financial',
          humanitarian_allocation: 'allocation.humanitarian',
          total_allocation: 'allocation.total',
          military_commitment: 'commitment.military',
          financial_commitment: 'commitment.financial',
          humanitarian_commitment: 'commitment.humanitarian',
          total_commitment: 'commitment.total',
        },
        'eur_bn',
        common,
      ),
    );
  });
  const disbursements = readCsv(
    'financial_disbursements.csv',
    files.get('financial_disbursements.csv')!,
    columns['financial_disbursements.csv']!,
  );
  requireCount(
    'financial_disbursements.csv',
    disbursements.length,
    meta.antall_disbursement_rader,
    'disbursements',
  );
  disbursements.forEach((row, i) => {
    const where = `financial_disbursements.csv row ${i + 2}`;
    figures.push(
      ...moneyFigures(
        'financial_disbursements.csv',
        row,
        i + 2,
        { verdi_eur_mrd: 'disbursement.financial' },
        'eur_bn',
        {
          party_code: donors.byName(row.giver!),
          donor_name: row.giver!,
          period: monthStart(row.aar!, row.maaned!, where),
        },
      ),
    );
  });
  return {
    figures,
    activities,
    counts: {
      'bilateral_activities.csv': rows.length,
      'country_summary.csv': table.length,
      'financial_disbursements.csv': disbursements.length,
      'metadata.json': 1,
    },
  };
}

function website2026(
  files: Files,
  columns: Record<string, string[]>,
  donors: DonorResolver,
  release: string,
) {
  const counts: Record<string, number> = {};
  const read = (name: string) => {
    const rows = readCsv(name, files.get(name)!, columns[name]!);
    counts[name] = rows.length;
    return rows;
  };
  const [info] = read('release_info.csv');
  if (!info) throw refuse('release_info.csv: no release line');
  if (info.release !== release)
    throw refuse(`release_info.csv: these files are release ${info.release}, not ${release}`);
  const figures: EditionFigure[] = [];
  read('data_explorer.csv').forEach((row, i) => {
    const where = `data_explorer.csv row ${i + 2}`;
    const common = {
      party_code: donors.byIso3(row.iso!, row.country!),
      donor_name: row.country!,
      period: monthStart(row.year!, row.month!, where),
    };
    figures.push(
      ...moneyFigures(
        'data_explorer.csv',
        row,
        i + 2,
        {
          military: 'allocation.military',
          financial: 'allocation.financial',
          humanitarian: 'allocation.humanitarian',
          total: 'allocation.total',
          commitments: 'commitment.total',
          to_be_allocated: 'to_be_allocated',
        },
        'eur_bn',
        common,
      ),
    );
  });
  read('total_allocations.csv').forEach((row, i) => {
    const period = monthStart(row.year!, row.month!, `total_allocations.csv row ${i + 2}`);
    figures.push(
      ...moneyFigures(
        'total_allocations.csv',
        row,
        i + 2,
        {
          military: 'allocation.military',
          financial: 'allocation.financial',
          humanitarian: 'allocation.humanitarian',
          total_allocations: 'allocation.total',
        },
        'eur_bn',
        { period },
      ),
    );
  });
  read('procurement_trends.csv').forEach((row, i) => {
    const period = monthStart(row.year!, row.month!, `procurement_trends.csv row ${i + 2}`);
    figures.push(
      ...moneyFigures(
        'procurement_trends.csv',
        row,
        i + 2,
        {
          stockpile: 'channel.stockpile',
          procurement: 'channel.procurement',
          unspecified: 'channel.unspecified',
          nato_purl: 'channel.nato_purl',
        },
        'eur_bn',
        { period },
      ),
    );
  });
  read('weapons.csv').forEach((row, i) => {
    const where = `weapons.csv row ${i + 2}`;
    if (!/^\d+$/.test(row.number_of_weapons!))
      throw refuse(`${where}: number_of_weapons "${row.number_of_weapons}" is not a count`);
    figures.push(
      figure({
        file: 'weapons.csv',
        party_code: donors.byName(row.donor!),
        donor_name: row.donor!,
        series: `heavy_weapons.${row.category!.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
        amount_minor: toCents(row.monetary_value_eur!, 'eur', `${where} monetary_value_eur`),
        count: BigInt(row.number_of_weapons!),
        label: row.weapons_list || null,
      }),
    );
  });
  read('eu_aid_shares.csv').forEach((row, i) => {
    const where = `eu_aid_shares.csv row ${i + 2}`;
    const common = {
      file: 'eu_aid_shares.csv',
      party_code: donors.byIso3(row.iso!, row.country!),
      donor_name: row.country!,
    };
    for (const column of ['bilateral_pct_gdp', 'eu_share_pct_gdp', 'total_pct_gdp'])
      figures.push(
        figure({ ...common, series: column, ratio: toNumericText(row[column]!, `${where} ${column}`) }),
      );
    figures.push(
      figure({
        ...common,
        series: 'eu_share',
        amount_minor: toCents(row.eu_share_bn!, 'eur_bn', `${where} eu_share_bn`),
      }),
    );
  });
  return { figures, activities: [] as EditionActivity[], counts };
}

function table2026(files: Files, columns: Record<string, string[]>, donors: DonorResolver) {
  const rows = readCsv(
    'country_summary.csv',
    files.get('country_summary.csv')!,
    columns['country_summary.csv']!,
  );
  const figures: EditionFigure[] = [];
  rows.forEach((row, i) => {
    const where = `country_summary.csv row ${i + 2}`;
    const common = { party_code: donors.byName(row.country!), donor_name: row.country! };
    figures.push(
      ...moneyFigures(
        'country_summary.csv',
        row,
        i + 2,
        {
          military: 'allocation.military',
          financial: 'allocation.financial',
          humanitarian: 'allocation.humanitarian',
          total: 'allocation.total',
          committed: 'commitment.total',
          eu_share: 'eu_share',
          total_incl_eu: 'total_incl_eu',
        },
        'eur_bn',
        common,
      ),
    );
    for (const column of ['total_pct_gdp', 'total_incl_eu_pct_gdp'])
      figures.push(
        figure({
          file: 'country_summary.csv',
          ...common,
          series: column,
          ratio: toNumericText(row[column]!, `${where} ${column}`),
        }),
      );
  });
  return { figures, activities: [] as EditionActivity[], counts: { 'country_summary.csv': rows.length } };
}

const readers = { 'rows-2026': rows2026, 'website-2026': website2026, 'table-2026': table2026 } as const;

/** Reads one Kiel release from its files (name → text), checked against the contract. */
export function parseKielRelease(
  contract: DatasetContract,
  release: string,
  files: Files,
  donors: DonorResolver,
): ParsedEdition {
  if (!/^\d{1,3}$/.test(release)) throw refuse(`--release: "${release}" is not a release number`);
  const found = releaseContract(contract, release);
  const expected = Object.keys(found.layoutContract.files);
  const absent = expected.filter((name) => !files.has(name));
  if (absent.length) {
    throw refuse(
      `release ${release} (layout ${found.layout}) needs ${absent.join(', ')}: not found (this folder has ${[...files.keys()].sort().join(', ') || 'no files'})`,
    );
  }
  const reader = readers[found.layout as keyof typeof readers];
  if (!reader) throw new AppError('internal', `no reader for layout ${found.layout}`);
  const { figures, activities, counts } = reader(files, found.layoutContract.files, donors, release);
  donors.assertKnown();
  return {
    header: {
      id: editionId(contract.dataset, release),
      dataset: contract.dataset,
      publisher: contract.publisher,
      title: contract.title,
      release,
      layout: found.layout,
      cut_off: found.cut_off,
      published_on: found.published_on,
      published_basis: found.published_basis,
      attribution: contract.attribution.replace('{release}', release),
      url: contract.url,
    },
    files: expected.map((name) => ({
      name,
      sha256: sha256(files.get(name)!),
      row_count: (counts as Record<string, number>)[name] ?? 0,
    })),
    figures,
    activities,
  };
}

/** One hash for the edition's content: its files' names and hashes, in name order. */
export function contentHash(files: readonly { name: string; sha256: string }[]): string {
  return sha256(
    [...files]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((f) => `${f.name} ${f.sha256}`)
      .join('\n'),
  );
}
