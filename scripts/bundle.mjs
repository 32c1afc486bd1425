/**
 * Builds dist/cli/, what bin/ramstein.js runs: the program and the libraries it uses bundled into
 * a few files, so a start reads and evaluates those instead of resolving hundreds of modules one by
 * one. Each command stays a chunk of its own, loaded only when it runs (src/cli/commands/index.ts).
 * Run by `npm run build` after the compiler has checked the sources.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'cli');

/**
 * Libraries loaded from node_modules as they are, because they find files beside their own code:
 * PGlite its WebAssembly and data files, pino its transports (started by name in worker threads),
 * PDFKit its font metrics. The others (the PostgreSQL driver and pg-boss, the spreadsheet writer)
 * are loaded by a few commands only.
 */
const external = [
  '@electric-sql/pglite',
  'pino',
  'pino-pretty',
  'pdfkit',
  'exceljs',
  'pg',
  'pg-boss',
  'tsx',
  // Fastify's default schema compilers (Ajv, fast-json-stringify), which the server replaces with
  // zod's (src/http/server.ts): never loaded, so left out of the bundle.
  '@fastify/ajv-compiler',
  '@fastify/fast-json-stringify-compiler',
];

/**
 * Libraries that a bundled one requires as it loads but uses for a few requests only: evaluated
 * on first use instead of at every start. The API reference requires `yaml` for its YAML form
 * (GET /api/docs/yaml) alone.
 */
const onFirstUse = ['yaml'];
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    const names = new RegExp(`^(${onFirstUse.join('|')})$`);
    build.onResolve({ filter: names }, (args) =>
      args.namespace === 'on-first-use' ? undefined : { path: args.path, namespace: 'on-first-use' },
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require(${JSON.stringify(args.path)}))[key] });\n`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * The API reference page serves the files of its own package folder (`__dirname`, which a bundle
 * has not): it is bundled with `__dirname` read as that folder in node_modules, found at run time.
 */
const swaggerUi = path.join('node_modules', '@fastify', 'swagger-ui');
const packageFolders = {
  name: 'package-folders',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@fastify[\\/]swagger-ui[\\/].*\.js$/ }, async (args) => {
      const inside = path.relative(path.join(root, swaggerUi), path.dirname(args.path)).split(path.sep);
      const folder = `require('node:path').join(require('node:path').dirname(require.resolve('@fastify/swagger-ui')), ${inside
        .filter(Boolean)
        .map((part) => JSON.stringify(part))
        .join(', ')})`;
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replaceAll('__dirname', `(${folder})`), loader: 'js' };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.11',
  external,
  // Bundled CommonJS libraries call require() for Node's modules and the external ones.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  plugins: [packageFolders, lazyModules],
  legalComments: 'none',
  logLevel: 'warning',
});
