/**
 * Before the browser tests: the web application is built when its build is missing or older
 * than any of its sources, and a data folder is prepared (the first time only; about a minute,
 * later runs reuse it).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
  if (webBuildIsStale()) {
    await promisify(execFile)('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root });
  }
  project.provide('preparedDataFolder', await preparedDataFolder());
}

/** The build is stale when it is missing or any file of web/ (outside the build) is newer. */
function webBuildIsStale(): boolean {
  const built = join(root, 'web/dist/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name !== 'dist' && entry.name !== 'node_modules' && newer(full);
      return statSync(full).mtimeMs > builtAt;
    });
  return newer(join(root, 'web'));
}
