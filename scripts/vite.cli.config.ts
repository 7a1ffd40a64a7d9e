import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

// `npm run build:cli` → dist/cli.mjs, the package's `bin`: one ES module for Node with the engine
// and postal-mime bundled in, Node built-ins left as imports, and a shebang so it runs directly.
const root = path.resolve(import.meta.dirname, '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [
    {
      name: 'bounce-lens-bin-mode',
      // `./dist/cli.mjs` should run straight from a checkout, not only after `npm install`.
      writeBundle(options) {
        const file = path.join(options.dir ?? path.join(root, 'dist'), 'cli.mjs');
        if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
      },
    },
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: path.join(root, 'scripts/cli.ts'),
    rollupOptions: {
      external: nodeBuiltins,
      output: {
        format: 'es',
        entryFileNames: 'cli.mjs',
        banner: '#!/usr/bin/env node',
      },
    },
  },
  ssr: {
    // Bundle every dependency: the bin must run without node_modules next to it.
    noExternal: true,
    target: 'node',
  },
});
