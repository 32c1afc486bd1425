import type { Command } from 'commander';

// Placeholder until the extractor lands.
export function registerExtract(_program: Command): void {}
