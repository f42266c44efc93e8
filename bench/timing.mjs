// Section "timing": a cold CLI run, warm compare() per pair, `claimdiff batch` throughput and contract, and the
// built-in model's embedding speed against the floor of its work (embed-speed.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchArticles, inputsOf } from './alignment.mjs';
import { buildBatchInput, checkBatchOutput } from './batch.mjs';
import { MissingData, loadTatoeba, seedPairFiles } from './data.mjs';
import { embedSpeed } from './embed-speed.mjs';
import { distFiles, importLibrary } from './library.mjs';
import { median } from './metrics.mjs';
import { buildComparablePair } from './pairs.mjs';
import { milliseconds, note, rate, row, seconds } from './table.mjs';

const COLD_RUNS = 5;
const BATCH_PAIRS = 1000;

/** Runs the CLI; resolves { code, stdout, stderr, ms } (wall time, process start to exit). */
export function runCli(root, args) {
  return runNode(root, [distFiles(root).cli, ...args]);
}

/** Runs node with `args`; resolves { code, stdout, stderr, ms } (wall time, process start to exit). */
function runNode(root, args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const finish = (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    child.on('error', (error) => {
      stderr.push(Buffer.from(String(error.message)));
      finish(-1);
    });
    child.on('close', (code) => finish(code));
  });
}

/** Flags every CLI run gets: the model under test, and never the network. */
function modelArgs(ctx) {
  return [...(ctx.options.model ? ['--model', ctx.options.model] : []), '--offline'];
}

/** The line of a process's output that best says what went wrong (Node puts a stack location first). */
function errorLine(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '').slice(0, 200);
}

async function coldCli(ctx) {
  const { da, en } = seedPairFiles(ctx.data);
  const args = ['compare', da.absolute, en.absolute, '--left-lang', 'da', '--right-lang', 'en', '--format', 'json', ...modelArgs(ctx)];
  const runs = [];
  // An empty node process, run in turn with the CLI: the floor any command pays, and what the ratio is read against.
  const empty = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    ctx.progress(`cold CLI ${i + 1}/${COLD_RUNS}`);
    empty.push((await runNode(ctx.root, ['-e', '0'])).ms);
    const run = await runCli(ctx.root, args);
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      report = undefined;
    }
    if (run.code !== 0 || !Array.isArray(report?.alignments)) {
      throw new Error(`claimdiff compare failed (exit ${run.code}): ${errorLine(run.stderr) || errorLine(run.stdout)}`);
    }
    runs.push(run.ms);
  }
  return { runs, medianMs: median(runs), emptyNodeMs: median(empty), ratioToEmptyNode: median(runs) / median(empty) };
}

async function warmCompare(ctx) {
  const pairs = benchArticles(ctx).map((article) => buildComparablePair(article, { seed: ctx.options.seed }));
  const lib = await ctx.library();
  // Loaded embedders remember the texts they embedded, and the alignment section has embedded these pairs already:
  // a trailing space (which the tokenizer drops) makes every text new, so the model really runs here.
  const shared = await ctx.embedder();
  const embedder = { ...shared, embed: (texts) => shared.embed(texts.map((t) => `${t} `)) };
  const options = { embedder, timings: false };
  if (pairs.length === 0) return { pairs: 0, medianMs: null };
  await lib.compare(...inputsOf(pairs[0]), options); // warm-up, not timed
  const times = [];
  for (const [n, pair] of pairs.entries()) {
    ctx.progress(`warm compare ${n + 1}/${pairs.length}`);
    const started = performance.now();
    await lib.compare(...inputsOf(pair), options);
    times.push(performance.now() - started);
  }
  return { pairs: pairs.length, medianMs: median(times), meanMs: times.reduce((a, b) => a + b, 0) / times.length };
}

async function batchRun(ctx) {
  const { lines, expected } = buildBatchInput(loadTatoeba(ctx.data), { count: BATCH_PAIRS, seed: ctx.options.seed });
  const dir = path.join(ctx.root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, 'batch-input.jsonl');
  const output = path.join(dir, 'batch-output.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  writeFileSync(output, '');
  ctx.progress(`batch ${lines.length} lines`);
  const run = await runCli(ctx.root, ['batch', input, '-o', output, ...modelArgs(ctx)]);
  // 0 and 1 are the batch's answers (1: some lines failed); anything else means it did not run.
  if (run.code !== 0 && run.code !== 1) throw new Error(`claimdiff batch exited with ${run.code}: ${errorLine(run.stderr)}`);
  const written = readFileSync(output, 'utf8');
  if (written.trim() === '') throw new Error(`claimdiff batch wrote nothing (exit ${run.code}): ${errorLine(run.stderr)}`);
  const check = checkBatchOutput(written, expected, run.code);
  const good = expected.filter((e) => !e.broken).length;
  return {
    inputLines: lines.length,
    pairs: good,
    ms: run.ms,
    pairsPerSecond: good / (run.ms / 1000),
    exitCode: run.code,
    stderr: errorLine(run.stderr),
    ...check,
    problems: check.problems.slice(0, 10),
  };
}

/** Runs one timing part; a missing dataset or a failure becomes a note instead of stopping the section. */
async function part(name, fn, notes) {
  try {
    return await fn();
  } catch (error) {
    notes.push(error instanceof MissingData ? error.message : `${name} failed: ${error?.message ?? error}`);
    return { failed: !(error instanceof MissingData), skipped: error instanceof MissingData, message: String(error?.message ?? error) };
  }
}

function ratio(value) {
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** The embedding figures behind the ratios: times for all claims, and model load times in a fresh process. */
function speedDetails(speed) {
  const { plain, floor, transformers, load } = speed;
  const engine = transformers ? `, transformers.js ${milliseconds(transformers.ms)}` : ', transformers.js not installed';
  const engineLoad = load.transformers ? `, through transformers.js ${milliseconds(load.transformers.loadMs)}` : '';
  return (
    `embed ${speed.claims} claims (${speed.tokens} tokens): built-in ${milliseconds(plain.ms)} ` +
    `(first pass ${milliseconds(plain.firstRoundMs)}, ×${ratio(plain.firstRoundRatio)}), floor ${milliseconds(floor.ms)}${engine}` +
    ` · load built-in ${milliseconds(load.plain.loadMs)}${engineLoad} (library import ${milliseconds(load.plain.importMs)})`
  );
}

/** Rounds of warm analysis timed, after two not timed; with --against, this many of each build, alternating. */
const ANALYZE_ROUNDS = 9;

/**
 * analyze() on every development article in both languages, warm: ms per article (median round). With
 * `--against DIR`, the build in DIR runs the same rounds in the same process, alternating, and the ratio of each
 * pair of rounds is kept: its median says how a change moved the speed even while the machine's speed drifts.
 */
async function warmAnalyze(ctx) {
  const articles = benchArticles(ctx).flatMap((a) => [
    { text: a.da.join('\n'), lang: 'da' },
    { text: a.en.join('\n'), lang: 'en' },
  ]);
  if (articles.length === 0) return { skipped: true };
  const lib = await ctx.library();
  const other = ctx.options.against ? await importLibrary(path.resolve(ctx.options.against)) : undefined;
  // A different trailing space each round: no stage can answer from a memo of whole texts.
  const round = (library, k) => {
    const started = performance.now();
    for (const a of articles) library.analyze({ ...a, text: a.text + ' '.repeat(k % 5) });
    return performance.now() - started;
  };
  for (let k = 0; k < 2; k++) {
    round(lib, k);
    if (other) round(other, k);
  }
  const times = [];
  const ratios = [];
  for (let k = 0; k < ANALYZE_ROUNDS; k++) {
    ctx.progress(`warm analyze ${k + 1}/${ANALYZE_ROUNDS}`);
    const mine = round(lib, k);
    times.push(mine);
    if (other) ratios.push(mine / round(other, k));
  }
  return {
    articles: articles.length,
    msPerArticle: median(times) / articles.length,
    ...(other ? { against: ctx.options.against, ratio: median(ratios) } : {}),
  };
}

function ran(result) {
  return result && !result.failed && !result.skipped;
}

export async function runTiming(ctx) {
  const notes = [];
  const cold = await part('cold CLI', () => coldCli(ctx), notes);
  const warm = await part('warm compare', () => warmCompare(ctx), notes);
  const analysis = await part('warm analyze', () => warmAnalyze(ctx), notes);
  const batch = await part('batch', () => batchRun(ctx), notes);
  const speed = await part('embed speed', () => embedSpeed(ctx), notes);

  const pieces = [
    `cold CLI ${ran(cold) ? `${seconds(cold.medianMs)} (×${cold.ratioToEmptyNode.toFixed(1)} node -e 0)` : '—'}`,
    `warm compare ${ran(warm) ? `${milliseconds(warm.medianMs)}/pair` : '—'}`,
    `warm analyze ${ran(analysis) ? `${milliseconds(analysis.msPerArticle)}/article` : '—'}` +
      (ran(analysis) && analysis.ratio ? ` (×${analysis.ratio.toFixed(2)} the build in ${analysis.against})` : ''),
    ran(batch)
      ? `batch ${rate(batch.pairsPerSecond)} pairs/s (${batch.lines} lines, ${batch.errors} errors, order ${batch.inOrder ? 'OK' : 'WRONG'}) ${batch.ok ? 'PASS' : 'FAIL'}`
      : 'batch —',
  ];
  if (ran(speed)) {
    const engine = speed.transformers ? ` (transformers.js ×${ratio(speed.transformers.ratio)})` : '';
    pieces.push(`embed ×${ratio(speed.plain.ratio)} the floor${engine}`);
  }
  const rows = [row('timing', pieces.join(' · '))];
  if (ran(speed)) rows.push(note(speedDetails(speed)));
  if (ran(batch) && !batch.ok) notes.push(`batch: ${batch.problems.slice(0, 3).join('; ')}`);
  rows.push(...notes.map((text) => note(text)));
  const failed = [cold, warm, analysis, batch, speed].some((r) => r?.failed) || (ran(batch) && !batch.ok);
  return { rows, result: { cold, warm, analysis, batch, embedSpeed: speed }, failed };
}
