import path from 'node:path';
import { defineConfig } from 'vite';

// Bundles what the content scripts take from lib/ (analysis + explanations) on its own, minified,
// so `npm run size` can report the engine's share of the content-script budget.
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: '.output/size',
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: path.join(root, 'lib/index.ts'),
      formats: ['es'],
      fileName: () => 'engine.js',
    },
  },
});
