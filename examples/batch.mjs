// Compares many pairs with the library's compareMany(): the model is loaded once, results come in input order,
// and a bad pair gets an error (with a code) instead of stopping the run. examples/pairs.jsonl has three good
// pairs and two broken lines on purpose.
//
//   npm run build && node examples/batch.mjs [examples/pairs.jsonl]     (in a project that depends on claimdiff: node batch.mjs)
//
// The same from the command line (one JSON result per input line, exit code 1 because two lines fail):
//   node dist/cli.js batch examples/pairs.jsonl -o results.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { compareMany } from 'claimdiff';

const file = process.argv[2] ?? fileURLToPath(new URL('./pairs.jsonl', import.meta.url));

/** The file's pairs, read as compareMany asks for them. A line that is not JSON becomes a pair with no articles. */
async function* pairs(path) {
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let pair;
    try {
      pair = JSON.parse(line);
    } catch {
      pair = {};
    }
    yield { ...pair, id: pair.id ?? `line ${lineNumber}` };
  }
}

for await (const result of compareMany(pairs(file), { model: 'builtin' })) {
  if (result.error) {
    console.log(`${result.id}: error ${result.error.code}: ${result.error.message}`);
    continue;
  }
  const { report } = result;
  console.log(`${result.id}: ${report.alignments.length} aligned pairs, ${report.discrepancies.length} findings`);
  for (const d of report.discrepancies) {
    console.log(`  ${d.kind} (${d.confidence.toFixed(2)}): ${d.message}`);
    console.log(`    ${d.left.claim} "${d.left.text}"  ↔  ${d.right.claim} "${d.right.text}"`);
  }
}
