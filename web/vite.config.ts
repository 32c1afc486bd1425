/** Builds the web application into web/dist, served by the Ramstein server. */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

const landingEnd = '<!-- landing:end -->';
const landingBlock = /[ \t]*<!-- landing:start -->[\s\S]*?<!-- landing:end -->\n?/;

/**
 * The landing overview's preloads, between the landing markers of index.html: the chart drawing
 * code (a chunk of its own, loaded by pages that draw charts) is added there as a module to
 * preload, since the overview draws three charts. app.html is the same page without that block:
 * the server sends it for every other page, which neither draws the overview's charts nor reads its
 * reports, so that no other page loads them or waits for them.
 */
function landingPreloads(): Plugin {
  return {
    name: 'landing-preloads',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(landingEnd)) throw new Error('index.html has no landing block');
        const chunks = Object.values(bundle ?? {});
        const drawing = chunks.find(
          (c) => c.type === 'chunk' && !!c.facadeModuleId?.endsWith('/components/chart/ChartDrawing.tsx'),
        );
        if (drawing?.type !== 'chunk') throw new Error('no chart drawing chunk to preload');
        const links = [drawing.fileName, ...drawing.imports]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">\n    `);
        return html.replace(landingEnd, links.join('') + landingEnd);
      },
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('no index.html in the bundle');
      const source = String(index.source);
      this.emitFile({ type: 'asset', fileName: 'app.html', source: source.replace(landingBlock, '') });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), landingPreloads()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
