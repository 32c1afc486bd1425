/**
 * Every command of the `ramstein` executable, in the order `--help` lists them, each loaded only
 * when it runs: a command imports what it needs (the server, PDF rendering, the extractor...) and
 * nothing of the others.
 */
import type { Command } from 'commander';

type Register = (program: Command) => void;

export interface CommandModule {
  /** The top-level command names the module registers. */
  names: readonly string[];
  load: () => Promise<Register>;
}

export const commandModules: readonly CommandModule[] = [
  { names: ['serve'], load: async () => (await import('./serve.ts')).registerServe },
  { names: ['db'], load: async () => (await import('./db.ts')).registerDb },
  { names: ['fx'], load: async () => (await import('./fx.ts')).registerFx },
  { names: ['parties'], load: async () => (await import('./parties.ts')).registerParties },
  { names: ['import'], load: async () => (await import('./import.ts')).registerImport },
  {
    names: ['commitment', 'package', 'meeting', 'claim', 'equipment', 'target', 'export'],
    load: async () => (await import('./ledger.ts')).registerLedger,
  },
  { names: ['report'], load: async () => (await import('./report.ts')).registerReport },
  { names: ['user', 'token'], load: async () => (await import('./accounts.ts')).registerAccounts },
  { names: ['audit'], load: async () => (await import('./audit.ts')).registerAudit },
  { names: ['extract'], load: async () => (await import('./extract.ts')).registerExtract },
  { names: ['ingest', 'review'], load: async () => (await import('./review.ts')).registerReview },
  { names: ['eval'], load: async () => (await import('./eval.ts')).registerEval },
  {
    // Adds `report coverage` and `meeting ...` subcommands beside the ledger's and the reports'.
    names: ['requirements', 'report', 'timeline', 'people', 'brief', 'meeting'],
    load: async () => (await import('./coordination.ts')).registerCoordination,
  },
  { names: ['editions'], load: async () => (await import('./editions.ts')).registerEditions },
  { names: ['worker', 'jobs'], load: async () => (await import('./jobs.ts')).registerJobs },
];
