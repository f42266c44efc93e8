// A check apart from the bench (node bench/compass.mjs [reading|held-out] [--show]): Tatoeba pairs of one half
// (held-out by default) where both sides name one place, 'i X' / 'in X', rewritten to 'i NordX' / 'in northern X'
// (north, south, east, west in turn). Faithful pairs still: how many get an entity finding?
import { readFileSync } from 'node:fs';
import { compare, analyze } from '../dist/index.js';
import { halfOf } from './data.mjs';
const D = new URL('../../shared/data/tatoeba-da-en/', import.meta.url);
const da = readFileSync(new URL('dan.txt', D), 'utf8').split('\n');
const en = readFileSync(new URL('eng.txt', D), 'utf8').split('\n');
const dirs = [['Nord', 'northern'], ['Syd', 'southern'], ['Øst', 'eastern'], ['Vest', 'western']];
let n = 0, flagged = 0;
for (let i = 0; i < da.length; i++) {
  if (!da[i] || halfOf('tatoeba:' + i) !== (process.argv[2] ?? 'held-out')) continue;
  const pd = analyze({ text: da[i], lang: 'da' }).claims.flatMap((c) => c.facets.entities).filter((e) => e.type === 'place');
  const pe = analyze({ text: en[i], lang: 'en' }).claims.flatMap((c) => c.facets.entities).filter((e) => e.type === 'place');
  const shared = pd.find((d) => pe.some((e) => e.key === d.key) && da[i].includes(' i ' + d.text) && !d.text.includes(' '));
  if (!shared) continue;
  const other = pe.find((e) => e.key === shared.key);
  if (!en[i].includes(' in ' + other.text)) continue;
  const [p, w] = dirs[n % 4];
  const d2 = da[i].replace(' i ' + shared.text, ' i ' + p + shared.text[0].toLowerCase() + shared.text.slice(1));
  const e2 = en[i].replace(' in ' + other.text, ' in ' + w + ' ' + other.text);
  n++;
  const r = await compare({ text: d2, lang: 'da' }, { text: e2, lang: 'en' }, { timings: false });
  const fs = r.discrepancies.filter((x) => x.kind === 'entity');
  if (fs.length) { flagged++; if (process.argv[3]) console.log(d2, '|', e2, '|', fs[0].message); }
}
console.log(`${n} pairs with a compass compound, ${flagged} with an entity finding`);
