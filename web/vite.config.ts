/** Builds the web application into web/dist, served by the Ramstein server. */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The chart drawing code (a chunk of its own, loaded by pages that draw charts) is named in
 * index.html as a module to preload: the landing overview draws three charts, and the browser
 * fetches the chunk with the application's code instead of once that code has run.
 */
function preloadChartDrawing(): Plugin {
  return {
    name: 'preload-chart-drawing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const drawing = chunks.find(
          (c) => c.type === 'chunk' && !!c.facadeModuleId?.endsWith('/components/chart/ChartDrawing.tsx'),
        );
        if (drawing?.type !== 'chunk') throw new Error('no chart drawing chunk to preload');
        const files = [drawing.fileName, ...drawing.imports].filter((file) => !html.includes(`/${file}"`));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), preloadChartDrawing()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
