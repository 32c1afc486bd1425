/** Reported totals side by side, conflicts first, each claim with its sources. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { claimsRules, shapeClaims, type ClaimFigure } from '../../domain/reports/claims.ts';
import type { AppContext } from '../context.ts';
import { claimConversionRows, claimRows, type ClaimRow } from '../../store/reports/claims.sql.ts';
import { summariseConversion } from '../../domain/money/conversion-summary.ts';
import { reportNotes, type ReportNote, type WordedNoteId } from '../../domain/reports/report-notes.ts';
import type { ClaimsReport } from './claims.types.ts';
import { cachedReport } from './report-cache.ts';

const big = (text: string | null) => (text === null ? null : BigInt(text));

function toFigure(row: ClaimRow): ClaimFigure {
  return {
    id: row.id,
    subject: row.subject,
    party: row.party,
    measure: row.measure,
    amountMinor: big(row.amount_minor),
    currency: row.currency,
    qualifier: row.qualifier,
    asOf: row.as_of,
    claimedBy: row.claimed_by,
    eurMinor: big(row.amount_eur),
    sources: row.sources,
  };
}

export async function reportClaims(ctx: AppContext): Promise<ClaimsReport> {
  requirePermission(ctx.actor, 'reports:read');
  return cachedReport(ctx, 'claims', null, () => computeClaims(ctx));
}

async function computeClaims(ctx: AppContext): Promise<ClaimsReport> {
  const claims = (await claimRows(ctx.db, ctx.actor)).map(toFigure);
  const { conflicts, others } = shapeClaims(claims);
  const inConflict = conflicts.reduce((n, g) => n + g.claims.length, 0);
  const notes: ReportNote<WordedNoteId>[] = [];
  const undated = claims.filter((c) => c.asOf === null).length;
  if (undated) notes.push({ id: 'claims-undated', params: { count: undated } });
  const conversion = summariseConversion('EUR', await claimConversionRows(ctx.db, ctx.actor));
  if (conversion.unconverted.length)
    notes.push({ id: 'claims-unconverted', params: { count: conversion.unconverted.length } });
  return {
    conflicts,
    others,
    counts: { claims: claims.length, in_conflict: inConflict, conflicts: conflicts.length },
    conversion,
    rules: [...claimsRules],
    ...reportNotes(notes, conversion),
  };
}
