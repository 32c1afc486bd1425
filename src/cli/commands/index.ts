import type { Command } from 'commander';
import { registerAccounts } from './accounts.ts';
import { registerAudit } from './audit.ts';
import { registerCoordination } from './coordination.ts';
import { registerDb } from './db.ts';
import { registerEval } from './eval.ts';
import { registerExtract } from './extract.ts';
import { registerFx } from './fx.ts';
import { registerImport } from './import.ts';
import { registerLedger } from './ledger.ts';
import { registerParties } from './parties.ts';
import { registerReport } from './report.ts';
import { registerReview } from './review.ts';
import { registerServe } from './serve.ts';

/** Every command of the `ramstein` executable, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [
  registerServe,
  registerDb,
  registerFx,
  registerParties,
  registerImport,
  registerLedger,
  registerReport,
  registerAccounts,
  registerAudit,
  registerExtract,
  registerReview,
  registerEval,
  registerCoordination,
];
