/** The ledger's record commands (commitment, package, meeting, claim, equipment, target) and export. */
import type { Command } from 'commander';
import { registerCommitment } from './ledger-commitment.ts';
import { registerExport } from './ledger-export.ts';
import { registerRecordCommands } from './ledger-records.ts';

export function registerLedger(program: Command): void {
  registerCommitment(program);
  registerRecordCommands(program);
  registerExport(program);
}
