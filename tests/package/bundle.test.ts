// An app that bundles claimdiff into one file (esbuild) finds the built-in model copied beside the bundle, or at
// modelPath; without it, the error says what to copy where. The bundle runs from a folder with no node_modules,
// so it also shows that the built-in model needs no transformers.js.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinModelFolder } from '../../src/embed/builtin';
import { temporaryFolder } from '../helpers/tiny-model';

const library = join(__dirname, '..', '..', 'src', 'index.ts');
const tmp = temporaryFolder('claimdiff-bundle-');
afterAll(() => tmp.remove());

/** The app: compares two short texts, then asks for a neural model; prints what happened as JSON. */
const app = (modelPath?: string) => `
import { compare, loadEmbedder } from ${JSON.stringify(library)};
const options = ${JSON.stringify(modelPath ? { modelPath } : {})};
const outcome = (error) => ({ name: error.name, code: error.code, message: error.message });
async function main() {
  const result = {};
  try {
    const report = await compare(
      { text: 'Lavrov mødtes med Tillerson i Wien torsdag.', lang: 'da' },
      { text: 'Lavrov met Tillerson in Vienna on Monday.', lang: 'en' },
      options,
    );
    result.compared = { embedder: report.meta.embedder, alignments: report.alignments.length, kinds: report.discrepancies.map((d) => d.kind) };
  } catch (error) {
    result.compared = outcome(error);
  }
  try {
    await loadEmbedder({ model: 'example-org/some-neural-model' });
  } catch (error) {
    result.neural = outcome(error);
  }
  console.log(JSON.stringify(result));
}
main();
`;

async function bundle(folder: string, format: 'esm' | 'cjs', modelPath?: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const entry = join(folder, 'entry.mjs');
  writeFileSync(entry, app(modelPath));
  const outfile = join(folder, format === 'esm' ? 'app.mjs' : 'app.cjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    // transformers.js stays out of an app's bundle: it is loaded (if installed) only for neural models.
    external: ['@huggingface/transformers', '@xenova/transformers'],
    logLevel: 'silent',
  });
  return outfile;
}

function run(file: string): Record<string, { name?: string; code?: string; message?: string; embedder?: string; alignments?: number; kinds?: string[] }> {
  const child = spawnSync(process.execPath, [file], { cwd: tmp.path, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(child.stderr).not.toMatch(/Error/);
  return JSON.parse(child.stdout);
}

describe('claimdiff bundled into an app', () => {
  let withModels: string;
  let withBuiltin: string;
  let without: string;
  let elsewhere: string;
  beforeAll(async () => {
    withModels = await bundle(join(tmp.path, 'with-models'), 'esm');
    cpSync(builtinModelFolder(), join(tmp.path, 'with-models', 'models', 'builtin'), { recursive: true });
    withBuiltin = await bundle(join(tmp.path, 'with-builtin'), 'cjs');
    cpSync(builtinModelFolder(), join(tmp.path, 'with-builtin', 'builtin'), { recursive: true });
    without = await bundle(join(tmp.path, 'without'), 'esm');
    cpSync(builtinModelFolder(), join(tmp.path, 'model-copy'), { recursive: true });
    elsewhere = await bundle(join(tmp.path, 'elsewhere'), 'esm', join(tmp.path, 'model-copy'));
  });

  it.each([
    ['models/builtin/ beside an ES module bundle', () => withModels],
    ['builtin/ beside a CommonJS bundle', () => withBuiltin],
    ['modelPath', () => elsewhere],
  ])('compares two short texts with the built-in model found at %s', (_label, file) => {
    const { compared, neural } = run(file());
    expect(compared.embedder).toBe('builtin:claimdiff-static-da-en@2');
    expect(compared.alignments).toBe(1);
    expect(compared.kinds).toContain('date');
    // No node_modules where the bundle runs: a neural model needs the engine the app did not ship.
    expect(neural).toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_ENGINE_MISSING' });
    expect(neural.message).toMatch(/npm install @huggingface\/transformers/);
  });

  it('says what to copy where when the model is not beside the bundle', () => {
    const { compared } = run(without);
    expect(compared).toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_NOT_FOUND' });
    expect(compared.message).toMatch(/copy node_modules\/claimdiff\/models\/builtin\/ next to the bundle/);
    expect(compared.message).toMatch(/modelPath/);
  });
});

describe('the language detector in a bundled app', () => {
  const detector = join(__dirname, '..', '..', 'dist', 'language-detector.cjs');
  const detect = `
import { analyze } from ${JSON.stringify(library)};
try {
  console.log(JSON.stringify({ lang: analyze({ text: 'Udenrigsministeren mødtes torsdag med sin amerikanske kollega i Wien, hvor de talte om Nordkorea.' }).lang }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, code: error.code, message: error.message }));
}
`;
  async function bundleDetect(folder: string): Promise<string> {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'entry.mjs'), detect);
    const outfile = join(folder, 'detect.mjs');
    await build({ entryPoints: [join(folder, 'entry.mjs')], outfile, bundle: true, platform: 'node', target: 'node20',
      format: 'esm', external: ['@huggingface/transformers', '@xenova/transformers'], logLevel: 'silent' });
    return outfile;
  }

  it('reads an article given without its language when the detector is copied beside the bundle', async () => {
    const file = await bundleDetect(join(tmp.path, 'detect-with'));
    cpSync(detector, join(tmp.path, 'detect-with', 'language-detector.cjs'));
    expect(run(file)).toEqual({ lang: 'da' });
  });

  it('says what to copy, or to pass the language, when it is not', async () => {
    const outcome = run(await bundleDetect(join(tmp.path, 'detect-without')));
    expect(outcome).toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_NOT_FOUND' });
    expect(outcome.message).toMatch(/Pass the language of each article/);
    expect(outcome.message).toMatch(/copy node_modules\/claimdiff\/dist\/language-detector\.cjs beside the bundle/);
  });
});
