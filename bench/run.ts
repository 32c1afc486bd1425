/**
 * `npm run bench [-- NAME...]`: runs every benchmark (or the named ones) and prints figures,
 * with ratios to a baseline measured in the same run.
 */
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  cli: () => import('./cli.ts'),
  startup: () => import('./startup.ts'),
  extract: () => import('./extract.ts'),
  burden: () => import('./burden.ts'),
  analytics: () => import('./analytics.ts'),
  import: () => import('./import.ts'),
  export: () => import('./export.ts'),
  web: () => import('./web.ts'),
  http: () => import('./http-load.ts'),
  operations: () => import('./operations.ts'),
  queue: () => import('./queue.ts'),
  editions: () => import('./editions.ts'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length) {
  process.stderr.write(
    `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  process.stdout.write(`\n# ${name}\n`);
  const bench = await benches[name]!();
  await bench.run();
}
