/**
 * The committed total split by how far along the pipeline it is, so that the stages add up to the
 * committed total exactly: what has been delivered (the delivered total, partial deliveries
 * included) is one stage; the rest of each commitment stays at the status it has reached.
 * Pure: the sums per status come from the burden query.
 */
import { figure, percentOf, type MoneyFigure } from './burden.ts';
import { pipelineStatuses, type PipelineStatus } from './pipeline.ts';
import { burdenRuleText } from './report-notes.ts';

export interface StatusSums {
  status: string;
  count: number;
  committed: string | null;
  delivered: string | null;
  estimated: string | null;
  delivered_estimated: string | null;
}

export interface BurdenStage {
  stage: PipelineStatus;
  /** Commitments (and pooled shares) at this status; the delivered stage counts those fully delivered. */
  count: number;
  value: MoneyFigure;
  estimated: MoneyFigure;
  estimated_pct: string | null;
}

export const burdenStagesRule = burdenRuleText['pipeline-stages'];

const big = (text: string | null) => (text === null ? 0n : BigInt(text));

export function shapeStages(rows: readonly StatusSums[], currency: string): BurdenStage[] {
  const at = (status: PipelineStatus) => rows.find((r) => r.status === status);
  const delivered = rows.reduce((n, r) => n + big(r.delivered), 0n);
  const deliveredEstimated = rows.reduce((n, r) => n + big(r.delivered_estimated), 0n);
  return pipelineStatuses.map((stage) => {
    const row = at(stage);
    const value =
      stage === 'delivered' ? delivered : big(row?.committed ?? null) - big(row?.delivered ?? null);
    const estimated =
      stage === 'delivered'
        ? deliveredEstimated
        : big(row?.estimated ?? null) - big(row?.delivered_estimated ?? null);
    return {
      stage,
      count: row?.count ?? 0,
      value: figure(value, currency),
      estimated: figure(estimated, currency),
      estimated_pct: percentOf(estimated, value),
    };
  });
}
