/** ECB euro reference rates (data/reference/ecb): one row per currency and publication day. */
import { parse } from 'csv-parse/sync';

export interface RateRow {
  currency: string;
  date: string;
  rate: string;
}

export function parseEcbHistory(text: string): RateRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows: RateRow[] = [];
  for (const record of records) {
    const date = record.Date;
    if (!date) continue;
    for (const [currency, rate] of Object.entries(record)) {
      if (currency === 'Date' || !/^[A-Z]{3}$/.test(currency) || !rate || rate === 'N/A') continue;
      rows.push({ currency, date, rate });
    }
  }
  return rows;
}
