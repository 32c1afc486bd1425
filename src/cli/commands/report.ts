import type { Command } from 'commander';

// Placeholder: `ramstein report …` is registered here.
export function registerReport(_program: Command): void {}
