/** ECB euro reference rates (data/reference/ecb): one row per currency and publication day. */
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';

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

/**
 * The ECB's XML feeds (eurofxref-daily.xml, -hist-90d.xml, -hist.xml): one `Cube time=` per
 * publication day holding `Cube currency= rate=`. A malformed or truncated file throws.
 */
export function parseEcbXml(text: string): RateRow[] {
  const parser = new SaxesParser();
  const rows: RateRow[] = [];
  let day: string | null = null;
  let sawEnvelope = false;
  parser.on('opentag', (node) => {
    const local = node.name.includes(':') ? node.name.split(':')[1] : node.name;
    if (local === 'Envelope') sawEnvelope = true;
    if (local !== 'Cube') return;
    const attributes = node.attributes as Record<string, string>;
    if (attributes.time !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(attributes.time))
        throw new Error(`Cube time "${attributes.time}" is not a date`);
      day = attributes.time;
    } else if (attributes.currency !== undefined) {
      if (!day) throw new Error('a rate outside a dated Cube');
      if (!/^[A-Z]{3}$/.test(attributes.currency) || !/^\d+(\.\d+)?$/.test(attributes.rate ?? ''))
        throw new Error(
          `rate "${attributes.rate}" of "${attributes.currency}" is not a currency and a decimal rate`,
        );
      rows.push({ currency: attributes.currency, date: day, rate: attributes.rate! });
    }
  });
  parser.write(text).close();
  if (!sawEnvelope) throw new Error('not an ECB reference-rate feed (no gesmes:Envelope)');
  return rows;
}

/** Either format, told apart by its first character. */
export function parseEcbFile(text: string): RateRow[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return parseEcbXml(body);
  if (!body.startsWith('Date,'))
    throw new Error('neither the ECB history CSV (Date,USD,…) nor an ECB XML feed');
  return parseEcbHistory(body);
}
