import type { Api } from '../server.ts';

// Placeholder: the reports routes are registered here.
export function reportsRoutes(_app: Api): void {}
