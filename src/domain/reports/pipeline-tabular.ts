/** Flat rows of the pipeline report for CSV and tables: the overdue commitments, then the suspended ones. */
interface Listed {
  id: string;
  donor: string;
  status: string;
  planned_on: string | null;
  value: { amount: string } | null;
}

export function pipelineRows(report: {
  overdue: readonly (Listed & { days_overdue: number })[];
  suspensions: readonly (Listed & { since: string; until: string | null })[];
}): Record<string, string | number | null>[] {
  const row = (list: string, l: Listed) => ({
    list,
    id: l.id,
    donor: l.donor,
    status: l.status,
    value: l.value?.amount ?? null,
    planned_on: l.planned_on,
  });
  return [
    ...report.overdue.map((o) => ({
      ...row('overdue', o),
      days_overdue: o.days_overdue,
      since: null,
      until: null,
    })),
    ...report.suspensions.map((s) => ({
      ...row('suspended', s),
      days_overdue: null,
      since: s.since,
      until: s.until,
    })),
  ];
}
