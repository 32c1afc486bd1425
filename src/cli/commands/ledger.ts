import type { Command } from 'commander';

// Placeholder: the record commands (commitment, package, meeting, claim, equipment) and export are registered here.
export function registerLedger(_program: Command): void {}
