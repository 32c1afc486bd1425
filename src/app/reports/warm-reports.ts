/**
 * The reports and lists a public visitor's overview asks for, computed once in the background
 * right after the server starts (it listens first: readiness does not wait), so that the first visit after a
 * restart finds them in the report cache instead of computing them on its requests. A request
 * that arrives while one is being computed shares that computation (report-cache.ts). Requests
 * come first: before each step it waits for `idle` (src/http/idle.ts), and stops when that says
 * the server is closing.
 */
import { publicActor } from '../../domain/access/actor.ts';
import { listCommitments } from '../commitments/list-commitments.ts';
import { listEquipment } from '../equipment/list-equipment.ts';
import { readFreshness } from '../reference/read-freshness.ts';
import { listParties } from '../reference/list-parties.ts';
import { actingAs, type AppContext } from '../context.ts';
import { kielContract } from '../editions/import-edition.ts';
import { listEditions } from '../editions/get-edition.ts';
import { reconcileEdition } from '../editions/reconcile-edition.ts';
import { reportBurden } from './report-burden.ts';
import { reportFairShare } from './report-fair-share.ts';
import { reportValueOverTime } from './report-value-over-time.ts';

export async function warmPublicReports(
  ctx: AppContext,
  idle: () => Promise<boolean> = async () => true,
): Promise<void> {
  const visitor = actingAs(ctx, publicActor, null);
  const steps: (() => Promise<unknown>)[] = [
    // The overview's first figures first: the totals, donors and stages in euros.
    () => reportBurden(visitor, { currency: 'EUR' }),
    // Its monthly chart: value committed per month, in euros.
    () => reportValueOverTime(visitor, { currency: 'EUR' }),
    // Its comparison with the latest Kiel release (editions are listed by publication).
    async () => {
      const latest = (await listEditions(visitor, kielContract().dataset)).at(-1);
      if (latest) await reconcileEdition(visitor, latest.id);
    },
    () => reportFairShare(visitor, {}),
    // What every page asks for: party names and the data's date; and the latest announcements.
    () => listParties(visitor, { limit: 1000, offset: 0 }),
    () => readFreshness(visitor),
    () => listCommitments(visitor, { sort: '-announced_on', limit: 6, offset: 0 }),
    // The catalogue the commitments' titles are worded with.
    () => listEquipment(visitor, {}, { limit: 1000, offset: 0 }),
  ];
  for (const step of steps) {
    if (!(await idle())) return;
    await step();
  }
}
