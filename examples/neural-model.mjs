// NOT RUN BY TESTS: it needs a neural model that is not shipped with claimdiff.
//
// Compares the seed pair with a neural sentence-embedding model (Xenova/paraphrase-multilingual-MiniLM-L12-v2,
// 384 dimensions, 50+ languages) instead of the built-in static model. Neural models run on transformers.js, an
// optional peer dependency: npm install @huggingface/transformers. Two ways to get the model:
//
//   1. Allow a one-time download from the Hugging Face Hub (only the model is downloaded; the articles never
//      leave the machine), cached in ./.model-cache:
//        npm run build && node examples/neural-model.mjs --download
//   2. Use a local copy in transformers.js layout, <folder>/Xenova/paraphrase-multilingual-MiniLM-L12-v2/
//      (config.json, tokenizer.json, onnx/model_quantized.onnx …):
//        npm run build && node examples/neural-model.mjs --local <folder>
//
// The CLI does the same with:  claimdiff compare da.txt en.txt --model Xenova/paraphrase-multilingual-MiniLM-L12-v2 --allow-download
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compare, loadEmbedder, renderText } from 'claimdiff';

const { values } = parseArgs({ options: { download: { type: 'boolean' }, local: { type: 'string' } } });
if (!values.download && !values.local) {
  console.error('Pass --download (allow a one-time model download) or --local <folder> (a local model copy).');
  process.exit(2);
}

// Load the model once; pass the embedder to every compare() that follows.
const embedder = await loadEmbedder({
  model: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
  allowDownload: values.download === true,
  ...(values.local ? { localModelPath: values.local } : { cacheDir: '.model-cache' }),
}).catch((error) => {
  console.error(error.message);
  process.exit(2);
});
console.error(`model: ${embedder.name} (${embedder.dim} dimensions)`);

const read = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');
const [da, en] = await Promise.all([read('da.txt'), read('en.txt')]);
const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { embedder });
process.stdout.write(renderText(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
