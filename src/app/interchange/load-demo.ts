/**
 * The demo data set (data/demo) is loaded on first start, through the same import a user runs.
 * It is loaded once: a ledger that already holds records, or that had the demo before, is left alone.
 */
import type { AppContext } from '../context.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { referenceDatasets } from '../../store/repositories/reference-datasets.ts';
import { readLedgerPath } from '../../store/ledger-files.ts';
import { dataRoot } from '../../store/data-files.ts';
import { importLedger, type ImportResult } from './import-ledger.ts';
import path from 'node:path';

export const DEMO_DATASET = 'demo';

export async function loadDemoOnFirstStart(ctx: AppContext): Promise<ImportResult | null> {
  if (await referenceDatasets.get(ctx.db, DEMO_DATASET)) return null;
  if (await commitments.any(ctx.db)) return null;
  const result = await importLedger(ctx, readLedgerPath(path.join(dataRoot, 'demo')));
  const records = Object.values(result).reduce((sum, c) => sum + c.created, 0);
  await referenceDatasets.record(ctx.db, DEMO_DATASET, 'data/demo', records);
  ctx.log.info({ records }, 'demo data set loaded');
  return result;
}
