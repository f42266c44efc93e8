import { copyFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/** The language detector's bundle and its licence; the library build's clean leaves them to their own build. */
const DETECTOR = 'language-detector';

/**
 * eld's database is one large object literal; V8 reads the same data as a JSON string about three times faster
 * (JSON.parse), so the bundle carries it as one.
 */
const ngramsAsJson: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'eld-ngrams-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href);
      return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify(ngramsData))});`, loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    shims: true,
    sourcemap: true,
    clean: [`!${DETECTOR}.*`, '!chrono-node.LICENSE.txt'],
    target: 'node20',
    // transformers.js stays outside the bundle: an optional peer, imported only when a neural model is asked for.
    external: ['@huggingface/transformers', '@xenova/transformers'],
    // chrono-node's English entry is some fifty modules; bundled, a cold start loads it in a quarter of the time.
    noExternal: ['chrono-node'],
    onSuccess: async () => {
      copyFileSync('node_modules/chrono-node/LICENSE.txt', 'dist/chrono-node.LICENSE.txt');
    },
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@huggingface/transformers', '@xenova/transformers'],
    noExternal: ['chrono-node'],
  },
  {
    // eld and its database in one CommonJS file, so the library can load it synchronously (createRequire) and
    // only when an article's language must be detected; users need no eld package at run time.
    entry: { [DETECTOR]: 'src/lang/guard/detector-entry.ts' },
    format: ['cjs'],
    target: 'node20',
    noExternal: ['eld'],
    esbuildPlugins: [ngramsAsJson],
    banner: {
      js:
        '/* Bundles eld (Efficient Language Detector) 2.1.0, Copyright 2023 Nito T.M., ' +
        `licensed under the Apache License 2.0: see ${DETECTOR}.LICENSE.txt and data/LICENSES.md. */`,
    },
    onSuccess: async () => {
      copyFileSync('node_modules/eld/LICENSE', `dist/${DETECTOR}.LICENSE.txt`);
    },
  },
]);
