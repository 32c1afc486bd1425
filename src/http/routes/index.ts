import type { Api } from '../server.ts';
import { accountRoutes } from './accounts.ts';
import { authRoutes } from './auth.ts';
import { coordinationRoutes } from './coordination.ts';
import { editionRoutes } from './editions.ts';
import { exportRoutes } from './exports.ts';
import { fxRoutes } from './fx.ts';
import { healthRoutes } from './health.ts';
import { indicatorRoutes } from './indicators.ts';
import { jobRoutes } from './jobs.ts';
import { ledgerRoutes } from './ledger.ts';
import { operationsRoutes } from './operations.ts';
import { partyRoutes } from './parties.ts';
import { reportsRoutes } from './reports.ts';
import { reviewRoutes } from './review.ts';
import { searchRoutes } from './search.ts';

export const routes: ((app: Api) => void)[] = [
  healthRoutes,
  authRoutes,
  accountRoutes,
  partyRoutes,
  indicatorRoutes,
  fxRoutes,
  ledgerRoutes,
  reportsRoutes,
  reviewRoutes,
  coordinationRoutes,
  editionRoutes,
  exportRoutes,
  searchRoutes,
  jobRoutes,
  operationsRoutes,
];
