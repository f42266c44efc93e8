// Compares many pairs with the library, the way `claimdiff batch` does: the model is loaded once, the input is
// read line by line, and a bad line gets an error instead of stopping the run. examples/pairs.jsonl has
// three good pairs and two broken lines on purpose.
//
//   npm run build && node examples/batch.mjs [examples/pairs.jsonl]
//
// The same from the command line (one JSON result per input line, exit code 1 because two lines fail):
//   node dist/cli.js batch examples/pairs.jsonl -o results.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { compare, loadEmbedder } from '../dist/index.js';

const file = process.argv[2] ?? fileURLToPath(new URL('./pairs.jsonl', import.meta.url));
const embedder = await loadEmbedder({ model: 'builtin' });

let lineNumber = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === '') continue;
  try {
    const pair = JSON.parse(line);
    const report = await compare(pair.left, pair.right, { embedder });
    console.log(`${pair.id ?? lineNumber}: ${report.alignments.length} aligned pairs, ` +
      `${report.discrepancies.length} findings`);
    for (const d of report.discrepancies) {
      console.log(`  ${d.kind} (${d.confidence.toFixed(2)}): ${d.message}`);
      console.log(`    ${d.left.claim} "${d.left.text}"  ↔  ${d.right.claim} "${d.right.text}"`);
    }
  } catch (error) {
    console.log(`line ${lineNumber}: error: ${error.message}`);
  }
}
