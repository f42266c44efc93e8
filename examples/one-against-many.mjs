// Analyses one article once and compares it with several others: a wire story checked against each outlet that
// ran it. The analysis (sentences, claims, dates, numbers, names) and the model are done once and reused; each
// comparison then only embeds and aligns the other article.
//
//   npm run build && node examples/one-against-many.mjs
import { readFile } from 'node:fs/promises';
import { analyze, compare, loadEmbedder } from 'claimdiff';

const read = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');
const [da, en] = await Promise.all([read('da.txt'), read('en.txt')]);

// The story every outlet is checked against, analysed once. Its claims are L1, L2, …; the others' R1, R2, ….
const wire = analyze({ text: da, lang: 'da', source: 'wire' }, { prefix: 'L' });
const embedder = await loadEmbedder();

// Three versions of the English article: as published, with the day put right, and with a city changed.
const outlets = [
  { name: 'as published', text: en },
  { name: 'day corrected', text: en.replace('on Monday', 'on Thursday') },
  { name: 'another city', text: en.replaceAll('Vienna', 'Geneva') },
];

console.log(`wire story: ${wire.claims.length} claims, analysed once`);
for (const outlet of outlets) {
  const report = await compare(wire, { text: outlet.text, lang: 'en', source: outlet.name }, { embedder });
  console.log(`${outlet.name}: ${report.alignments.length} aligned pairs, ${report.discrepancies.length} findings`);
  for (const d of report.discrepancies) console.log(`  ${d.kind} (${d.confidence.toFixed(2)}): ${d.message}`);
}
