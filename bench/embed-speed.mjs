// Part of section "timing": how fast the built-in model embeds, against the floor of the same work.
//
// Over the claims of the development articles, in one run:
//   (a) the built-in embedder's embed() on texts it has not seen (a trailing space, which the tokenizer drops,
//       makes each round's texts new to its memo);
//   (b) the floor: a plain loop that looks up and averages the rows of the same token ids, computed beforehand;
//   (c) the same model through transformers.js (onnxruntime), when @huggingface/transformers is installed.
// Rounds of (a) and (b) alternate, so the machine's load touches both alike; the figures are ratios to (b).
// Load times come from fresh processes: importing the library, then loadEmbedder().
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tokenizer } from '@huggingface/tokenizers';
import onnxProto from 'onnx-proto';
import { benchArticles } from './alignment.mjs';
import { distFiles } from './library.mjs';
import { median } from './metrics.mjs';

const ROUNDS = 11;
const ENGINE_ROUNDS = 2;
const LOAD_RUNS = 3;

/** The claims of the development articles, both languages. */
function claimTexts(ctx, lib) {
  const texts = [];
  for (const article of benchArticles(ctx)) {
    for (const [lang, lines] of [['da', article.da], ['en', article.en]]) {
      const analysed = lib.analyze({ text: lines.join('\n'), lang }, { prefix: 'C' });
      for (const claim of analysed.claims) texts.push(claim.text);
    }
  }
  return texts;
}

/** The built-in model's int8 matrix and row scales, read with the reference protobuf library. */
function readMatrix(folder) {
  const model = onnxProto.onnx.ModelProto.decode(readFileSync(path.join(folder, 'onnx', 'model.onnx')));
  const tensors = new Map(model.graph.initializer.map((t) => [t.name, t]));
  const codes = tensors.get('embeddings_q');
  const scales = tensors.get('row_scales');
  if (!codes || !scales) throw new Error('the built-in model is not the int8 lookup the floor is written for');
  const [vocabSize, dim] = codes.dims.map(Number);
  const raw = new Uint8Array(scales.rawData);
  return {
    dim,
    codes: new Int8Array(new Uint8Array(codes.rawData).buffer, 0, vocabSize * dim),
    scales: new Float32Array(raw.buffer, raw.byteOffset, vocabSize),
  };
}

/** Token ids as transformers.js feeds them: special tokens included, cut at model_max_length. */
function tokenIds(folder, texts) {
  const json = JSON.parse(readFileSync(path.join(folder, 'tokenizer.json'), 'utf8'));
  const config = JSON.parse(readFileSync(path.join(folder, 'tokenizer_config.json'), 'utf8'));
  const tokenizer = new Tokenizer(json, config);
  return texts.map((text) => tokenizer.encode(text).ids.slice(0, config.model_max_length ?? Infinity));
}

/** (b): look up and average, nothing else. Returns a checksum so the work cannot be skipped. */
function floorRound(matrix, allIds) {
  const { dim, codes, scales } = matrix;
  const sums = new Float64Array(dim);
  let checksum = 0;
  const started = performance.now();
  for (const ids of allIds) {
    sums.fill(0);
    for (const id of ids) {
      const row = id * dim;
      const scale = scales[id];
      for (let k = 0; k < dim; k++) sums[k] += codes[row + k] * scale;
    }
    const mean = new Float32Array(dim);
    for (let k = 0; k < dim; k++) mean[k] = sums[k] / ids.length;
    checksum += mean[0];
  }
  return { ms: performance.now() - started, checksum };
}

async function embedRound(embedder, texts, suffix) {
  const fresh = texts.map((t) => t + suffix);
  const started = performance.now();
  await embedder.embed(fresh);
  return performance.now() - started;
}

/** Milliseconds to import the library and to load the built-in model in a fresh process (median of runs). */
function loadTimes(root, engine) {
  const library = pathToFileURL(distFiles(root).index).href;
  const options = engine ? '{ transformers: await import("@huggingface/transformers") }' : '';
  const script = `
    const t0 = performance.now();
    const lib = await import(${JSON.stringify(library)});
    const t1 = performance.now();
    await lib.loadEmbedder(${options});
    console.log(JSON.stringify({ importMs: t1 - t0, loadMs: performance.now() - t1 }));`;
  const runs = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`loading the model in a fresh process failed: ${child.stderr.trim().split('\n').pop()}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
  return { importMs: median(runs.map((r) => r.importMs)), loadMs: median(runs.map((r) => r.loadMs)) };
}

async function importEngine() {
  try {
    return await import('@huggingface/transformers');
  } catch {
    return undefined;
  }
}

export async function embedSpeed(ctx) {
  const lib = await ctx.library();
  const texts = claimTexts(ctx, lib);
  const folder = path.join(ctx.root, 'models', 'builtin');
  const matrix = readMatrix(folder);
  const ids = tokenIds(folder, texts);
  const plain = await lib.loadEmbedder();

  const plainRounds = [];
  const floorRounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    ctx.progress(`embed speed ${r + 1}/${ROUNDS}`);
    plainRounds.push(await embedRound(plain, texts, ' '.repeat(r + 1)));
    floorRounds.push(floorRound(matrix, ids).ms);
  }
  // The first round fills the per-chunk token cache; the rest show the steady state a batch sees.
  const plainMs = median(plainRounds.slice(1));
  const floorMs = median(floorRounds.slice(1));

  let engine = null;
  const transformers = await importEngine();
  if (transformers) {
    const viaEngine = await lib.loadEmbedder({ transformers });
    await viaEngine.embed(texts.slice(0, 32)); // warm-up
    const rounds = [];
    for (let r = 0; r < ENGINE_ROUNDS; r++) {
      ctx.progress(`embed speed, transformers.js ${r + 1}/${ENGINE_ROUNDS}`);
      rounds.push(await embedRound(viaEngine, texts, ` ${'\t'.repeat(r + 1)}`));
    }
    engine = { ms: median(rounds), rounds, ratio: median(rounds) / floorMs };
  }

  ctx.progress('model load times');
  const load = { plain: loadTimes(ctx.root, false), transformers: transformers ? loadTimes(ctx.root, true) : null };
  return {
    claims: texts.length,
    tokens: ids.reduce((n, list) => n + list.length, 0),
    plain: { ms: plainMs, firstRoundMs: plainRounds[0], rounds: plainRounds, ratio: plainMs / floorMs, firstRoundRatio: plainRounds[0] / floorMs },
    floor: { ms: floorMs, rounds: floorRounds },
    transformers: engine,
    load,
  };
}
