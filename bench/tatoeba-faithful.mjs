// A check apart from the bench (node bench/tatoeba-faithful.mjs [reading|held-out] [KIND], after a build): every
// faithful Tatoeba pair of one half (about 5,400 each) compared as it is; how many get a finding, by kind ('meaning'
// and 'omission' aside). With KIND, the pairs with a finding of that kind are printed, tab-separated (index, kind,
// confidence, Danish, English, message): for reading-half lines only, as the method asks.
import { readFileSync } from 'node:fs';
import { compare } from '../dist/index.js';
import { halfOf } from './data.mjs';

const half = process.argv[2] ?? 'held-out';
const kind = process.argv[3];
const data = new URL('../../shared/data/tatoeba-da-en/', import.meta.url);
const da = readFileSync(new URL('dan.txt', data), 'utf8').split('\n');
const en = readFileSync(new URL('eng.txt', data), 'utf8').split('\n');
let pairs = 0;
let flagged = 0;
const byKind = {};
for (let i = 0; i < da.length; i++) {
  if (!da[i] || !en[i] || halfOf('tatoeba:' + i) !== half) continue;
  pairs++;
  const report = await compare({ text: da[i], lang: 'da' }, { text: en[i], lang: 'en' }, { timings: false });
  const found = report.discrepancies.filter((d) => d.kind !== 'meaning' && d.kind !== 'omission');
  if (found.length) flagged++;
  for (const f of found) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    if (kind === f.kind && half === 'reading') console.log([i, f.kind, f.confidence, da[i], en[i], f.message].join('\t'));
  }
}
console.error(`${half}: ${pairs} faithful pairs, ${flagged} with a finding; by kind ${JSON.stringify(byKind)}`);
