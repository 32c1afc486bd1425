#!/usr/bin/env node
// Runs the compiled program, dist/cli/ (built by `npm install`, or `npm run build`). A development
// checkout whose sources changed since that build runs them through tsx instead, so a stale
// dist/ is never run by mistake.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = `${root}dist/.built`;

function builtAfterSources() {
  let built;
  try {
    built = statSync(stamp).mtimeMs;
    // A dist/ built before the program was bundled has no dist/cli/.
    statSync(`${root}dist/cli/main.js`);
  } catch {
    return false;
  }
  try {
    for (const entry of readdirSync(`${root}src`, { recursive: true, withFileTypes: true })) {
      if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
      if (statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > built) return false;
    }
  } catch {
    // An installed package ships dist/ only, and the sources it was built from.
  }
  return true;
}

if (builtAfterSources()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
