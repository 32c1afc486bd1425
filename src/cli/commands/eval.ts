import type { Command } from 'commander';

// Placeholder until the evaluation lands.
export function registerEval(_program: Command): void {}
