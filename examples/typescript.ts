// The library from TypeScript: the types of the report come with the package. Compares the bundled pair, keeps the
// likelier findings and prints them grouped by kind, with a typed error for bad input.
//
//   npm run build && npm run typecheck                  (type-checks this file with the rest; npm test does too)
//   node --experimental-strip-types examples/typescript.ts   (Node.js 22.6 or newer runs it as it is)
import { readFileSync } from 'node:fs';
import {
  ClaimdiffError,
  compare,
  type ArticleInput,
  type CompareOptions,
  type Discrepancy,
  type Report,
} from 'claimdiff';

const read = (name: string): string => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

const left: ArticleInput = { text: read('da.txt'), lang: 'da', published: '2017-12-08' };
const right: ArticleInput = { text: read('en.txt'), lang: 'en', published: '2017-12-08' };
const options: CompareOptions = { minConfidence: 0.2 };

function byKind(findings: Discrepancy[]): Map<Discrepancy['kind'], Discrepancy[]> {
  const groups = new Map<Discrepancy['kind'], Discrepancy[]>();
  for (const finding of findings) groups.set(finding.kind, [...(groups.get(finding.kind) ?? []), finding]);
  return groups;
}

const report: Report = await compare(left, right, options);
console.log(`${report.meta.embedder}: ${report.alignments.length} aligned pairs`);
for (const [kind, findings] of byKind(report.discrepancies)) {
  console.log(`${kind}: ${findings.length}`);
  for (const f of findings) console.log(`  ${f.confidence.toFixed(2)} ${f.left.claim} ↔ ${f.right.claim}: ${f.message}`);
}

// Bad input is a ClaimdiffError with a stable code to branch on.
try {
  await compare({ text: '', lang: 'da' }, right);
} catch (error) {
  if (error instanceof ClaimdiffError) console.log(`refused: ${error.code}`);
  else throw error;
}
