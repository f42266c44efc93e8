import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    shims: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // transformers.js stays outside the bundle: an optional peer, imported only when a neural model is asked for.
    external: ['@huggingface/transformers', '@xenova/transformers'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@huggingface/transformers', '@xenova/transformers'],
  },
]);
