// Compares the seed pair — a Danish wire story and an English article about the same meeting — with the
// built-in model, and prints the text report. Nothing touches the network.
//
//   npm run build && node examples/compare-seed.mjs
import { readFile } from 'node:fs/promises';
import { compare, renderText } from 'claimdiff';

const read = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');
const [da, en] = await Promise.all([read('da.txt'), read('en.txt')]);

const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { model: 'builtin' });

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
process.stdout.write(renderText(report, { color }));
