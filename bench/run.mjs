// `npm run bench`: measures the built package on the development data; prints a table and writes JSON.
//
//   node bench/run.mjs [--model ID] [--only alignment,timing] [--json PATH] [--data DIR] [--seed N]
//                      [--articles N] [--no-build]
//
// A section is a module exporting `run…(ctx)` → { rows, result, failed }; add new ones to SECTIONS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAlignment } from './alignment.mjs';
import { runAttribution } from './attribution.mjs';
import { MissingData, dataLocation } from './data.mjs';
import { runNames } from './facets-names.mjs';
import { runValues } from './facets-values.mjs';
import { runLanguages } from './languages.mjs';
import { build, importLibrary, needsBuild } from './library.mjs';
import { DEFAULT_SEED } from './pairs.mjs';
import { runPerturb } from './perturb.mjs';
import { runRetrieval } from './retrieval.mjs';
import { runSentences } from './sentences.mjs';
import { header, note, row } from './table.mjs';
import { runTiming } from './timing.mjs';

const SECTIONS = [
  { name: 'alignment', run: runAlignment },
  { name: 'attribution', run: runAttribution },
  { name: 'timing', run: runTiming },
  { name: 'values', run: runValues },
  { name: 'names', run: runNames },
  { name: 'perturb', run: runPerturb },
  { name: 'retrieval', run: runRetrieval },
  { name: 'sentences', run: runSentences },
  { name: 'languages', run: runLanguages },
];

const USAGE = `usage: node bench/run.mjs [--model ID] [--only ${SECTIONS.map((s) => s.name).join('|')}[,…]] [--json PATH]
                          [--data DIR] [--seed N] [--articles N] [--no-build] [--against DIR]
  --against DIR   timing also runs the warm analysis of the checkout in DIR (built) in the same process, rounds
                  alternating, and gives the ratio: how a change moved the speed, on a machine whose speed drifts`;

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      articles: { type: 'string' },
      'no-build': { type: 'boolean' },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : SECTIONS.map((s) => s.name);
  const unknown = only.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}`);
  const whole = (name, text) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number`);
    return n;
  };
  return {
    help: values.help ?? false,
    model: values.model,
    only,
    json: values.json,
    data: values.data,
    seed: whole('seed', values.seed) ?? DEFAULT_SEED,
    articles: whole('articles', values.articles),
    build: !values['no-build'],
    against: values.against,
  };
}

/** Lazy, shared access to the library and one embedder, so every section reuses them. */
function makeContext(root, options) {
  let library;
  let embedder;
  return {
    root,
    options,
    data: dataLocation(root, options.data),
    library: () => (library ??= importLibrary(root)),
    embedder: () =>
      (embedder ??= (async () => {
        const lib = await importLibrary(root);
        return lib.loadEmbedder(options.model ? { model: options.model } : undefined);
      })()),
    progress: (message) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${message}`);
    },
  };
}

function packageVersion(root) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const problems = [];
  if (options.build && needsBuild(root)) {
    try {
      console.error('building dist/ (npx tsup)…');
      build(root);
    } catch (error) {
      problems.push(error.message);
    }
  }

  const ctx = makeContext(root, options);
  let embedderName = options.model ?? 'builtin';
  try {
    embedderName = (await ctx.embedder()).name;
  } catch (error) {
    problems.push(`library unavailable: ${error.message}`);
  }

  const started = new Date();
  const rows = [header(embedderName, started), ...problems.map((p) => note(p))];
  const sections = {};
  const skipped = [];
  let failed = problems.length > 0;
  for (const section of SECTIONS.filter((s) => options.only.includes(s.name))) {
    const t0 = performance.now();
    try {
      const outcome = await section.run(ctx);
      rows.push(...outcome.rows);
      sections[section.name] = { ...outcome.result, seconds: (performance.now() - t0) / 1000 };
      failed ||= Boolean(outcome.failed);
    } catch (error) {
      const message = error instanceof MissingData ? error.message : `failed: ${error?.message ?? error}`;
      rows.push(row(section.name, message));
      (error instanceof MissingData ? skipped : problems).push(`${section.name}: ${message}`);
      failed ||= !(error instanceof MissingData);
    }
    ctx.progress('');
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(rows.join('\n'));

  const results = {
    bench: 'claimdiff',
    date: started.toISOString(),
    version: packageVersion(root),
    embedder: embedderName,
    model: options.model ?? 'builtin',
    seed: options.seed,
    articles: options.articles ?? null,
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length },
    seconds: (Date.now() - started.getTime()) / 1000,
    skipped,
    problems,
    sections,
  };
  const out = options.json ? path.resolve(options.json) : path.join(root, 'bench', 'results', 'latest.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.error(`results written to ${path.relative(process.cwd(), out) || out}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
