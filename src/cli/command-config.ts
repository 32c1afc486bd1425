/** The configuration a command runs with: the environment, and the global options given to it. */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config/config.ts';

export function commandConfig(command: Command): Config {
  const globals = command.optsWithGlobals<{ dataDir?: string; port?: string; host?: string }>();
  return loadConfig(process.env, { dataDir: globals.dataDir, port: globals.port, host: globals.host });
}
