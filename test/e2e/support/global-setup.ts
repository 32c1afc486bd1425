/**
 * Before the browser tests: the web application is built and a data folder is prepared (the
 * first time only; about a minute, later runs reuse it).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';
import { preparedDataFolder, root } from './data-folder.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    preparedDataFolder: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (!chromiumPath) {
    if (process.env.CI)
      throw new Error('CI is set but no Chromium binary exists: install the Debian package chromium');
    return;
  }
  if (!existsSync(join(root, 'web/dist/index.html'))) {
    await promisify(execFile)('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root });
  }
  project.provide('preparedDataFolder', await preparedDataFolder());
}
