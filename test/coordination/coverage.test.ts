import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCommitment } from '../../src/app/commitments/get-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { listPolicyEvents } from '../../src/app/timeline/list-policy-events.ts';
import { diffRequirementList, getRequirementList } from '../../src/app/requirements/get-requirement-list.ts';
import { importRequirementList } from '../../src/app/requirements/import-requirement-list.ts';
import { reportCoverage } from '../../src/app/requirements/report-coverage.ts';
import { requirementsFromCsv, requirementsToCsv } from '../../src/app/requirements/requirements-csv.ts';
import { requirementListInput } from '../../src/app/requirements/requirement.types.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

describe('requirements and coverage', () => {
  it('loads the demo list and reports coverage by pipeline state, with the gap', async () => {
    const report = await reportCoverage(t.ctx, { list: 'ua-priorities-demo' });
    const patriot = report.requirements.find((r) => r.key === 'ad-patriot-systems')!;
    // RO 1 and DE 2 delivered; the Washington declaration's line 1 (4 systems) only announced.
    expect(patriot.covered).toEqual({ pledged: 4, contracted: 0, delivered: 3 });
    expect(patriot.gap).toBe(3);
    const interceptors = report.requirements.find((r) => r.key === 'ad-patriot-interceptors')!;
    expect(interceptors.unquantified_links).toBe(5);
    // Summed per currency, never converted: DE 500 m + SE 275 m + UK 205 m USD pledged.
    expect(interceptors.value.pledged).toContainEqual({ amount: '980000000.00', currency: 'USD' });
    expect(interceptors.value.contracted).toContainEqual({ amount: '500000000.00', currency: 'EUR' });
    expect(report.suggestions).toContainEqual(
      expect.objectContaining({
        key: 'air-f16',
        commitment: 'be-f16-2024-06',
        reason_id: 'same-equipment',
        reason_params: { equipment: 'f-16' },
      }),
    );
    expect(report.suggestions.some((s) => s.commitment === 'de-patriot-2-systems-2025')).toBe(false);
  });

  it('hides coalition requirements from the public', async () => {
    const publicView = await getRequirementList(actingAs(t.ctx, publicActor, null), {
      id: 'ua-priorities-demo',
    });
    expect(publicView.requirements.map((r) => r.key)).not.toContain('armour-ifv');
    const coordinator = await getRequirementList(t.ctx, { id: 'ua-priorities-demo' });
    expect(coordinator.requirements.map((r) => r.key)).toContain('armour-ifv');
  });

  it('keeps the old edition readable and shows the difference; a same import changes nothing', async () => {
    const current = await getRequirementList(t.ctx, { id: 'ua-priorities-demo' });
    const csv = requirementsToCsv(current);
    const rows = requirementsFromCsv(csv.replace('ad-iris-t-slm,3,', 'ad-iris-t-slm,1,'));
    const base = {
      id: current.id,
      recipient: 'UA',
      title: current.title,
      issued_on: '2025-09-01',
      note: current.note,
    };
    const same = requirementListInput.parse({ ...base, requirements: requirementsFromCsv(csv) });
    expect((await importRequirementList(t.ctx, same)).new_edition).toBe(false);

    const next = requirementListInput.parse({
      ...base,
      requirements: rows.filter((r) => r.key !== 'air-f16'),
    });
    const result = await importRequirementList(t.ctx, next);
    expect(result).toMatchObject({ edition: 2, new_edition: true });
    const diff = await diffRequirementList(t.ctx, { id: current.id, from: 1 });
    expect(diff.removed.map((r) => r.key)).toEqual(['air-f16']);
    expect(diff.changed).toContainEqual({
      key: 'ad-iris-t-slm',
      changes: [{ field: 'priority', from: 3, to: 1 }],
    });
    expect((await getRequirementList(t.ctx, { id: current.id, edition: 1 })).requirements).toHaveLength(9);
  });

  it('refuses a requirement naming no equipment and no category, importing nothing', async () => {
    const bad = requirementListInput.safeParse({
      id: 'x',
      recipient: 'UA',
      title: 'x',
      requirements: [{ key: 'a', capability: 'Air defence', priority: 1 }],
    });
    expect(bad.success).toBe(false);
  });
});

describe('policy events', () => {
  it('computes the due date of an ultimatum from its announcement', async () => {
    const { items } = await listPolicyEvents(t.ctx, { kind: 'ultimatum' }, { limit: 10, offset: 0 });
    expect(items.find((e) => e.id === 'us-ultimatum-ru-50-days-2025-07')?.due_on).toBe('2025-09-02');
    expect(items.find((e) => e.id === 'us-ultimatum-ru-10-days-2025-07')?.due_on).toBe('2025-08-08');
  });

  it("writes a donor's suspension onto its open commitments for the period", async () => {
    const { items } = await listPolicyEvents(t.ctx, { kind: 'suspension' }, { limit: 10, offset: 0 });
    const pause = items.find((e) => e.id === 'us-aid-pause-2025-03')!;
    expect(pause.applied_to.map((a) => a.commitment)).toContain('us-pda-2025-01-09');
    const during = await getCommitment(t.ctx, { id: 'us-pda-2025-01-09', asOf: '2025-03-05' });
    expect(during.state.suspended).toEqual({ since: '2025-03-03', until: '2025-03-11' });
    const after = await getCommitment(t.ctx, { id: 'us-pda-2025-01-09', asOf: '2025-03-20' });
    expect(after.state.suspended).toBeNull();
    // Announced after the pause began: untouched.
    expect(pause.applied_to.map((a) => a.commitment)).not.toContain('us-patriot-sustainment-sale-2025-08');
  });
});
