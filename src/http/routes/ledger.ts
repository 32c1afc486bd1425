import type { Api } from '../server.ts';

// Placeholder: the ledger routes are registered here.
export function ledgerRoutes(_app: Api): void {}
