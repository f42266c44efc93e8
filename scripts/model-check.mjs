// Quality check of a model folder (not a unit test): Danish→English retrieval on the first 1000
// Tatoeba pairs (accuracy@1 among the 1000 English candidates, cosine similarity), plus a few
// seed-pair sentences against unrelated ones.
//
// Usage: node scripts/model-check.mjs [--model models/builtin] [--data ../shared/data] [--lines 1000]
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, pipeline } from '@huggingface/transformers';
import { accuracyAt1 } from '../bench/retrieval.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const folder = resolve(option('--model', join(root, 'models', 'builtin')));
const data = resolve(option('--data', join(root, '..', 'shared', 'data')));
const lines = Number(option('--lines', '1000'));

env.allowRemoteModels = false;
env.localModelPath = dirname(folder) + '/';
const started = performance.now();
const extract = await pipeline('feature-extraction', basename(folder), { dtype: 'fp32' });
const loadMs = performance.now() - started;

async function embed(texts) {
  const rows = [];
  for (let i = 0; i < texts.length; i += 64) {
    const out = await extract(texts.slice(i, i + 64), { pooling: 'mean', normalize: true });
    const dim = out.dims[1];
    for (let r = 0; r < out.dims[0]; r++) rows.push(out.data.slice(r * dim, (r + 1) * dim));
  }
  return rows;
}
const dot = (a, b) => a.reduce((s, x, i) => s + x * b[i], 0);

const read = (file) => readFileSync(join(data, 'tatoeba-da-en', file), 'utf8').split('\n').slice(0, lines);
const da = await embed(read('dan.txt'));
const en = await embed(read('eng.txt'));
console.log(`model ${folder} (loaded in ${loadMs.toFixed(0)} ms)`);
console.log(`Tatoeba da→en accuracy@1 (${lines} pairs): ${accuracyAt1(da, en).toFixed(3)}`);
console.log(`Tatoeba en→da accuracy@1 (${lines} pairs): ${accuracyAt1(en, da).toFixed(3)}`);

const pairs = [
  [
    'De to mænd mødtes i forbindelse med en sikkerhedskonference torsdag i Wien i Østrig.',
    'Russian foreign minister Sergei Lavrov delivered his message to Rex Tillerson during their meeting in Vienna on Thursday.',
  ],
  [
    'Det siger Ruslands udenrigsminister, Sergej Lavrov, ifølge russiske nyhedsbureauer.',
    'North Korea is open to direct talks with the U.S., according to Russian foreign minister Sergei Lavrov.',
  ],
];
const unrelated = [
  'A flag is pictured outside the Permanent Mission of North Korea in Geneva, Switzerland.',
  'Feltman arrived in Pyongyang on Tuesday for a four-day visit.',
  'The weather will be cold and wet for the rest of the week.',
];
for (const [d, e] of pairs) {
  const [vd, ve, ...others] = await embed([d, e, ...unrelated]);
  const scores = others.map((o) => dot(vd, o).toFixed(3)).join(' ');
  console.log(`seed pair ${dot(vd, ve).toFixed(3)} vs unrelated ${scores}: ${d.slice(0, 40)}…`);
}
