// Compares the bundled Danish/English pair and writes the HTML report: one self-contained page, the findings beside
// the two articles; select a finding and both passages light up. Open the file in any browser, offline.
//
//   npm run build && node examples/html-report.mjs [report.html]
//
// The command line does the same with:  claimdiff compare da.txt en.txt -o report.html
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compare, renderHtml } from 'claimdiff';

const out = resolve(process.argv[2] ?? 'claimdiff-report.html');
const read = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');
const [da, en] = await Promise.all([read('da.txt'), read('en.txt')]);

const report = await compare(
  { text: da, lang: 'da', source: 'Ritzau (Danish)' },
  { text: en, lang: 'en', source: 'English article' },
);
await writeFile(out, renderHtml(report));
console.log(`${report.discrepancies.length} findings; report written to ${out}`);
